package org.flourish.lrs.api;

import jakarta.json.JsonValue;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import org.flourish.lrs.api.multipart.BodyPart;
import org.flourish.lrs.api.multipart.MalformedMultipartException;
import org.flourish.lrs.api.multipart.MultipartBoundary;
import org.flourish.lrs.api.multipart.MultipartParser;
import org.flourish.lrs.error.InvalidRequestException;
import org.flourish.lrs.xapi.attachments.AttachmentPart;

/**
 * The body of a PUT or POST statements request (xAPI-Communication 1.5): {@code application/json} with the
 * statements, or {@code multipart/mixed} with the statements as the first part and attachment data after it.
 */
record StatementRequestBody(JsonValue statements, List<AttachmentPart> parts) {

    private static final String JSON = "application/json";
    private static final String MULTIPART = "multipart/mixed";

    static StatementRequestBody read(String contentType, InputStream body, long maxBytes) {
        String type = essence(contentType == null ? "" : contentType);
        if (type.equals(JSON)) {
            return new StatementRequestBody(RequestBodies.readJson(body, maxBytes), List.of());
        }
        if (!type.equals(MULTIPART)) {
            throw new InvalidRequestException("Content-Type must be application/json or multipart/mixed, not "
                    + (type.isEmpty() ? "missing" : type) + " (xAPI-Communication 1.5)");
        }
        String boundary = MultipartBoundary.of(contentType).orElseThrow(() -> new InvalidRequestException(
                "a multipart/mixed Content-Type needs a valid boundary parameter (RFC 2046 5.1.1)"));
        return multipart(RequestBodies.readBytes(body, maxBytes), boundary);
    }

    private static StatementRequestBody multipart(byte[] body, String boundary) {
        List<BodyPart> parts;
        try {
            parts = MultipartParser.parse(body, boundary);
        } catch (MalformedMultipartException e) {
            throw new InvalidRequestException("the multipart/mixed body is malformed: " + e.getMessage());
        }
        BodyPart first = parts.get(0);
        String firstType = first.header("Content-Type").map(StatementRequestBody::essence).orElse("missing");
        if (!firstType.equals(JSON)) {
            throw new InvalidRequestException("the first part of a multipart/mixed statement request holds the "
                    + "statements as application/json, not " + firstType + " (xAPI-Communication 1.5.2.s2.b2.b1)");
        }
        JsonValue statements = RequestBodies.parseJson(first.content());
        List<AttachmentPart> attachments = parts.subList(1, parts.size()).stream()
                .map(part -> new AttachmentPart(part.header("Content-Type"),
                        part.header("Content-Transfer-Encoding"), part.header("X-Experience-API-Hash"),
                        part.content()))
                .toList();
        return new StatementRequestBody(statements, attachments);
    }

    /** The media type without parameters, in lower case. */
    private static String essence(String contentType) {
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }
}
