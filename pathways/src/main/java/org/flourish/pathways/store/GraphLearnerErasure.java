package org.flourish.pathways.store;

import java.util.List;
import java.util.Set;

import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.apache.jena.vocabulary.RDF;
import org.flourish.pathways.rdf.LearnerContextReader;
import org.flourish.pathways.vocab.Engine;
import org.flourish.pathways.vocab.FL;

/**
 * Removes learners and statements from every place the store keeps them: each learner's own graph (statements,
 * stated context, goals, pins, vetoes), their mentor assignments, the links naming their keys, their node in the
 * shared learners' graph (the samples), and the given statements from whichever learner's graph keeps them and from
 * the LRS reader's position.
 */
public final class GraphLearnerErasure {

    private final RdfStore store;

    public GraphLearnerErasure(RdfStore store) {
        this.store = store;
    }

    /**
     * Erases, in one update for the learner graphs, assignments, links and statements, then in the shared learners'
     * graph. Erasing what is already gone changes nothing. Returns whether the shared learners' graph changed (what
     * was read from it must then be read again).
     */
    public boolean erase(Set<String> learnerKeys, Set<String> statementIds) {
        UpdateRequest request = new UpdateRequest();
        for (String learnerKey : learnerKeys) {
            ParameterizedSparqlString learner = SparqlFiles.update("erase-learner.ru");
            learner.setIri("graph", Graphs.ofLearner(learnerKey));
            learner.setIri("assignments", Graphs.MENTOR_ASSIGNMENTS);
            learner.setIri("links", Graphs.LEARNER_LINKS);
            learner.setLiteral("learner", learnerKey);
            UpdateFactory.parse(request, learner.toString());
        }
        for (String statementId : statementIds) {
            ParameterizedSparqlString statement = SparqlFiles.update("erase-statement.ru");
            statement.setLiteral("statementId", statementId);
            statement.setIri("reader", Graphs.LRS_READER);
            UpdateFactory.parse(request, statement.toString());
        }
        if (!request.getOperations().isEmpty()) {
            store.update(request);
        }
        return eraseSharedLearners(learnerKeys);
    }

    /**
     * The shared learners' graph is small (sample learners) and its nodes may be blank: it is read, changed and put
     * back whole. A graph left without learners keeps one note, so that the next start does not seed it again.
     */
    private boolean eraseSharedLearners(Set<String> learnerKeys) {
        Model learners = store.graph(Graphs.LEARNERS);
        List<Resource> erased = learners.listResourcesWithProperty(RDF.type, FL.Learner).toList().stream()
                .filter(learner -> LearnerContextReader.keyOf(learner).filter(learnerKeys::contains).isPresent())
                .toList();
        if (erased.isEmpty()) {
            return false;
        }
        for (Resource learner : erased) {
            for (RDFNode object : learner.listProperties().mapWith(s -> s.getObject()).toList()) {
                if (object.isAnon()) {
                    object.asResource().removeProperties();
                }
            }
            learner.removeProperties();
        }
        if (learners.isEmpty()) {
            learners.createResource(Graphs.LEARNERS).addProperty(Engine.note,
                    "every learner of this graph was erased; not seeded again");
        }
        store.put(Graphs.LEARNERS, learners);
        return true;
    }
}
