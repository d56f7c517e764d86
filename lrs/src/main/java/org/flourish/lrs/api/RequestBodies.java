package org.flourish.lrs.api;

import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.flourish.lrs.error.InvalidRequestException;
import org.flourish.lrs.error.RequestTooLargeException;
import org.flourish.lrs.xapi.json.BoundedJsonReader;
import org.flourish.lrs.xapi.json.JsonLimits;
import org.flourish.lrs.xapi.json.MalformedJsonException;

/**
 * Reads request bodies within the configured size, and parses JSON ones strictly (UTF-8, within {@link JsonLimits})
 * with a clear message when they are not.
 */
final class RequestBodies {

    /** How much past the limit a refused body is still read, so a client can finish sending and read the 413. */
    private static final long DRAIN_FACTOR = 16;

    private RequestBodies() {
    }

    private static void drain(InputStream body, byte[] buffer, long bound) throws IOException {
        long drained = 0;
        for (int read = body.read(buffer); read >= 0 && drained < bound; read = body.read(buffer)) {
            drained += read;
        }
    }

    /** The body as one JSON value; see {@link #readBytes} and {@link #parseJson}. */
    static JsonValue readJson(InputStream body, long maxBytes) {
        return parseJson(readBytes(body, maxBytes));
    }

    /**
     * The body as sent, byte for byte, or 413 when it is larger than {@code maxBytes}. The rest of a refused body is
     * read and dropped (up to a bound), so that the client, still sending, gets to read the refusal.
     */
    static byte[] readBytes(InputStream body, long maxBytes) {
        try (body) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            long total = 0;
            for (int read = body.read(buffer); read >= 0; read = body.read(buffer)) {
                total += read;
                if (total > maxBytes) {
                    drain(body, buffer, DRAIN_FACTOR * maxBytes);
                    throw new RequestTooLargeException("the request body is larger than this LRS accepts ("
                            + maxBytes + " bytes)");
                }
                out.write(buffer, 0, read);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** UTF-8 bytes as one JSON value within {@link JsonLimits#DEFAULT}, else 400 naming the first problem. */
    static JsonValue parseJson(byte[] utf8) {
        try {
            return BoundedJsonReader.standard().read(utf8);
        } catch (MalformedJsonException e) {
            throw new InvalidRequestException("the body " + e.getMessage());
        }
    }
}
