package org.flourish.pathways.store;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;

import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ResourceFactory;
import org.flourish.pathways.rdf.LearnerContextReader;
import org.flourish.pathways.vocab.FL;

/**
 * Which learners the engine knows (those with statements kept, those of the shared learners' graph, those assigned a
 * mentor) and what they are called: the name a mentor or coordinator gave (kept in the learner's own graph, so it
 * goes where the learner's data goes), else the name the shared graph states, else the agent name of the newest
 * statement kept about them.
 */
public final class LearnerDirectory {

    private static final Query LEARNER_GRAPHS = SparqlFiles.parsedQuery("learner-graphs.rq");
    private static final Query ASSIGNMENTS = SparqlFiles.parsedQuery("all-assignments.rq");
    private static final Query LINKS = SparqlFiles.parsedQuery("all-links.rq");
    private static final Query NEWEST = SparqlFiles.parsedQuery("newest-statements.rq");
    private static final Query GIVEN_NAME = SparqlFiles.parsedQuery("given-name.rq");
    private static final String SCHEMA_NAME = FL.SCHEMA_NS + "name";

    private final RdfStore store;

    public LearnerDirectory(RdfStore store) {
        this.store = store;
    }

    /** Learner keys with the number of statements kept under each. */
    public Map<String, Long> keysWithStatements() {
        Map<String, Long> keys = new HashMap<>();
        store.select(LEARNER_GRAPHS, Map.of(), row -> Graphs.learnerKeyOf(row.getResource("graph").getURI())
                .ifPresent(key -> keys.put(key, row.getLiteral("statements").getLong())));
        return keys;
    }

    /** Learner keys and the names the shared learners' graph gives them (the samples). */
    public Map<String, String> sharedNames() {
        Model learners = store.graph(Graphs.LEARNERS);
        Map<String, String> names = new HashMap<>();
        learners.listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type, FL.Learner).forEach(node ->
                LearnerContextReader.keyOf(node).ifPresent(key -> names.put(key,
                        Optional.ofNullable(node.getProperty(learners.createProperty(SCHEMA_NAME)))
                                .map(statement -> statement.getString()).orElse(""))));
        return names;
    }

    /** Each learner key a mentor is assigned to, with the mentors' names, sorted. */
    public Map<String, TreeSet<String>> mentorsByLearner() {
        Map<String, TreeSet<String>> mentors = new HashMap<>();
        store.select(ASSIGNMENTS, Map.of("graph", ResourceFactory.createResource(Graphs.MENTOR_ASSIGNMENTS)),
                row -> mentors.computeIfAbsent(row.getLiteral("learner").getString(), key -> new TreeSet<>())
                        .add(row.getLiteral("mentor").getString()));
        return mentors;
    }

    /** Each alias key with its canonical key. */
    public Map<String, String> canonicalByAlias() {
        Map<String, String> links = new HashMap<>();
        store.select(LINKS, Map.of("graph", ResourceFactory.createResource(Graphs.LEARNER_LINKS)),
                row -> links.put(row.getLiteral("alias").getString(), row.getLiteral("canonical").getString()));
        return links;
    }

    public Optional<String> givenName(String learnerKey) {
        List<String> names = new ArrayList<>();
        store.select(GIVEN_NAME, Map.of("graph", ResourceFactory.createResource(Graphs.ofLearner(learnerKey))),
                row -> names.add(row.getLiteral("name").getString()));
        return names.stream().findFirst();
    }

    public void giveName(String learnerKey, String name) {
        ParameterizedSparqlString update = SparqlFiles.update("give-name.ru");
        update.setIri("graph", Graphs.ofLearner(learnerKey));
        update.setLiteral("name", name);
        store.update(update);
    }

    /** The agent name of the newest statement kept under the key that has one (looking at the last ten). */
    public Optional<String> nameInRecords(String learnerKey) {
        Query newest = NEWEST.cloneQuery();
        newest.setLimit(10);
        List<String> names = new ArrayList<>();
        store.select(newest, Map.of("graph", ResourceFactory.createResource(Graphs.ofLearner(learnerKey))),
                row -> actorName(row.getLiteral("json").getString()).ifPresent(names::add));
        return names.stream().findFirst();
    }

    private static Optional<String> actorName(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            JsonObject statement = reader.readObject();
            return statement.get("actor") instanceof JsonObject actor && actor.get("name") instanceof JsonString name
                    && !name.getString().isBlank() ? Optional.of(name.getString().strip()) : Optional.empty();
        } catch (RuntimeException malformed) {
            return Optional.empty();
        }
    }
}
