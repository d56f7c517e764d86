package org.flourish.pathways.store;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Names of the engine's named graphs. Learner data lives only in learner graphs, never in the shared ones. */
public final class Graphs {

    public static final String BASE = "urn:flourish:graph:";
    public static final String ONTOLOGY = BASE + "ontology";
    public static final String SHAPES = BASE + "shapes";
    public static final String FRAMEWORK = BASE + "framework";
    public static final String CATALOGUE = BASE + "catalogue";
    public static final String EVIDENCE_RULES = BASE + "evidence-rules";
    public static final String LEARNERS = BASE + "learners";
    public static final String LRS_READER = BASE + "lrs-reader";
    /** Where the engine is in the LRS's erasure feed. */
    public static final String ERASURE_READER = BASE + "erasure-reader";
    /** Which mentor is assigned to which learner: access data, never exposed by the SPARQL endpoint. */
    public static final String MENTOR_ASSIGNMENTS = BASE + "mentor-assignments";
    /** Which learner keys are aliases of which canonical key: identity data, never exposed by the SPARQL endpoint. */
    public static final String LEARNER_LINKS = BASE + "learner-links";

    /**
     * Which named graph holds each shared graph a coordinator replaced ({@code eng:storedIn}); a shared graph absent
     * from it is held under its own name (as seeded).
     */
    public static final String SHARED_VERSIONS = BASE + "shared-versions";

    /** People's accounts (user name, role, password hash): never exposed by the SPARQL endpoint. */
    public static final String ACCOUNTS = BASE + "accounts";
    /** Who viewed which learner's data, and when: never exposed by the SPARQL endpoint. */
    public static final String AUDIT = BASE + "audit";

    /** Prefix of every learner graph; what follows is the learner's key, percent-encoded. */
    public static final String LEARNER_PREFIX = BASE + "learner:";

    private Graphs() {
    }

    public static String ofLearner(String learnerKey) {
        return LEARNER_PREFIX + URLEncoder.encode(learnerKey, StandardCharsets.UTF_8);
    }

    /** The node of the context stated for a learner, inside the learner's graph. */
    public static String contextOf(String learnerKey) {
        return ofLearner(learnerKey) + "#context";
    }

    /** The learner key a learner graph is named after. */
    public static Optional<String> learnerKeyOf(String graph) {
        return graph.startsWith(LEARNER_PREFIX)
                ? Optional.of(URLDecoder.decode(graph.substring(LEARNER_PREFIX.length()), StandardCharsets.UTF_8))
                : Optional.empty();
    }
}
