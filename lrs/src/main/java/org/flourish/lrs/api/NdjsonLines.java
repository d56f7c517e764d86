package org.flourish.lrs.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.flourish.lrs.error.RequestTooLargeException;

/**
 * The lines of a streamed NDJSON body, read one at a time so an import of any length runs in little memory; a single
 * line longer than the limit is refused with 413.
 */
final class NdjsonLines implements Iterator<String> {

    private final InputStream in;
    private final long maxLineBytes;
    private String next;
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
    public String next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        String line = next;
        next = null;
        return line;
    }

    private String readLine() {
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

    private static String text(ByteArrayOutputStream line) {
        String text = line.toString(StandardCharsets.UTF_8);
        return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
    }
}
