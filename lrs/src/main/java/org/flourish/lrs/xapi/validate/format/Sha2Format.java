package org.flourish.lrs.xapi.validate.format;

/**
 * A SHA-2 digest written in hexadecimal, as an Attachment's {@code sha2} and the {@code X-Experience-API-Hash} header
 * carry it (xAPI-Data 2.4.11, xAPI-Communication 1.5.2): 56, 64, 96 or 128 hex digits (SHA-224, -256, -384, -512).
 */
public final class Sha2Format {

    private Sha2Format() {
    }

    public static boolean isHexDigest(String text) {
        int length = text.length();
        if (length != 56 && length != 64 && length != 96 && length != 128) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (!Chars.isHexDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
