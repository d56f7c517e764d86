package org.flourish.lrs.xapi.json;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Bytes decoded as UTF-8 only when they are UTF-8: a JSON text exchanged between systems is UTF-8 (RFC 8259 8.1), and
 * replacing what is not by U+FFFD would store something the client never sent.
 */
public final class StrictUtf8 {

    private StrictUtf8() {
    }

    /** The text, or {@link MalformedJsonException} naming the offset of the first byte that is not UTF-8. */
    public static String decode(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new MalformedJsonException("is not valid UTF-8 (byte " + in.position() + ")");
        }
        decoder.flush(out);
        return out.flip().toString();
    }
}
