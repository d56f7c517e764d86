package org.flourish.pathways.store;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.jena.query.ParameterizedSparqlString;
import org.flourish.pathways.access.MentorAssignments;

/**
 * Assignments of mentors to learners, in their own named graph ({@link Graphs#MENTOR_ASSIGNMENTS}), which the
 * read-only SPARQL endpoint never reads. Each assignment is one node naming the mentor and the learner key.
 */
public final class GraphMentorAssignments implements MentorAssignments {

    private final RdfStore store;

    public GraphMentorAssignments(RdfStore store) {
        this.store = store;
    }

    @Override
    public void assign(String mentor, String learnerKey) {
        ParameterizedSparqlString update = bound(SparqlFiles.update("assign-mentor.ru"), mentor, learnerKey);
        update.setIri("assignment", "urn:uuid:" + UUID.randomUUID());
        store.update(update);
    }

    @Override
    public void unassign(String mentor, String learnerKey) {
        store.update(bound(SparqlFiles.update("unassign-mentor.ru"), mentor, learnerKey));
    }

    @Override
    public boolean isAssigned(String mentor, String learnerKey) {
        return store.ask(bound(SparqlFiles.query("is-assigned.rq"), mentor, learnerKey));
    }

    @Override
    public List<String> mentorsOf(String learnerKey) {
        ParameterizedSparqlString query = SparqlFiles.query("mentors-of-learner.rq");
        query.setIri("graph", Graphs.MENTOR_ASSIGNMENTS);
        query.setLiteral("learner", learnerKey);
        List<String> mentors = new ArrayList<>();
        store.select(query, row -> mentors.add(row.getLiteral("mentor").getString()));
        return mentors;
    }

    private static ParameterizedSparqlString bound(ParameterizedSparqlString sparql, String mentor,
                                                   String learnerKey) {
        sparql.setIri("graph", Graphs.MENTOR_ASSIGNMENTS);
        sparql.setLiteral("mentor", mentor);
        sparql.setLiteral("learner", learnerKey);
        return sparql;
    }
}
