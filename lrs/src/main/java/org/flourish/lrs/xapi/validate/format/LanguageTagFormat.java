package org.flourish.lrs.xapi.validate.format;

import java.util.regex.Pattern;

/**
 * Well-formed language tags per the ABNF of RFC 5646 section 2.1 (language maps, xAPI-Data 4.2; context language,
 * xAPI-Data 2.4.6): {@code language["-"script]["-"region]*("-"variant)*("-"extension)["-"privateuse]}, a private use
 * tag alone, or one of the grandfathered tags. Case-insensitive, as tags are.
 */
public final class LanguageTagFormat {

    private static final String LANGUAGE = "(?:[a-z]{2,3}(?:-[a-z]{3}){0,3}|[a-z]{4}|[a-z]{5,8})";
    private static final String SCRIPT = "(?:-[a-z]{4})";
    private static final String REGION = "(?:-(?:[a-z]{2}|[0-9]{3}))";
    private static final String VARIANT = "(?:-(?:[a-z0-9]{5,8}|[0-9][a-z0-9]{3}))";
    private static final String EXTENSION = "(?:-[0-9a-wy-z](?:-[a-z0-9]{2,8})+)";
    private static final String PRIVATE_USE = "(?:x(?:-[a-z0-9]{1,8})+)";
    private static final String GRANDFATHERED = "(?:en-GB-oed|i-ami|i-bnn|i-default|i-enochian|i-hak|i-klingon|i-lux"
            + "|i-mingo|i-navajo|i-pwn|i-tao|i-tay|i-tsu|sgn-BE-FR|sgn-BE-NL|sgn-CH-DE"
            + "|art-lojban|cel-gaulish|no-bok|no-nyn|zh-guoyu|zh-hakka|zh-min|zh-min-nan|zh-xiang)";
    private static final Pattern TAG = Pattern.compile(
            LANGUAGE + SCRIPT + "?" + REGION + "?" + VARIANT + "*" + EXTENSION + "*" + "(?:-" + PRIVATE_USE + ")?"
                    + "|" + PRIVATE_USE + "|" + GRANDFATHERED,
            Pattern.CASE_INSENSITIVE);

    private LanguageTagFormat() {
    }

    public static boolean isValid(String text) {
        return isPlainLanguageOrRegion(text) || TAG.matcher(text).matches();
    }

    /** Fast path for the tags nearly every map uses, "en" or "en-US": no matcher needed. */
    private static boolean isPlainLanguageOrRegion(String text) {
        int length = text.length();
        if (length == 2 || length == 3) {
            return Chars.isAlpha(text.charAt(0)) && Chars.isAlpha(text.charAt(1))
                    && (length == 2 || Chars.isAlpha(text.charAt(2)));
        }
        return length == 5 && text.charAt(2) == '-'
                && Chars.isAlpha(text.charAt(0)) && Chars.isAlpha(text.charAt(1))
                && Chars.isAlpha(text.charAt(3)) && Chars.isAlpha(text.charAt(4));
    }
}
