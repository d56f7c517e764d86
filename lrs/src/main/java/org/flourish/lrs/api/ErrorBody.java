package org.flourish.lrs.api;

import jakarta.json.Json;

/** The body of every error response: {@code {"error":{"message":"..."}}}. */
final class ErrorBody {

    private ErrorBody() {
    }

    static String of(String message) {
        return Json.createObjectBuilder()
                .add("error", Json.createObjectBuilder().add("message", message))
                .build().toString();
    }
}
