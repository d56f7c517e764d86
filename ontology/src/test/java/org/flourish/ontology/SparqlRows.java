package org.flourish.ontology;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;

/** Runs the tests' fixed SELECT queries (no bound input, so no string building) and returns one column. */
final class SparqlRows {

    static final String PREFIXES = """
            PREFIX fl: <https://w3id.org/flourish/ns#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX schema: <https://schema.org/>
            """;

    private SparqlRows() {
    }

    static List<Node> column(Graph graph, String select, String variable) {
        Query query = QueryFactory.create(PREFIXES + select);
        List<Node> values = new ArrayList<>();
        try (QueryExec exec = QueryExec.graph(graph).query(query).build()) {
            RowSet rows = exec.select();
            rows.forEachRemaining(row -> values.add(row.get(variable)));
        }
        return values;
    }

    /** The single {@code ?n} of an aggregate query such as {@code SELECT (COUNT(?x) AS ?n)}. */
    static long count(Graph graph, String select) {
        return Long.parseLong(column(graph, select, "n").get(0).getLiteralLexicalForm());
    }
}
