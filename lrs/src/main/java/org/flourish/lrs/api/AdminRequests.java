package org.flourish.lrs.api;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import org.flourish.lrs.auth.Access;
import org.flourish.lrs.error.InvalidRequestException;
import org.flourish.lrs.error.NotPermittedException;

/** What the administration resources share: the admin check and reading their small JSON request bodies. */
final class AdminRequests {

    private AdminRequests() {
    }

    static void requireAdmin(HttpServletRequest request) {
        if (!Access.canAdminister(Callers.of(request).scopes())) {
            throw new NotPermittedException("the administration API needs a credential with scope admin");
        }
    }

    static JsonObject object(InputStream body, long maxBytes) {
        JsonValue json = RequestBodies.readJson(body, maxBytes);
        if (json.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new InvalidRequestException("the body must be a JSON object");
        }
        return json.asJsonObject();
    }

    static String requiredString(JsonObject json, String name) {
        JsonValue value = json.get(name);
        if (value == null || value.getValueType() != JsonValue.ValueType.STRING || json.getString(name).isBlank()) {
            throw new InvalidRequestException(name + " is required and must be a non-empty string");
        }
        return json.getString(name).strip();
    }

    static URI absoluteUri(String name, String text) {
        try {
            URI uri = new URI(text);
            if (uri.isAbsolute()) {
                return uri;
            }
        } catch (URISyntaxException notUri) {
            // refused below, with the same message as a relative one
        }
        throw new InvalidRequestException(name + " must be an absolute URL, not " + text);
    }

    static boolean enabledOf(JsonObject json) {
        JsonValue value = json.get("enabled");
        if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
            throw new InvalidRequestException("enabled is required and must be true or false");
        }
        return value == JsonValue.TRUE;
    }
}
