package org.flourish.pathways.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.rdf.model.ResourceFactory;
import org.flourish.pathways.access.LearnerLinks;

/**
 * Links between learner keys, in their own named graph ({@link Graphs#LEARNER_LINKS}), which the read-only SPARQL
 * endpoint never reads. Each link is one node naming the alias and the canonical key.
 */
public final class GraphLearnerLinks implements LearnerLinks {

    private static final Query CANONICALS = SparqlFiles.parsedQuery("canonical-of-learner.rq");
    private static final Query ALIASES = SparqlFiles.parsedQuery("aliases-of-learner.rq");

    private final RdfStore store;

    public GraphLearnerLinks(RdfStore store) {
        this.store = store;
    }

    @Override
    public void link(String alias, String canonical) {
        ParameterizedSparqlString update = bound(SparqlFiles.update("link-learner.ru"), alias, canonical);
        update.setIri("link", "urn:uuid:" + UUID.randomUUID());
        store.update(update);
    }

    @Override
    public void unlink(String alias, String canonical) {
        store.update(bound(SparqlFiles.update("unlink-learner.ru"), alias, canonical));
    }

    @Override
    public List<String> canonicalsOf(String alias) {
        List<String> canonicals = new ArrayList<>();
        store.select(CANONICALS, Map.of("graph", ResourceFactory.createResource(Graphs.LEARNER_LINKS),
                "alias", ResourceFactory.createStringLiteral(alias)),
                row -> canonicals.add(row.getLiteral("canonical").getString()));
        return canonicals;
    }

    @Override
    public List<String> aliasesOf(String canonical) {
        List<String> aliases = new ArrayList<>();
        store.select(ALIASES, Map.of("graph", ResourceFactory.createResource(Graphs.LEARNER_LINKS),
                "canonical", ResourceFactory.createStringLiteral(canonical)),
                row -> aliases.add(row.getLiteral("alias").getString()));
        return aliases;
    }

    private static ParameterizedSparqlString bound(ParameterizedSparqlString sparql, String alias, String canonical) {
        sparql.setIri("graph", Graphs.LEARNER_LINKS);
        sparql.setLiteral("alias", alias);
        sparql.setLiteral("canonical", canonical);
        return sparql;
    }
}
