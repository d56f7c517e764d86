package org.flourish.lrs.xapi.signature;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;
import org.flourish.lrs.xapi.json.BoundedJsonReader;
import org.flourish.lrs.xapi.json.MalformedJsonException;

/**
 * A JWS in compact serialization (RFC 7515 section 7.1): three base64url parts, header.payload.signature, of which
 * the first two, as sent, are the signing input.
 */
public record CompactJws(JsonObject header, byte[] payload, byte[] signingInput, byte[] signature) {

    public CompactJws {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(signingInput, "signingInput");
        Objects.requireNonNull(signature, "signature");
    }

    public static CompactJws parse(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 3) {
            throw new InvalidSignatureException("the signature is not a JWS in compact serialization "
                    + "(header.payload.signature, xAPI-Data 2.6)");
        }
        JsonObject header = headerOf(decode(parts[0], "header"));
        byte[] payload = decode(parts[1], "payload");
        byte[] signature = decode(parts[2], "signature");
        byte[] signingInput = (parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII);
        return new CompactJws(header, payload, signingInput, signature);
    }

    private static byte[] decode(String part, String name) {
        if (!part.matches("[A-Za-z0-9_-]*")) {
            throw new InvalidSignatureException("the JWS " + name + " is not base64url without padding (RFC 7515 2)");
        }
        try {
            return Base64.getUrlDecoder().decode(part);
        } catch (IllegalArgumentException e) {
            throw new InvalidSignatureException("the JWS " + name + " is not base64url (RFC 7515 2)");
        }
    }

    private static JsonObject headerOf(byte[] json) {
        JsonValue header = parseJson(json, "header");
        if (header.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new InvalidSignatureException("the JWS header is not a JSON object (RFC 7515 4)");
        }
        return header.asJsonObject();
    }

    /** The payload as JSON; a signed statement's payload must be one (xAPI-Data 2.6.s4.b3). */
    public JsonValue payloadJson() {
        return parseJson(payload, "payload");
    }

    private static JsonValue parseJson(byte[] json, String name) {
        try {
            return BoundedJsonReader.standard().read(json);
        } catch (MalformedJsonException e) {
            throw new InvalidSignatureException("the JWS " + name + " " + e.getMessage());
        }
    }
}
