package org.flourish.lrs.api.multipart;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Splits a multipart body into its parts (RFC 2046 section 5.1.1). A delimiter is a line break, {@code --} and the
 * boundary; the line break before it belongs to the delimiter, not to the part. Line breaks are CRLF as the RFC says;
 * a bare LF is read as one too, since clients that build bodies by hand often write it. The preamble and epilogue are
 * ignored. A body without its close delimiter is truncated and refused.
 */
public final class MultipartParser {

    private static final byte CR = '\r';
    private static final byte LF = '\n';

    private final byte[] body;
    private final byte[] dashBoundary;

    private MultipartParser(byte[] body, String boundary) {
        this.body = body;
        this.dashBoundary = ("--" + boundary).getBytes(StandardCharsets.US_ASCII);
    }

    /** The parts of {@code body}, in order. */
    public static List<BodyPart> parse(byte[] body, String boundary) {
        return new MultipartParser(body, boundary).parts();
    }

    private List<BodyPart> parts() {
        int delimiter = find(0, true);
        if (delimiter < 0) {
            throw new MalformedMultipartException("the body has no delimiter line of its boundary");
        }
        List<BodyPart> parts = new ArrayList<>();
        int position = afterDelimiter(delimiter);
        while (position >= 0) {
            int next = find(position, false);
            if (next < 0) {
                throw new MalformedMultipartException("the body ends before the close delimiter of part "
                        + (parts.size() + 1) + " (truncated?)");
            }
            parts.add(part(position, lineBreakBefore(next, position)));
            position = afterDelimiter(next);
        }
        if (parts.isEmpty()) {
            throw new MalformedMultipartException("the body has no part");
        }
        return parts;
    }

    /**
     * Where the next delimiter's {@code --boundary} starts at or after {@code from}: at the start of a line (or of the
     * body, for the first one); -1 when there is none.
     */
    private int find(int from, boolean mayStartBody) {
        for (int i = from; i <= body.length - dashBoundary.length; i++) {
            boolean lineStart = (i == 0 && mayStartBody) || (i > 0 && body[i - 1] == LF);
            if (lineStart && matchesAt(i)) {
                return i;
            }
        }
        return -1;
    }

    private boolean matchesAt(int i) {
        return Arrays.equals(body, i, i + dashBoundary.length, dashBoundary, 0, dashBoundary.length);
    }

    /** The start of the line break that precedes the delimiter at {@code delimiter}, never before the part start. */
    private int lineBreakBefore(int delimiter, int partStart) {
        int end = delimiter - 1;
        if (end > partStart && body[end - 1] == CR) {
            end--;
        }
        return Math.max(end, partStart);
    }

    /**
     * Reads past the delimiter at {@code delimiter}: returns where the next part starts, or -1 after the close
     * delimiter. Transport padding (spaces, tabs) may follow the boundary before the line break.
     */
    private int afterDelimiter(int delimiter) {
        int i = delimiter + dashBoundary.length;
        if (i + 1 < body.length && body[i] == '-' && body[i + 1] == '-') {
            return -1;
        }
        while (i < body.length && (body[i] == ' ' || body[i] == '\t')) {
            i++;
        }
        if (i < body.length && body[i] == CR) {
            i++;
        }
        if (i >= body.length || body[i] != LF) {
            throw new MalformedMultipartException("a delimiter line has text after its boundary, or the body "
                    + "ends there (truncated?)");
        }
        return i + 1;
    }

    /** A part from {@code start} to {@code end}: header lines, an empty line, then the content. */
    private BodyPart part(int start, int end) {
        Map<String, String> headers = new LinkedHashMap<>();
        int line = start;
        while (true) {
            int lineEnd = indexOf(LF, line, end);
            if (lineEnd < 0) {
                if (line == end) {
                    return new BodyPart(headers, new byte[0]);
                }
                throw new MalformedMultipartException("a part's header is not ended by an empty line");
            }
            int textEnd = lineEnd > line && body[lineEnd - 1] == CR ? lineEnd - 1 : lineEnd;
            if (textEnd == line) {
                return new BodyPart(headers, Arrays.copyOfRange(body, lineEnd + 1, end));
            }
            String text = new String(body, line, textEnd - line, StandardCharsets.UTF_8);
            addHeader(headers, text);
            line = lineEnd + 1;
        }
    }

    /** One header line; a line starting with white space continues the previous field (RFC 822 folding). */
    private static void addHeader(Map<String, String> headers, String line) {
        if (line.startsWith(" ") || line.startsWith("\t")) {
            if (headers.isEmpty()) {
                throw new MalformedMultipartException("a part's header starts with a continuation line");
            }
            String last = headers.keySet().stream().reduce((a, b) -> b).orElseThrow();
            headers.put(last, headers.get(last) + " " + line.trim());
            return;
        }
        int colon = line.indexOf(':');
        if (colon <= 0) {
            throw new MalformedMultipartException("a part's header line is not 'Name: value': " + line);
        }
        headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
    }

    private int indexOf(byte wanted, int from, int to) {
        for (int i = from; i < to; i++) {
            if (body[i] == wanted) {
                return i;
            }
        }
        return -1;
    }
}
