package org.flourish.lrs.api;

import org.flourish.lrs.xapi.Jsons;

/**
 * The body of every error response: {@code {"error":{"message":"..."}}}, the message cut to at most
 * {@value #MAX_MESSAGE_CHARS} characters: it names the first problem, and quotes of what the client sent stay short.
 */
final class ErrorBody {

    static final int MAX_MESSAGE_CHARS = 1000;
    private static final String CUT = "...";

    private ErrorBody() {
    }

    static String of(String message) {
        return Jsons.createObjectBuilder()
                .add("error", Jsons.createObjectBuilder().add("message", bounded(message)))
                .build().toString();
    }

    private static String bounded(String message) {
        if (message.length() <= MAX_MESSAGE_CHARS) {
            return message;
        }
        int end = MAX_MESSAGE_CHARS - CUT.length();
        if (Character.isHighSurrogate(message.charAt(end - 1))) {
            end--;
        }
        return message.substring(0, end) + CUT;
    }
}
