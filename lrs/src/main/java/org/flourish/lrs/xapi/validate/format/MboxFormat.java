package org.flourish.lrs.xapi.validate.format;

/** The Agent identifiers built on email addresses (xAPI-Data 2.4.2.3). */
public final class MboxFormat {

    private static final String MAILTO = "mailto:";
    private static final int SHA1_HEX_LENGTH = 40;

    private MboxFormat() {
    }

    /** {@code "mailto:" local "@" domain}: the required format of {@code mbox}, scheme as the spec writes it. */
    public static boolean isMailtoIri(String text) {
        if (!text.startsWith(MAILTO)) {
            return false;
        }
        int at = text.lastIndexOf('@');
        return at > MAILTO.length() && at < text.length() - 1 && IriFormat.isIriRest(text, MAILTO.length(), false);
    }

    /** The hex-encoded SHA-1 hash of a mailto IRI: 40 hexadecimal digits. */
    public static boolean isSha1Sum(String text) {
        if (text.length() != SHA1_HEX_LENGTH) {
            return false;
        }
        for (int i = 0; i < SHA1_HEX_LENGTH; i++) {
            if (!Chars.isHexDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
