package org.flourish.lrs.xapi.attachments;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The attachment objects a statement declares (xAPI-Data 2.4.11): its own and its SubStatement's. */
public final class AttachmentObjects {

    /** The usageType of the attachment that carries a statement's signature (xAPI-Data 2.6). */
    public static final String SIGNATURE_USAGE = "http://adlnet.gov/expapi/attachments/signature";

    private AttachmentObjects() {
    }

    public static List<JsonObject> of(JsonObject statement) {
        List<JsonObject> attachments = new ArrayList<>();
        addFrom(statement, attachments);
        if (statement.get("object") instanceof JsonObject object && "SubStatement".equals(object.getString(
                "objectType", ""))) {
            addFrom(object, attachments);
        }
        return attachments;
    }

    private static void addFrom(JsonObject statement, List<JsonObject> into) {
        if (statement.get("attachments") instanceof JsonArray array) {
            array.stream().filter(v -> v.getValueType() == JsonValue.ValueType.OBJECT)
                    .map(JsonValue::asJsonObject).forEach(into::add);
        }
    }

    /** The distinct sha2 values (lower case) of a statement's attachments, with data or only a fileUrl. */
    public static Set<String> hashesOf(JsonObject statement) {
        Set<String> hashes = new LinkedHashSet<>();
        for (JsonObject attachment : of(statement)) {
            sha2(attachment).ifPresent(hashes::add);
        }
        return hashes;
    }

    static Optional<String> sha2(JsonObject attachment) {
        return attachment.get("sha2") instanceof JsonString s
                ? Optional.of(s.getString().toLowerCase(Locale.ROOT)) : Optional.empty();
    }

    static boolean hasFileUrl(JsonObject attachment) {
        return attachment.containsKey("fileUrl");
    }

    public static boolean isSignature(JsonObject attachment) {
        return SIGNATURE_USAGE.equals(attachment.getString("usageType", ""));
    }
}
