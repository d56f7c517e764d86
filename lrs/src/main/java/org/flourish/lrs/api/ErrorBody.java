package org.flourish.lrs.api;

import org.flourish.lrs.xapi.Jsons;

/** The body of every error response: {@code {"error":{"message":"..."}}}. */
final class ErrorBody {

    private ErrorBody() {
    }

    static String of(String message) {
        return Jsons.createObjectBuilder()
                .add("error", Jsons.createObjectBuilder().add("message", message))
                .build().toString();
    }
}
