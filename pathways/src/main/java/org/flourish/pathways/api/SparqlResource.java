package org.flourish.pathways.api;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.Syntax;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.flourish.pathways.boot.SharedKnowledgeHolder;

/**
 * Read-only SPARQL over the ontology, framework, catalogue and evidence rules: the query runs on an in-memory copy
 * of those graphs only, so no query can reach learner data; updates do not parse as queries; SERVICE is disabled;
 * each query has 10 s.
 * <pre>
 * curl -u coordinator:secret --get --data-urlencode 'query=SELECT (COUNT(*) AS ?n) { ?o a &lt;https://w3id.org/flourish/ns#LearningOpportunity&gt; }' \
 *      http://localhost:8080/pathways/api/sparql
 * </pre>
 */
@Path("sparql")
@RequestScoped
@Tag(name = "sparql")
public class SparqlResource {

    private static final String SPARQL_JSON = "application/sparql-results+json";
    private static final String TURTLE = "text/turtle";

    @Inject
    SharedKnowledgeHolder knowledge;

    @Context
    SecurityContext security;

    @GET
    @Operation(summary = "SELECT/ASK answer SPARQL JSON results, CONSTRUCT/DESCRIBE Turtle")
    public Response query(@QueryParam("query") String text) {
        Callers.of(security);
        if (text == null || text.isBlank()) {
            throw new BadRequestException("the query parameter is required");
        }
        Query query = QueryFactory.create(text, Syntax.syntaxSPARQL_11);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (QueryExecution execution = QueryExecution.model(knowledge.current().ontologyAndCatalogue())
                .query(query).set(ARQ.httpServiceAllowed, false).timeout(10, TimeUnit.SECONDS).build()) {
            if (query.isSelectType()) {
                ResultSetFormatter.outputAsJSON(out, execution.execSelect());
                return answer(out, SPARQL_JSON);
            }
            if (query.isAskType()) {
                ResultSetFormatter.outputAsJSON(out, execution.execAsk());
                return answer(out, SPARQL_JSON);
            }
            RDFDataMgr.write(out, query.isConstructType() ? execution.execConstruct() : execution.execDescribe(),
                    Lang.TURTLE);
            return answer(out, TURTLE);
        }
    }

    private static Response answer(ByteArrayOutputStream out, String type) {
        return Response.ok(out.toString(StandardCharsets.UTF_8), type + "; charset=UTF-8").build();
    }
}
