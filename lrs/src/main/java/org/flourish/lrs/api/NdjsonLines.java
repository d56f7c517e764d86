package org.flourish.lrs.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.flourish.lrs.error.RequestTooLargeException;

/**
 * The lines of a streamed NDJSON body, read one at a time so an import of any length runs in little memory; a single
 * line longer than the limit is refused with 413.
 */
final class NdjsonLines implements Iterator<byte[]> {

    private final InputStream in;
    private final long maxLineBytes;
    private byte[] next;
    private boolean done;

    NdjsonLines(InputStream in, long maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    @Override
    public boolean hasNext() {
        if (next == null && !done) {
            next = readLine();
        }
        return next != null;
    }

    @Override
    public byte[] next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        byte[] line = next;
        next = null;
        return line;
    }

    private byte[] readLine() {
        try {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            for (int b = in.read(); ; b = in.read()) {
                if (b < 0) {
                    done = true;
                    return line.size() == 0 ? null : text(line);
                }
                if (b == '\n') {
                    return text(line);
                }
                if (line.size() >= maxLineBytes) {
                    throw new RequestTooLargeException("a line is longer than this LRS accepts (" + maxLineBytes
                            + " bytes)");
                }
                line.write(b);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The line's bytes without a trailing carriage return; decoding them is the reader's job (strict UTF-8). */
    private static byte[] text(ByteArrayOutputStream line) {
        byte[] bytes = line.toByteArray();
        return bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? Arrays.copyOf(bytes, bytes.length - 1) : bytes;
    }
}
