package org.flourish.lrs.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.BufferedInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.OptionalLong;
import org.flourish.lrs.auth.Credential;
import org.flourish.lrs.boot.LrsSettings;
import org.flourish.lrs.error.InvalidRequestException;
import org.flourish.lrs.service.ExportEnd;
import org.flourish.lrs.service.ImportReport;
import org.flourish.lrs.service.StatementImport;
import org.flourish.lrs.service.StatementService;
import org.flourish.lrs.store.PageCursor;
import org.flourish.lrs.store.StatementPage;
import org.flourish.lrs.store.StatementQuery;
import org.flourish.lrs.store.StoredStatement;
import org.flourish.lrs.xapi.Jsons;
import org.flourish.lrs.xapi.XapiVersion;

/**
 * Bulk export and import of statements as NDJSON (one statement per line), so a school can move its records out of
 * and into the LRS. Export takes the filters of GET statements and streams every match; import stores each valid
 * line and reports every refused one. The export's last line states how many statements came before it
 * ({@link ExportEnd}); without it the export is incomplete. The credential's scopes apply as on the Statement resource.
 * <pre>
 * curl -u KEY:SECRET 'http://localhost:8080/bulk/statements?since=2026-01-01T00:00:00Z' &gt; record.ndjson
 * curl -u KEY:SECRET -H 'Content-Type: application/x-ndjson' --data-binary @record.ndjson http://localhost:8080/bulk/statements
 * </pre>
 */
@Path("bulk/statements")
@RequestScoped
public class BulkStatementsResource {

    static final String NDJSON = "application/x-ndjson";
    private static final int PAGE = 500;

    @Inject
    StatementService statements;

    @Inject
    LrsSettings settings;

    @Context
    HttpServletRequest request;

    @Context
    UriInfo uriInfo;

    @Context
    HttpHeaders headers;

    @GET
    public Response export() {
        Credential caller = Callers.of(request);
        OptionalLong onlyCredential = StatementService.requireRead(caller) ? OptionalLong.empty()
                : OptionalLong.of(caller.id());
        StatementQuery asked = StatementParameters.of(uriInfo.getQueryParameters()).query(onlyCredential).query();
        StatementQuery query = new StatementQuery(asked.terms(), asked.since(), asked.until(), asked.ascending(), PAGE,
                asked.onlyCredential());
        StreamingOutput lines = out -> write(query, out);
        return Response.ok(lines, NDJSON).build();
    }

    /**
     * Every page, then the end line with the count: a stream cut by a failure (the answer is already 200 by then)
     * lacks it, which is how a client tells an incomplete export.
     */
    private void write(StatementQuery query, OutputStream out) throws java.io.IOException {
        StatementPage page = statements.query(query);
        long written = 0;
        while (true) {
            for (StoredStatement statement : page.statements()) {
                out.write(statement.json().getBytes(StandardCharsets.UTF_8));
                out.write('\n');
                written++;
            }
            Optional<PageCursor> next = page.next();
            if (next.isEmpty()) {
                out.write(ExportEnd.line(written).getBytes(StandardCharsets.UTF_8));
                out.write('\n');
                return;
            }
            page = statements.query(query, next.get());
        }
    }

    @POST
    public Response importLines(InputStream body) {
        Credential caller = Callers.of(request);
        String type = Optional.ofNullable(headers.getHeaderString(HttpHeaders.CONTENT_TYPE)).orElse("")
                .split(";", 2)[0].trim();
        if (!type.equalsIgnoreCase(NDJSON)) {
            throw new InvalidRequestException("Content-Type must be " + NDJSON + " (one statement per line)");
        }
        String header = headers.getHeaderString(XapiHeaders.VERSION);
        XapiVersion version = header == null ? XapiVersion.V2_0_0 : XapiVersion.fromHeader(header)
                .orElseThrow(() -> new InvalidRequestException(XapiHeaders.VERSION + " " + header
                        + " is not served here"));
        ImportReport report = new StatementImport(statements).importLines(
                new NdjsonLines(new BufferedInputStream(body), settings.maxRequestBytes()), version, caller);
        return Response.ok(describe(report), MediaType.APPLICATION_JSON_TYPE).build();
    }

    private static JsonObject describe(ImportReport report) {
        JsonArrayBuilder errors = Jsons.createArrayBuilder();
        report.errors().forEach(e -> errors.add(Jsons.createObjectBuilder().add("line", e.line())
                .add("message", e.message())));
        return Jsons.createObjectBuilder()
                .add("lines", report.lines())
                .add("accepted", report.accepted())
                .add("refused", report.refused())
                .add("errors", errors)
                .build();
    }
}
