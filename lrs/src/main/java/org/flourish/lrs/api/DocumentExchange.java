package org.flourish.lrs.api;

import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.Optional;
import org.flourish.lrs.auth.Credential;
import org.flourish.lrs.error.InvalidRequestException;
import org.flourish.lrs.service.DocumentList;
import org.flourish.lrs.service.DocumentService;
import org.flourish.lrs.store.DocumentContent;
import org.flourish.lrs.store.DocumentContext;
import org.flourish.lrs.store.DocumentKey;
import org.flourish.lrs.store.StoredDocument;
import org.flourish.lrs.xapi.Jsons;
import org.flourish.lrs.xapi.XapiVersion;
import org.flourish.lrs.xapi.json.MalformedJsonException;
import org.flourish.lrs.xapi.json.StrictUtf8;

/**
 * The HTTP side shared by the three Document Resources, for one request: reads the body and the precondition
 * headers, calls {@link DocumentService}, and writes the response headers xAPI-Communication 2.2 and 3.1 ask for
 * (Content-Type as stored, a quoted ETag, Last-Modified).
 */
final class DocumentExchange {

    /** The width of the column that keeps a document's Content-Type ({@code document.content_type}, V2 migration). */
    static final int MAX_CONTENT_TYPE_CHARS = 500;

    private final DocumentService documents;
    private final Credential caller;
    private final HttpHeaders headers;
    private final long maxBytes;

    DocumentExchange(DocumentService documents, Credential caller, HttpHeaders headers, long maxBytes) {
        this.documents = documents;
        this.caller = caller;
        this.headers = headers;
        this.maxBytes = maxBytes;
    }

    Response get(DocumentKey key) {
        StoredDocument document = documents.get(key, caller);
        return Response.ok(document.content().bytes())
                .header(HttpHeaders.CONTENT_TYPE, document.content().contentType())
                .tag(new EntityTag(document.etag()))
                .lastModified(date(document.updated()))
                .build();
    }

    Response ids(DocumentContext context, Optional<OffsetDateTime> since) {
        DocumentList list = documents.ids(context, since, caller);
        JsonArrayBuilder ids = Jsons.createArrayBuilder();
        list.ids().forEach(ids::add);
        Response.ResponseBuilder response = Response.ok(ids.build().toString(), MediaType.APPLICATION_JSON_TYPE);
        list.lastModified().ifPresent(latest -> response.lastModified(date(latest)));
        return response.build();
    }

    Response put(DocumentKey key, InputStream body) {
        documents.put(key, content(body), EntityTags.preconditions(headers), version(), caller);
        return Response.noContent().build();
    }

    Response post(DocumentKey key, InputStream body) {
        documents.post(key, content(body), EntityTags.preconditions(headers), caller);
        return Response.noContent().build();
    }

    Response delete(DocumentKey key) {
        documents.delete(key, EntityTags.preconditions(headers), caller);
        return Response.noContent().build();
    }

    Response deleteAll(DocumentContext context) {
        documents.deleteAll(context, caller);
        return Response.noContent().build();
    }

    /** The body as sent, with the Content-Type it was sent with (any type, xAPI-Communication 1.5.b1). */
    private DocumentContent content(InputStream body) {
        String type = Optional.ofNullable(headers.getHeaderString(HttpHeaders.CONTENT_TYPE))
                .map(String::trim).filter(value -> !value.isEmpty()).orElse(DocumentContent.UNKNOWN_TYPE);
        if (type.length() > MAX_CONTENT_TYPE_CHARS) {
            throw new InvalidRequestException("the Content-Type is longer than this LRS accepts ("
                    + MAX_CONTENT_TYPE_CHARS + " characters)");
        }
        try {
            MediaType.valueOf(type);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("Content-Type is not a media type: " + type);
        }
        DocumentContent content = new DocumentContent(type, RequestBodies.readBytes(body, maxBytes));
        if (content.isJson()) {
            requireUtf8(content);
        }
        return content;
    }

    /** A JSON document is UTF-8 (RFC 8259 8.1): one that is not would be stored as something the client never sent. */
    private static void requireUtf8(DocumentContent json) {
        try {
            StrictUtf8.decode(json.bytes());
        } catch (MalformedJsonException e) {
            throw new InvalidRequestException("the application/json document " + e.getMessage());
        }
    }

    /** The request's version; {@link XapiHttpFilter} has already refused requests without a served one. */
    private XapiVersion version() {
        return XapiVersion.fromHeader(headers.getHeaderString(XapiHeaders.VERSION)).orElseThrow();
    }

    private static Date date(OffsetDateTime time) {
        return Date.from(time.toInstant());
    }
}
