package org.flourish.pathways.web.view;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.flourish.pathways.model.Evidence;
import org.flourish.pathways.model.Goal;
import org.flourish.pathways.model.LearnerMastery;

/**
 * Why a child needs a mentor's attention first, as message keys: no evidence in the last 30 days, no context known
 * (so no recommendation can be checked), no recommendation that fits, or a goal not reached with no evidence
 * towards it in 30 days. More reasons first, then the longest without evidence.
 */
public record Attention(List<String> reasons, Optional<Instant> lastEvidence) {

    public static final Duration LATELY = Duration.ofDays(30);

    public static Attention of(List<Evidence> evidence, LearnerMastery mastery, boolean contextKnown,
                               boolean anyRecommendation, List<Goal> goals, Instant now) {
        List<String> reasons = new ArrayList<>();
        Optional<Instant> last = evidence.stream().map(Evidence::timestamp).max(Instant::compareTo);
        Instant lately = now.minus(LATELY);
        if (last.isEmpty() || last.get().isBefore(lately)) {
            reasons.add("attention.noEvidence");
        }
        if (!contextKnown) {
            reasons.add("attention.noContext");
        } else if (!anyRecommendation) {
            reasons.add("attention.noRecommendation");
        }
        boolean stuck = goals.stream().anyMatch(goal -> mastery.meanOf(goal.competency()) < goal.targetMastery()
                && mastery.estimateFor(goal.competency()).map(estimate -> estimate.supportingStatements().stream()
                        .noneMatch(id -> evidence.stream().anyMatch(e -> e.statementId().equals(id)
                                && e.timestamp().isAfter(lately)))).orElse(true));
        if (stuck) {
            reasons.add("attention.stuckOnGoal");
        }
        return new Attention(List.copyOf(reasons), last);
    }

    /** For sorting: more reasons first, then the oldest evidence (none at all first). */
    public static java.util.Comparator<Attention> mostUrgentFirst() {
        return java.util.Comparator.comparing((Attention a) -> -a.reasons().size())
                .thenComparing(a -> a.lastEvidence().orElse(Instant.MIN));
    }
}
