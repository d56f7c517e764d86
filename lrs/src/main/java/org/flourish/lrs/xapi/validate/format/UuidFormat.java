package org.flourish.lrs.xapi.validate.format;

/** A UUID in the standard string form, 8-4-4-4-12 hexadecimal digits (xAPI-Data 4.4, RFC 4122). */
public final class UuidFormat {

    private static final int LENGTH = 36;

    private UuidFormat() {
    }

    public static boolean isValid(String text) {
        if (text.length() != LENGTH) {
            return false;
        }
        for (int i = 0; i < LENGTH; i++) {
            char c = text.charAt(i);
            boolean dashPosition = i == 8 || i == 13 || i == 18 || i == 23;
            if (dashPosition ? c != '-' : !Chars.isHexDigit(c)) {
                return false;
            }
        }
        return true;
    }
}
