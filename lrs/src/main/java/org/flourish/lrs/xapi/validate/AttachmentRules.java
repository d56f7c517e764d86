package org.flourish.lrs.xapi.validate;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.Set;
import org.flourish.lrs.xapi.validate.format.MediaTypeFormat;
import org.flourish.lrs.xapi.validate.format.Sha2Format;

/**
 * Attachment headers in a statement (xAPI-Data 2.4.11). usageType, display, contentType, length and sha2 are required;
 * description and fileUrl optional. Whether fileUrl is needed depends on the request carrying the payload, which is
 * the business of the multipart reader, not of this check.
 */
final class AttachmentRules {

    private static final String USAGE_TYPE = "usageType";
    private static final String DISPLAY = "display";
    private static final String DESCRIPTION = "description";
    private static final String CONTENT_TYPE = "contentType";
    private static final String LENGTH = "length";
    private static final String SHA2 = "sha2";
    private static final String FILE_URL = "fileUrl";

    private static final Set<String> ATTACHMENT_PROPERTIES =
            Set.of(USAGE_TYPE, DISPLAY, DESCRIPTION, CONTENT_TYPE, LENGTH, SHA2, FILE_URL);

    private AttachmentRules() {
    }

    static void check(JsonValue value, Path path, Violations out) {
        if (!Values.isArray(value, path, "an array of Attachments", Sections.ATTACHMENTS, out)) {
            return;
        }
        JsonArray attachments = (JsonArray) value;
        for (int i = 0; i < attachments.size(); i++) {
            checkAttachment(attachments.get(i), path.index(i), out);
        }
    }

    private static void checkAttachment(JsonValue value, Path path, Violations out) {
        if (!Values.isObject(value, path, "an Attachment", Sections.ATTACHMENTS, out)) {
            return;
        }
        JsonObject attachment = (JsonObject) value;
        Properties.allowOnly(attachment, ATTACHMENT_PROPERTIES, path, "an Attachment", Sections.ATTACHMENTS, out);
        if (Properties.require(attachment, USAGE_TYPE, path, Sections.ATTACHMENTS, out)) {
            Values.iri(attachment.get(USAGE_TYPE), path.property(USAGE_TYPE), Sections.ATTACHMENTS, out);
        }
        if (Properties.require(attachment, DISPLAY, path, Sections.ATTACHMENTS, out)) {
            Values.languageMap(attachment.get(DISPLAY), path.property(DISPLAY), out);
        }
        JsonValue description = attachment.get(DESCRIPTION);
        if (description != null) {
            Values.languageMap(description, path.property(DESCRIPTION), out);
        }
        if (Properties.require(attachment, CONTENT_TYPE, path, Sections.ATTACHMENTS, out)) {
            checkContentType(attachment.get(CONTENT_TYPE), path.property(CONTENT_TYPE), out);
        }
        if (Properties.require(attachment, LENGTH, path, Sections.ATTACHMENTS, out)) {
            checkLength(attachment.get(LENGTH), path.property(LENGTH), out);
        }
        if (Properties.require(attachment, SHA2, path, Sections.ATTACHMENTS, out)) {
            checkSha2(attachment.get(SHA2), path.property(SHA2), out);
        }
        JsonValue fileUrl = attachment.get(FILE_URL);
        if (fileUrl != null) {
            Values.irl(fileUrl, path.property(FILE_URL), Sections.ATTACHMENTS, out);
        }
    }

    private static void checkContentType(JsonValue value, Path path, Violations out) {
        if (Values.string(value, path, Sections.ATTACHMENTS, out)
                && !MediaTypeFormat.isValid(((JsonString) value).getString())) {
            out.add(path, "must be an Internet Media Type such as application/pdf (RFC 2046)", Sections.ATTACHMENTS);
        }
    }

    /** The length of the data in octets: a non-negative integer. */
    private static void checkLength(JsonValue value, Path path, Violations out) {
        if (!(value instanceof JsonNumber number)) {
            out.add(path, "must be a non-negative integer (octets), not " + Values.show(value),
                    Sections.ATTACHMENTS);
            return;
        }
        BigDecimal octets = number.bigDecimalValue();
        // Integral by value, not by notation: 1e3 and 1000 are the same integer in JSON.
        if (octets.signum() < 0 || (octets.signum() > 0 && octets.stripTrailingZeros().scale() > 0)) {
            out.add(path, "must be a non-negative integer (octets), not " + number, Sections.ATTACHMENTS);
        }
    }

    private static void checkSha2(JsonValue value, Path path, Violations out) {
        if (Values.string(value, path, Sections.ATTACHMENTS, out)
                && !Sha2Format.isHexDigest(((JsonString) value).getString())) {
            out.add(path, "must be a SHA-2 hash in hexadecimal (56, 64, 96 or 128 hex digits)", Sections.ATTACHMENTS);
        }
    }
}
