package org.flourish.lrs.xapi.validate.format;

/** What may stand between the brackets of an IRI's host (RFC 3986 3.2.2): an IPv6 address or an IPvFuture. */
final class IpLiteral {

    private IpLiteral() {
    }

    static boolean isValid(String literal) {
        return literal.startsWith("v") || literal.startsWith("V") ? isIpvFuture(literal) : isIpv6(literal);
    }

    /** {@code "v" 1*HEXDIG "." 1*( unreserved / sub-delims / ":" )}. */
    private static boolean isIpvFuture(String literal) {
        int dot = literal.indexOf('.');
        if (dot < 2 || dot == literal.length() - 1) {
            return false;
        }
        for (int i = 1; i < dot; i++) {
            if (!Chars.isHexDigit(literal.charAt(i))) {
                return false;
            }
        }
        for (int i = dot + 1; i < literal.length(); i++) {
            char c = literal.charAt(i);
            boolean allowed = Chars.isAlpha(c) || Chars.isDigit(c) || "-._~!$&'()*+,;=:".indexOf(c) >= 0;
            if (!allowed) {
                return false;
            }
        }
        return true;
    }

    /** Eight 16-bit groups, the last two possibly as an IPv4 address, with at most one "::" standing for zeros. */
    private static boolean isIpv6(String literal) {
        int gap = literal.indexOf("::");
        if (gap >= 0 && literal.indexOf("::", gap + 1) >= 0) {
            return false;
        }
        if (gap < 0) {
            return groups(literal) == 8;
        }
        int before = gap == 0 ? 0 : groups(literal.substring(0, gap));
        int after = gap + 2 == literal.length() ? 0 : groups(literal.substring(gap + 2));
        return before >= 0 && after >= 0 && before + after <= 7;
    }

    /** How many 16-bit groups the colon-separated text holds (an IPv4 address last counts two), or -1 if malformed. */
    private static int groups(String text) {
        String[] parts = text.split(":", -1);
        int count = 0;
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            if (i == parts.length - 1 && part.indexOf('.') >= 0) {
                if (!isIpv4(part)) {
                    return -1;
                }
                count += 2;
            } else if (isH16(part)) {
                count++;
            } else {
                return -1;
            }
        }
        return count;
    }

    private static boolean isH16(String part) {
        return !part.isEmpty() && part.length() <= 4 && part.chars().allMatch(c -> Chars.isHexDigit((char) c));
    }

    /** Four decimal octets 0-255, without leading zeros (RFC 3986 {@code dec-octet}). */
    private static boolean isIpv4(String text) {
        String[] octets = text.split("\\.", -1);
        if (octets.length != 4) {
            return false;
        }
        for (String octet : octets) {
            if (octet.isEmpty() || octet.length() > 3 || !octet.chars().allMatch(c -> c >= '0' && c <= '9')
                    || (octet.length() > 1 && octet.charAt(0) == '0') || Integer.parseInt(octet) > 255) {
                return false;
            }
        }
        return true;
    }
}
