package org.flourish.pathways.learner;

import java.util.Objects;
import java.util.Optional;

import org.flourish.pathways.model.EvidenceKind;
import org.flourish.pathways.model.Evidence;

/**
 * An {@code fl:EvidenceRule}: statements with this verb about this activity (or any activity of this type) are
 * evidence of this competency, with this weight and kind.
 *
 * @param verb         verb IRI ({@code fl:verb})
 * @param activity     activity IRI ({@code fl:activity}); exactly one of activity and activityType is present
 * @param activityType activity type IRI ({@code fl:activityType})
 * @param competency   competency IRI ({@code fl:evidenceOf})
 * @param weight       how much one such statement counts, relative to one assessment ({@code fl:weight}, > 0)
 * @param kind         {@code fl:evidenceKind}
 */
public record EvidenceRule(String verb, Optional<String> activity, Optional<String> activityType, String competency,
                           double weight, EvidenceKind kind) {

    public EvidenceRule {
        Objects.requireNonNull(verb, "verb");
        Objects.requireNonNull(activity, "activity");
        Objects.requireNonNull(activityType, "activityType");
        if (activity.isPresent() == activityType.isPresent()) {
            throw new IllegalArgumentException("an evidence rule names either an activity or an activity type");
        }
        Objects.requireNonNull(competency, "competency");
        if (!(weight > 0.0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException("weight must be finite and > 0, was " + weight);
        }
        Objects.requireNonNull(kind, "kind");
    }

    public static EvidenceRule forActivity(String verb, String activity, String competency, double weight,
                                           EvidenceKind kind) {
        return new EvidenceRule(verb, Optional.of(activity), Optional.empty(), competency, weight, kind);
    }

    public static EvidenceRule forActivityType(String verb, String activityType, String competency, double weight,
                                               EvidenceKind kind) {
        return new EvidenceRule(verb, Optional.empty(), Optional.of(activityType), competency, weight, kind);
    }

    public boolean matches(Evidence evidence) {
        return verb.equals(evidence.verb())
                && activity.map(evidence.activityId()::equals)
                        .orElseGet(() -> activityType.equals(evidence.activityType()));
    }
}
