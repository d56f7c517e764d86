package org.flourish.lrs.xapi.validate.format;

import java.util.regex.Pattern;

/**
 * Internet Media Types (RFC 2046, with the token and parameter grammar of RFC 2045): {@code type "/" subtype
 * *(";" attribute "=" value)}, as an Attachment's {@code contentType} (xAPI-Data 2.4.11).
 */
public final class MediaTypeFormat {

    private static final String TOKEN = "[!#$%&'*+\\-.^_`|~0-9A-Za-z]+";
    private static final String QUOTED = "\"(?:[^\"\\\\\\r\\n]|\\\\.)*\"";
    private static final Pattern MEDIA_TYPE = Pattern.compile(
            TOKEN + "/" + TOKEN + "(?:[ \\t]*;[ \\t]*" + TOKEN + "=(?:" + TOKEN + "|" + QUOTED + "))*");

    private MediaTypeFormat() {
    }

    public static boolean isValid(String text) {
        return MEDIA_TYPE.matcher(text).matches();
    }
}
