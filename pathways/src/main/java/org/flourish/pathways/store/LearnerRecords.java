package org.flourish.pathways.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.flourish.pathways.model.Goal;
import org.flourish.pathways.vocab.Engine;

/**
 * What the engine keeps per learner, each learner in their own named graph: the statements about them (JSON as
 * received, for provenance and to rebuild mastery), the goals mentors set, and the opportunities mentors pinned or
 * vetoed.
 */
public final class LearnerRecords {

    private static final Query LEARNER_OF_STATEMENT = SparqlFiles.parsedQuery("learner-of-statement.rq");
    private static final Query STATEMENTS = SparqlFiles.parsedQuery("learner-statements.rq");
    private static final Query RECORD_COUNTS = SparqlFiles.parsedQuery("record-counts.rq");
    private static final Query GOALS = SparqlFiles.parsedQuery("learner-goals.rq");
    private static final Query MARKS = SparqlFiles.parsedQuery("learner-marks.rq");

    private final RdfStore store;

    public LearnerRecords(RdfStore store) {
        this.store = store;
    }

    /** Keeps a statement about the learner; a statement already kept (same id) is not kept twice. */
    public boolean keep(String learnerKey, UUID statementId, Instant stored, String json) {
        if (learnerOf(statementId).isPresent()) {
            return false;
        }
        ParameterizedSparqlString update = SparqlFiles.update("keep-statement.ru");
        update.setIri("graph", Graphs.ofLearner(learnerKey));
        update.setIri("statement", "urn:uuid:" + statementId);
        update.setLiteral("statementId", statementId.toString());
        update.setLiteral("stored", stored.toString(), XSDDatatype.XSDdateTime);
        update.setLiteral("json", json);
        store.update(update);
        return true;
    }

    /** Forgets a statement (it was voided); returns the key of the learner it was about, if it was kept. */
    public Optional<String> forget(UUID statementId) {
        Optional<String> graph = learnerOf(statementId);
        graph.ifPresent(iri -> {
            ParameterizedSparqlString update = SparqlFiles.update("forget-statement.ru");
            update.setIri("graph", iri);
            update.setLiteral("statementId", statementId.toString());
            store.update(update);
        });
        return graph.flatMap(Graphs::learnerKeyOf);
    }

    private Optional<String> learnerOf(UUID statementId) {
        List<String> graphs = new ArrayList<>();
        store.select(LEARNER_OF_STATEMENT, Map.of("statementId",
                ResourceFactory.createStringLiteral(statementId.toString())), row -> graphs.add(row.getResource("graph").getURI()));
        return graphs.stream().findFirst();
    }

    /** The statements kept about the learner, as JSON text, oldest stored first. */
    public List<String> statements(String learnerKey) {
        List<String> statements = new ArrayList<>();
        store.select(STATEMENTS, graphOf(learnerKey), row -> statements.add(row.getLiteral("json").getString()));
        return statements;
    }

    private static Map<String, RDFNode> graphOf(String learnerKey) {
        return Map.of("graph", ResourceFactory.createResource(Graphs.ofLearner(learnerKey)));
    }

    /** Totals across learners, never any one learner's data: what a coordinator may see. */
    public RecordCounts counts() {
        long[] counts = new long[2];
        store.select(RECORD_COUNTS, Map.of(), row -> {
            counts[0] = row.getLiteral("learners").getLong();
            counts[1] = row.getLiteral("statements").getLong();
        });
        return new RecordCounts(counts[0], counts[1]);
    }

    /** How many learners have statements kept, and how many statements are kept in all. */
    public record RecordCounts(long learners, long statements) {
    }

    public void replaceGoals(String learnerKey, List<Goal> goals) {
        String graph = Graphs.ofLearner(learnerKey);
        ParameterizedSparqlString clear = SparqlFiles.update("set-goals.ru");
        clear.setIri("graph", graph);
        store.update(clear);
        for (Goal goal : goals) {
            ParameterizedSparqlString add = SparqlFiles.update("add-goal.ru");
            add.setIri("graph", graph);
            add.setIri("goal", "urn:uuid:" + UUID.randomUUID());
            add.setIri("competency", goal.competency());
            add.setLiteral("target", goal.targetMastery());
            store.update(add);
        }
    }

    /** Goals set through the API; empty when none was ever set (the learner's own context then applies). */
    public List<Goal> goals(String learnerKey) {
        List<Goal> goals = new ArrayList<>();
        store.select(GOALS, graphOf(learnerKey), row -> goals.add(new Goal(row.getResource("competency").getURI(),
                row.contains("target") ? row.getLiteral("target").getDouble() : Goal.DEFAULT_TARGET)));
        return goals;
    }

    public void pin(String learnerKey, String opportunity) {
        mark(learnerKey, Engine.pinned, opportunity);
    }

    public void veto(String learnerKey, String opportunity) {
        mark(learnerKey, Engine.vetoed, opportunity);
    }

    public List<String> pinned(String learnerKey) {
        return marked(learnerKey, Engine.pinned);
    }

    public List<String> vetoed(String learnerKey) {
        return marked(learnerKey, Engine.vetoed);
    }

    private void mark(String learnerKey, Property mark, String opportunity) {
        ParameterizedSparqlString update = SparqlFiles.update("mark-opportunity.ru");
        update.setIri("graph", Graphs.ofLearner(learnerKey));
        update.setIri("mark", mark.getURI());
        update.setIri("opportunity", opportunity);
        store.update(update);
    }

    private List<String> marked(String learnerKey, Property mark) {
        List<String> opportunities = new ArrayList<>();
        store.select(MARKS, Map.of("graph", ResourceFactory.createResource(Graphs.ofLearner(learnerKey)),
                "mark", mark), row -> opportunities.add(row.getResource("opportunity").getURI()));
        return opportunities;
    }
}
