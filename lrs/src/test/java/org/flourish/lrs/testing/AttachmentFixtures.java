package org.flourish.lrs.testing;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The statement fixtures with attachments under {@code src/test/resources/xapi/attachments}, the data their
 * attachments declare, and attachment objects for other data.
 */
public final class AttachmentFixtures {

    /** The data the text attachment of {@code statement-with-text-attachment.json} declares (its sha2 and length). */
    public static final String TEXT_DATA = "here is a simple attachment";
    public static final String SIGNATURE_USAGE = "http://adlnet.gov/expapi/attachments/signature";

    private AttachmentFixtures() {
    }

    public static JsonObject statement(String name) {
        try (InputStream in = AttachmentFixtures.class.getResourceAsStream("/xapi/attachments/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No fixture " + name);
            }
            try (JsonReader reader = Json.createReader(in)) {
                return reader.readObject();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonObject withTextAttachment() {
        return statement("statement-with-text-attachment.json");
    }

    public static byte[] textData() {
        return TEXT_DATA.getBytes(StandardCharsets.US_ASCII);
    }

    public static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An attachment object declaring {@code data}, with a fileUrl when one is given. */
    public static JsonObject attachmentFor(byte[] data, String usageType, String contentType, String fileUrl) {
        var builder = Json.createObjectBuilder().add("usageType", usageType)
                .add("display", Json.createObjectBuilder().add("en-US", "attachment"))
                .add("contentType", contentType).add("length", data.length).add("sha2", sha256(data));
        if (fileUrl != null) {
            builder.add("fileUrl", fileUrl);
        }
        return builder.build();
    }

    /** The statement with its attachments replaced by these. */
    public static JsonObject withAttachments(JsonObject statement, JsonObject... attachments) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (JsonObject attachment : attachments) {
            array.add(attachment);
        }
        return Json.createObjectBuilder(statement).add("attachments", array).build();
    }

    /** The signature attachment for a compact JWS. */
    public static JsonObject signatureAttachment(String jws) {
        return attachmentFor(jws.getBytes(StandardCharsets.US_ASCII), SIGNATURE_USAGE, "application/octet-stream",
                null);
    }
}
