package org.flourish.lrs.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.stream.Collectors;
import org.flourish.lrs.api.multipart.MultipartWriter;
import org.flourish.lrs.auth.Credential;
import org.flourish.lrs.boot.LrsSettings;
import org.flourish.lrs.error.InvalidRequestException;
import org.flourish.lrs.service.StatementService;
import org.flourish.lrs.store.StatementPage;
import org.flourish.lrs.store.StoredStatement;
import org.flourish.lrs.xapi.Jsons;
import org.flourish.lrs.xapi.XapiVersion;
import org.flourish.lrs.xapi.attachments.AttachmentData;
import org.flourish.lrs.xapi.rules.StatementFormat.Format;
import org.flourish.lrs.xapi.rules.StatementFormat;

/**
 * The Statement resource (xAPI-Communication 2.1).
 * <pre>
 * curl -u KEY:SECRET -H 'X-Experience-API-Version: 2.0.0' -H 'Content-Type: application/json' \
 *      -d '{"actor":{"mbox":"mailto:ama@example.org"},"verb":{"id":"http://adlnet.gov/expapi/verbs/completed"},
 *           "object":{"id":"https://example.org/reading/1"}}' http://localhost:8080/xapi/statements
 * curl -u KEY:SECRET -H 'X-Experience-API-Version: 2.0.0' \
 *      'http://localhost:8080/xapi/statements?verb=http://adlnet.gov/expapi/verbs/completed&amp;limit=10'
 * </pre>
 */
@Path("xapi/statements")
@ApplicationScoped
public class StatementsResource {

    // One instance for every request, so no per-request bean is made: the request's own objects come as method
    // parameters, never as fields.
    @Inject
    StatementService statements;

    @Inject
    LrsSettings settings;

    @PUT
    public Response put(InputStream body, @Context HttpServletRequest request, @Context UriInfo uriInfo,
            @Context HttpHeaders headers) {
        Credential caller = Callers.of(request);
        var parameters = uriInfo.getQueryParameters();
        for (String name : parameters.keySet()) {
            if (!name.equals("statementId")) {
                throw new InvalidRequestException("unknown parameter " + name + " for PUT statements");
            }
        }
        String id = parameters.getFirst("statementId");
        if (id == null) {
            throw new InvalidRequestException("PUT statements needs the statementId parameter");
        }
        UUID statementId = StatementParameters.of(parameters).single().id();
        StatementRequestBody received = requestBody(body, headers);
        statements.put(statementId, received.statements(), received.parts(), version(headers), caller);
        return Response.noContent().header(XapiHeaders.CONSISTENT_THROUGH, statements.consistentThrough()).build();
    }

    @POST
    public Response post(InputStream body, @Context HttpServletRequest request, @Context UriInfo uriInfo,
            @Context HttpHeaders headers) {
        Credential caller = Callers.of(request);
        if (!uriInfo.getQueryParameters().isEmpty()) {
            throw new InvalidRequestException("POST statements takes no parameters; got "
                    + String.join(", ", uriInfo.getQueryParameters().keySet()));
        }
        StatementRequestBody received = requestBody(body, headers);
        List<UUID> ids = statements.post(received.statements(), received.parts(), version(headers), caller);
        JsonArrayBuilder array = Jsons.createArrayBuilder();
        ids.forEach(id -> array.add(id.toString()));
        return Response.ok(array.build().toString(), MediaType.APPLICATION_JSON_TYPE)
                .header(XapiHeaders.CONSISTENT_THROUGH, statements.consistentThrough()).build();
    }

