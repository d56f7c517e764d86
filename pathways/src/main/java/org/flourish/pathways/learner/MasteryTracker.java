package org.flourish.pathways.learner;

import java.util.Comparator;
import java.util.List;

import org.flourish.pathways.model.Evidence;
import org.flourish.pathways.model.LearnerMastery;
import org.flourish.pathways.model.MasteryEstimate;

/**
 * Applies a learner's statements to their mastery: each statement updates every competency whose evidence rule
 * matches it. Statements that no rule matches are ignored.
 */
public final class MasteryTracker {

    private static final Comparator<Evidence> CHRONOLOGICAL =
            Comparator.comparing(Evidence::timestamp).thenComparing(Evidence::statementId);

    private final MasteryModel model;
    private final MatchingRules rules;

    public MasteryTracker(MasteryModel model, List<EvidenceRule> rules) {
        this.model = model;
        this.rules = new MatchingRules(rules);
    }

    public LearnerMastery apply(LearnerMastery mastery, Evidence evidence) {
        if (!mastery.learnerKey().equals(evidence.learnerKey())) {
            throw new IllegalArgumentException("statement " + evidence.statementId() + " is about another learner");
        }
        LearnerMastery updated = mastery;
        for (EvidenceRule rule : rules.matching(evidence)) {
            updated = applyRule(updated, evidence, rule);
        }
        return updated;
    }

    /** Applies statements in timestamp order (then by id), so the result does not depend on arrival order. */
    public LearnerMastery applyAll(LearnerMastery mastery, List<Evidence> evidence) {
        LearnerMastery updated = mastery;
        for (Evidence statement : evidence.stream().sorted(CHRONOLOGICAL).toList()) {
            updated = apply(updated, statement);
        }
        return updated;
    }

    private LearnerMastery applyRule(LearnerMastery mastery, Evidence evidence, EvidenceRule rule) {
        MasteryEstimate current = mastery.estimateFor(rule.competency())
                .orElseGet(() -> model.initial(rule.competency()));
        MasteryEstimate next = model.update(current, evidence, rule);
        return next.equals(current) ? mastery : mastery.with(next);
    }
}
