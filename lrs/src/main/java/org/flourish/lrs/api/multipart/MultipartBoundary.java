package org.flourish.lrs.api.multipart;

import java.util.Locale;
import java.util.Optional;

/**
 * The {@code boundary} parameter of a {@code multipart/*} Content-Type (RFC 2046 section 5.1.1): 1 to 70 characters,
 * quoted or not (RFC 2045 section 5.1 parameter syntax).
 */
public final class MultipartBoundary {

    private static final int MAX_LENGTH = 70;
    private static final String SPECIALS_ALLOWED = "'()+_,-./:=? ";

    private MultipartBoundary() {
    }

    /** The boundary of this Content-Type value; empty when it names none or an invalid one. */
    public static Optional<String> of(String contentType) {
        int at = contentType.indexOf(';');
        while (at >= 0 && at < contentType.length()) {
            int equals = contentType.indexOf('=', at);
            if (equals < 0) {
                return Optional.empty();
            }
            String name = contentType.substring(at + 1, equals).trim().toLowerCase(Locale.ROOT);
            Value value = valueAt(contentType, equals + 1);
            if (name.equals("boundary")) {
                return Optional.of(value.text()).filter(MultipartBoundary::isValid);
            }
            at = contentType.indexOf(';', value.end());
        }
        return Optional.empty();
    }

    private record Value(String text, int end) {
    }

    private static Value valueAt(String header, int start) {
        int i = start;
        while (i < header.length() && header.charAt(i) == ' ') {
            i++;
        }
        if (i < header.length() && header.charAt(i) == '"') {
            StringBuilder text = new StringBuilder();
            for (i++; i < header.length() && header.charAt(i) != '"'; i++) {
                char c = header.charAt(i);
                if (c == '\\' && i + 1 < header.length()) {
                    c = header.charAt(++i);
                }
                text.append(c);
            }
            return new Value(text.toString(), i + 1);
        }
        int end = header.indexOf(';', i);
        end = end < 0 ? header.length() : end;
        return new Value(header.substring(i, end).trim(), end);
    }

    /** bchars of RFC 2046: digits, letters and {@code '()+_,-./:=?} and space, not ending in a space. */
    static boolean isValid(String boundary) {
        if (boundary.isEmpty() || boundary.length() > MAX_LENGTH || boundary.endsWith(" ")) {
            return false;
        }
        return boundary.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z')
                || (c >= 'A' && c <= 'Z') || SPECIALS_ALLOWED.indexOf(c) >= 0);
    }
}
