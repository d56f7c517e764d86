package org.flourish.pathways.service;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.flourish.pathways.explain.Named;

/**
 * A learner's pathway as a mentor sees it: mastery by domain and competency, what the learner is ready to learn
 * next (the frontier), and the timeline of their experiences across providers, newest first. Labels are in the
 * reader's language where the data has one.
 */
public record LearnerPathway(String learnerKey, List<DomainMastery> domains, List<Named> frontier,
                             List<Experience> timeline) {

    public LearnerPathway {
        domains = List.copyOf(domains);
        frontier = List.copyOf(frontier);
        timeline = List.copyOf(timeline);
    }

    public record DomainMastery(String domain, String label, List<CompetencyMastery> competencies) {
        public DomainMastery {
            competencies = List.copyOf(competencies);
        }
    }

    /** One estimate, with the statements behind it (its provenance). */
    public record CompetencyMastery(String competency, String label, double mean, double uncertainty,
                                    int evidenceCount, List<String> supportingStatements) {
        public CompetencyMastery {
            supportingStatements = List.copyOf(supportingStatements);
        }
    }

    /**
     * One statement about the learner, and the competencies whose estimates it moved; who offered it (the catalogue's
     * provider, else who recorded it) and who recorded it (the statement's authority), by name.
     */
    public record Experience(String statementId, Instant timestamp, String verb, String activityId,
                             Optional<String> opportunity, Optional<String> title, Named provider, Named recordedBy,
                             OptionalDouble scoreScaled, Optional<Boolean> success, List<String> evidenceOf) {
        public Experience {
            evidenceOf = List.copyOf(evidenceOf);
        }
    }
}