    @GET
    public Response get(@Context HttpServletRequest request, @Context UriInfo uriInfo, @Context HttpHeaders headers) {
        Credential caller = Callers.of(request);
        boolean readAll = StatementService.requireRead(caller);
        OptionalLong onlyCredential = readAll ? OptionalLong.empty() : OptionalLong.of(caller.id());
        StatementParameters parameters = StatementParameters.of(uriInfo.getQueryParameters());
        if (parameters.isSingle()) {
            StatementParameters.Single single = parameters.single();
            StoredStatement found = statements.get(single.id(), single.voided(), caller);
            String body = render(found, single.format(), headers);
            return respond(body, single.attachments(), List.of(found))
                    .lastModified(Date.from(found.stored().toInstant()))
                    .header(XapiHeaders.CONSISTENT_THROUGH, statements.consistentThrough()).build();
        }
        MoreToken asked;
        if (parameters.isMore()) {
            asked = MoreToken.decode(parameters.more(), onlyCredential);
        } else {
            StatementParameters.Query query = parameters.query(onlyCredential);
            asked = new MoreToken(query.query(), null, query.format(), query.attachments());
        }
        OffsetDateTime consistentThrough = statements.consistentThrough();
        StatementPage page = asked.cursor() == null ? statements.query(asked.query())
                : statements.query(asked.query(), asked.cursor());
        String result = statementResult(page, asked, uriInfo, headers);
        Response.ResponseBuilder response = respond(result, asked.attachments(), page.statements())
                .header(XapiHeaders.CONSISTENT_THROUGH, consistentThrough);
        page.statements().stream().map(StoredStatement::stored).max(OffsetDateTime::compareTo)
                .ifPresent(latest -> response.lastModified(Date.from(latest.toInstant())));
        return response.build();
    }

    private String statementResult(StatementPage page, MoreToken asked, UriInfo uriInfo, HttpHeaders headers) {
        String list = page.statements().stream().map(s -> render(s, asked.format(), headers))
                .collect(Collectors.joining(",", "[", "]"));
        String more = page.next().map(cursor -> uriInfo.getBaseUri().getRawPath() + "xapi/statements?more="
                + new MoreToken(asked.query(), cursor, asked.format(), asked.attachments()).encode())
                .orElse("");
        return "{\"statements\":" + list + ",\"more\":" + Jsons.createValue(more) + "}";
    }

    private static String render(StoredStatement statement, Format format, HttpHeaders headers) {
        if (format == Format.EXACT) {
            return statement.json();
        }
        JsonObject parsed;
        try (JsonReader reader = Jsons.createReader(new StringReader(statement.json()))) {
            parsed = reader.readObject();
        }
        return StatementFormat.apply(parsed, format, acceptedLanguages(headers)).toString();
    }

    private static List<Locale.LanguageRange> acceptedLanguages(HttpHeaders headers) {
        String header = headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE);
        try {
            return header == null ? List.of() : Locale.LanguageRange.parse(header);
        } catch (IllegalArgumentException malformed) {
            return List.of();
        }
    }

    private StatementRequestBody requestBody(InputStream body, HttpHeaders headers) {
        return StatementRequestBody.read(headers.getHeaderString(HttpHeaders.CONTENT_TYPE), body,
                settings.maxRequestBytes());
    }

    /**
     * The statements as JSON, or, when the client asked for attachments, multipart/mixed with the statements first
     * and then the data of each distinct attachment they declare that the LRS has (xAPI-Communication 2.1.3 and
     * 1.5.2.s3.b1), each part with the headers 1.5.2.s2.b2 names.
     */
    private Response.ResponseBuilder respond(String json, boolean attachments, List<StoredStatement> returned) {
        if (!attachments) {
            return Response.ok(json, MediaType.APPLICATION_JSON_TYPE);
        }
        MultipartWriter multipart = new MultipartWriter()
                .part(Map.of("Content-Type", "application/json"), json.getBytes(StandardCharsets.UTF_8));
        for (AttachmentData data : statements.attachmentsOf(returned)) {
            Map<String, String> partHeaders = new LinkedHashMap<>();
            partHeaders.put("Content-Type", data.contentType());
            partHeaders.put("Content-Transfer-Encoding", "binary");
            partHeaders.put("X-Experience-API-Hash", data.sha2());
            multipart.part(partHeaders, data.content());
        }
        return Response.ok(multipart.finish(), multipart.contentType());
    }

    /** The request's version; {@link XapiHttpFilter} has already refused requests without a served one. */
    private static XapiVersion version(HttpHeaders headers) {
        return XapiVersion.fromHeader(headers.getHeaderString(XapiHeaders.VERSION)).orElseThrow();
    }
}
