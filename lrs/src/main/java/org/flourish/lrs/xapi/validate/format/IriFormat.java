package org.flourish.lrs.xapi.validate.format;

/**
 * Absolute IRIs (RFC 3987) as xAPI uses them for identifiers (xAPI-Data 4.3): a scheme, a colon and a non-empty rest
 * made of characters an IRI may hold. Relative references ("IRI fragments") are not IRIs (xAPI-Data 2.4.4.1).
 * The same check with ASCII only gives an absolute URI (RFC 3986), as {@code openid} requires.
 */
public final class IriFormat {

    private IriFormat() {
    }

    /** An absolute IRI: {@code scheme ":" rest}. */
    public static boolean isIri(String text) {
        return isAbsolute(text, false);
    }

    /** An absolute URI: an IRI whose characters are all ASCII. */
    public static boolean isUri(String text) {
        return isAbsolute(text, true);
    }

    /**
     * An IRL is an IRI that locates a resource. Whether it resolves cannot be known offline, so an IRL is checked as an
     * absolute IRI.
     */
    public static boolean isIrl(String text) {
        return isIri(text);
    }

    private static boolean isAbsolute(String text, boolean asciiOnly) {
        int colon = schemeEnd(text);
        if (colon < 0 || colon == text.length() - 1) {
            return false;
        }
        return isIriRest(text, colon + 1, asciiOnly);
    }

    /** The index of the colon ending a well-formed scheme ({@code ALPHA *(ALPHA / DIGIT / "+" / "-" / ".")}), or -1. */
    static int schemeEnd(String text) {
        if (text.isEmpty() || !Chars.isAlpha(text.charAt(0))) {
            return -1;
        }
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ':') {
                return i;
            }
            if (!(Chars.isAlpha(c) || Chars.isDigit(c) || c == '+' || c == '-' || c == '.')) {
                return -1;
            }
        }
        return -1;
    }

    /** Every character from {@code start} may appear in an IRI, and every '%' starts a percent-encoded octet. */
    static boolean isIriRest(String text, int start, boolean asciiOnly) {
        int length = text.length();
        for (int i = start; i < length; i++) {
            char c = text.charAt(i);
            if (c == '%') {
                if (i + 2 >= length || !Chars.isHexDigit(text.charAt(i + 1)) || !Chars.isHexDigit(text.charAt(i + 2))) {
                    return false;
                }
                i += 2;
            } else if (isExcluded(c) || (asciiOnly && c > 0x7E)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isExcluded(char c) {
        return c <= 0x20 || c == 0x7F
                || (c >= 0x80 && c <= 0x9F)
                || c == '<' || c == '>' || c == '"' || c == '{' || c == '}' || c == '|' || c == '\\' || c == '^'
                || c == '`'
                || Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
