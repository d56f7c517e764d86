package org.flourish.pathways.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.flourish.pathways.model.Evidence;
import org.flourish.pathways.model.LearnerMastery;
import org.flourish.pathways.model.MasteryEstimate;

/** Shared test data: fixture files and small builders for evidence and mastery. */
public final class Fixtures {

    public static final String EX = "https://example.org/literacy#";
    public static final String LEARNER = "mailto:amina@example.org";
    public static final String COMPLETED = "http://adlnet.gov/expapi/verbs/completed";
    public static final String ATTENDED = "http://adlnet.gov/expapi/verbs/attended";
    public static final String QUIZ = "https://example.org/activities/letters-quiz";
    public static final String RADIO_LESSON = "https://example.org/activities/radio-lesson-3";

    private Fixtures() {
    }

    public static Model literacyFramework() {
        return turtle("literacy-framework.ttl");
    }

    public static Model thiesCatalogue() {
        return turtle("thies-catalogue.ttl");
    }

    private static Model turtle(String fixture) {
        Model model = ModelFactory.createDefaultModel();
        try (InputStream in = Fixtures.class.getResourceAsStream("/org/flourish/pathways/" + fixture)) {
            RDFParser.source(in).lang(Lang.TURTLE).parse(model);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return model;
    }

    public static String ex(String localName) {
        return EX + localName;
    }

    public static Evidence scored(String statementId, String verb, String activity, double scaled) {
        return new Evidence(LEARNER, statementId, verb, activity, Optional.empty(), OptionalDouble.of(scaled),
                Optional.empty(), Optional.empty(), Instant.parse("2026-03-01T09:00:00Z"), "school-a");
    }

    public static Evidence succeeded(String statementId, String verb, String activity, boolean success) {
        return new Evidence(LEARNER, statementId, verb, activity, Optional.empty(), OptionalDouble.empty(),
                Optional.of(success), Optional.empty(), Instant.parse("2026-03-01T09:00:00Z"), "school-a");
    }

    public static Evidence withoutResult(String statementId, String verb, String activity) {
        return new Evidence(LEARNER, statementId, verb, activity, Optional.empty(), OptionalDouble.empty(),
                Optional.empty(), Optional.empty(), Instant.parse("2026-03-01T09:00:00Z"), "radio-ngo");
    }

    /** A learner whose competencies (local names under {@link #EX}) have the given means. */
    public static LearnerMastery masteryOf(Map<String, Double> meansByLocalName) {
        LearnerMastery mastery = LearnerMastery.empty(LEARNER);
        int statement = 0;
        for (Map.Entry<String, Double> entry : meansByLocalName.entrySet()) {
            mastery = mastery.with(estimate(ex(entry.getKey()), entry.getValue(), "stmt-" + statement++));
        }
        return mastery;
    }

    public static MasteryEstimate estimate(String competency, double mean, String statementId) {
        return new MasteryEstimate(competency, mean, 0.1, 5.0, 1, 0, List.of(statementId));
    }
}
