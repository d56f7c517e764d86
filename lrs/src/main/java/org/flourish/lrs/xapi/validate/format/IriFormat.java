package org.flourish.lrs.xapi.validate.format;

import java.util.function.IntPredicate;

/**
 * Absolute IRIs (RFC 3987 2.2) as xAPI uses them for identifiers (xAPI-Data 4.3): {@code scheme ":" ihier-part
 * ["?" iquery] ["#" ifragment]}, each part made only of the characters its rule allows, an authority's host a
 * registered name or a well-formed IP literal ({@code http://[::1/x} is not an IRI), its port digits. Relative
 * references ("IRI fragments") are not IRIs (xAPI-Data 2.4.4.1). The same check with ASCII only gives an absolute URI
 * (RFC 3986 4.3), as {@code openid} requires. Beyond the RFC, an IRI with nothing after the scheme is refused: it
 * identifies nothing.
 */
public final class IriFormat {

    private IriFormat() {
    }

    /** An absolute IRI (RFC 3987 {@code absolute-IRI}, with a fragment allowed as xAPI identifiers carry them). */
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
        if (asciiOnly && !text.chars().allMatch(c -> c < 0x7F)) {
            return false;
        }
        String rest = text.substring(colon + 1);
        int hash = rest.indexOf('#');
        String fragment = hash < 0 ? "" : rest.substring(hash + 1);
        String beforeFragment = hash < 0 ? rest : rest.substring(0, hash);
        int question = beforeFragment.indexOf('?');
        String query = question < 0 ? "" : beforeFragment.substring(question + 1);
        String hierPart = question < 0 ? beforeFragment : beforeFragment.substring(0, question);
        return isHierPart(hierPart) && allOf(query, IriFormat::isQueryChar) && allOf(fragment, IriFormat::isFragmentChar);
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

    /** {@code "//" iauthority ipath-abempty / ipath-absolute / ipath-rootless / ipath-empty}. */
    private static boolean isHierPart(String hierPart) {
        if (!hierPart.startsWith("//")) {
            return isPath(hierPart);
        }
        int slash = hierPart.indexOf('/', 2);
        String authority = slash < 0 ? hierPart.substring(2) : hierPart.substring(2, slash);
        return isAuthority(authority) && (slash < 0 || isPath(hierPart.substring(slash)));
    }

    /** Segments of {@code ipchar} separated by "/" ("//" at the start was taken as an authority). */
    static boolean isPath(String path) {
        return allOf(path, c -> c == '/' || isPchar(c));
    }

    /** {@code [ iuserinfo "@" ] ihost [ ":" port ]}. */
    private static boolean isAuthority(String authority) {
        int at = authority.indexOf('@');
        if (at >= 0 && !allOf(authority.substring(0, at), c -> c == ':' || isUnreservedOrSubDelim(c))) {
            return false;
        }
        String hostPort = authority.substring(at + 1);
        String host;
        String port;
        if (hostPort.startsWith("[")) {
            int close = hostPort.indexOf(']');
            if (close < 0 || !IpLiteral.isValid(hostPort.substring(1, close))) {
                return false;
            }
            String after = hostPort.substring(close + 1);
            if (!after.isEmpty() && !after.startsWith(":")) {
                return false;
            }
            host = "";
            port = after.isEmpty() ? "" : after.substring(1);
        } else {
            int colon = hostPort.lastIndexOf(':');
            host = colon < 0 ? hostPort : hostPort.substring(0, colon);
            port = colon < 0 ? "" : hostPort.substring(colon + 1);
        }
        return allOf(host, IriFormat::isUnreservedOrSubDelim) && port.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** {@code ipchar = iunreserved / pct-encoded / sub-delims / ":" / "@"}; '%' is checked by {@link #allOf}. */
    private static boolean isPchar(int c) {
        return c == ':' || c == '@' || isUnreservedOrSubDelim(c);
    }

    private static boolean isQueryChar(int c) {
        return isPchar(c) || c == '/' || c == '?' || isPrivate(c);
    }

    private static boolean isFragmentChar(int c) {
        return isPchar(c) || c == '/' || c == '?';
    }

    private static boolean isUnreservedOrSubDelim(int c) {
        return c < 0x80 ? isAsciiUnreserved(c) || "!$&'()*+,;=".indexOf(c) >= 0 : isUcsChar(c);
    }

    private static boolean isAsciiUnreserved(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0;
    }

    /** {@code ucschar}: the non-ASCII characters RFC 3987 allows, without controls, surrogates and non-characters. */
    private static boolean isUcsChar(int c) {
        if (c >= 0xA0 && c <= 0xD7FF || c >= 0xF900 && c <= 0xFDCF || c >= 0xFDF0 && c <= 0xFFEF) {
            return true;
        }
        return c >= 0x10000 && c <= 0xEFFFD && (c & 0xFFFF) <= 0xFFFD;
    }

    private static boolean isPrivate(int c) {
        return c >= 0xE000 && c <= 0xF8FF || c >= 0xF0000 && c <= 0xFFFFD || c >= 0x100000 && c <= 0x10FFFD;
    }

    /** Every code point satisfies the rule, except '%', which must start a percent-encoded octet. */
    private static boolean allOf(String text, IntPredicate rule) {
        int length = text.length();
        for (int i = 0; i < length; ) {
            int c = text.codePointAt(i);
            if (c == '%') {
                if (i + 2 >= length || !Chars.isHexDigit(text.charAt(i + 1)) || !Chars.isHexDigit(text.charAt(i + 2))) {
                    return false;
                }
                i += 3;
            } else if (!rule.test(c)) {
                return false;
            } else {
                i += Character.charCount(c);
            }
        }
        return true;
    }
}
