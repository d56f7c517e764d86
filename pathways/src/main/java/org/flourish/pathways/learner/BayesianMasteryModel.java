package org.flourish.pathways.learner;

import java.util.ArrayList;
import java.util.List;

import org.flourish.pathways.model.Evidence;
import org.flourish.pathways.model.EvidenceKind;
import org.flourish.pathways.model.MasteryEstimate;

/**
 * A Beta-posterior mastery model with fractional, weighted observations.
 *
 * <p>Mastery of a competency is a probability {@code p} with belief {@code Beta(a, b)}; the estimate stores the mean
 * {@code m = a / (a + b)} and the strength {@code n = a + b}, so {@code a = m n} and {@code b = (1 - m) n}.
 * One statement with outcome {@code o} in [0,1] (see {@link Outcome}) and effective weight {@code w} is a fractional
 * Bernoulli observation:
 * <pre>
 *   a' = a + w o        b' = b + w (1 - o)        n' = n + w
 *   mean' = a' / n'     uncertainty' = sqrt(mean' (1 - mean') / (n' + 1))   (the Beta standard deviation)
 * </pre>
 * The effective weight is {@code w = ruleWeight x kindFactor x items x saturation}: kind factors are 1 for
 * assessed, 0.6 for observed and 0.3 for participation evidence, because an assessment measures the competency while
 * taking part only exposes the learner to it. An assessed score that says how many items it counts (raw, min and
 * max whole numbers, see {@link Evidence#scoreItems}) is that many observations, at most {@value #MAX_ITEMS}: a test of
 * five items right four times is the Binomial likelihood of 4 in 5, and points on a long scale are seldom independent
 * items; any other statement is one. Saturation is 1, except for the k-th participation statement (k = 0, 1, ...)
 * where it is {@code 0.5^k}: repeated attendance adds at most {@code 2 x 0.3 x ruleWeight} observations in total, so
 * it can never on its own outweigh the prior or one assessment.
 *
 * <p>Counting items keeps the estimate calibrated: with one statement per test, the prior's two observations outweigh
 * a five-item test, a child scoring 4 of 5 stays at 0.6, under a usual prerequisite minimum, and estimates sit far
 * closer to 0.5 than the learners are (measured in the simulated evaluation, EVALUATION.md).
 *
 * <p>Success and high scores move the mean up, failure and low scores move it down, and every statement (success or
 * not) makes the estimate more certain. Statements that carry no outcome leave the estimate unchanged.
 */
public final class BayesianMasteryModel implements MasteryModel {

    static final double ASSESSED_FACTOR = 1.0;
    static final double OBSERVED_FACTOR = 0.6;
    static final double PARTICIPATION_FACTOR = 0.3;
    static final double PARTICIPATION_DECAY = 0.5;
    static final int MAX_ITEMS = 10;

    private final double priorMean;
    private final double priorStrength;

    /**
     * @param priorMean     the mean before any evidence, in [0,1]
     * @param priorStrength how many observations the prior is worth (> 0)
     */
    public BayesianMasteryModel(double priorMean, double priorStrength) {
        if (!(priorMean >= 0.0 && priorMean <= 1.0)) {
            throw new IllegalArgumentException("priorMean must be in [0,1]");
        }
        if (!(priorStrength > 0.0) || Double.isInfinite(priorStrength)) {
            throw new IllegalArgumentException("priorStrength must be finite and > 0");
        }
        this.priorMean = priorMean;
        this.priorStrength = priorStrength;
    }

    /** The uniform prior {@code Beta(1, 1)}: mean 0.5, worth two observations. */
    public static BayesianMasteryModel withUniformPrior() {
        return new BayesianMasteryModel(0.5, 2.0);
    }

    @Override
    public MasteryEstimate initial(String competency) {
        return new MasteryEstimate(competency, priorMean, standardDeviation(priorMean, priorStrength), priorStrength,
                0, 0, List.of());
    }

    @Override
    public MasteryEstimate update(MasteryEstimate current, Evidence evidence, EvidenceRule rule) {
        if (!rule.competency().equals(current.competency())) {
            throw new IllegalArgumentException("rule is evidence of " + rule.competency() + ", not "
                    + current.competency());
        }
        if (!rule.matches(evidence)) {
            throw new IllegalArgumentException("rule does not match statement " + evidence.statementId());
        }
        if (current.isSupportedBy(evidence.statementId())) {
            return current;
        }
        return Outcome.of(evidence, rule.kind())
                .map(outcome -> observe(current, outcome, effectiveWeight(current, rule, evidence), evidence,
                        rule.kind()))
                .orElse(current);
    }

    static double effectiveWeight(MasteryEstimate current, EvidenceRule rule, Evidence evidence) {
        return switch (rule.kind()) {
            case ASSESSED -> rule.weight() * ASSESSED_FACTOR * itemsScored(evidence);
            case OBSERVED -> rule.weight() * OBSERVED_FACTOR;
            case PARTICIPATION -> rule.weight() * PARTICIPATION_FACTOR
                    * Math.pow(PARTICIPATION_DECAY, current.participationCount());
        };
    }

    /** How many observations one assessment is: the items its score counts, when it says; else one. */
    private static int itemsScored(Evidence evidence) {
        return evidence.scoreScaled().isPresent() && evidence.scoreItems().isPresent()
                ? Math.min(MAX_ITEMS, evidence.scoreItems().getAsInt()) : 1;
    }

    private static MasteryEstimate observe(MasteryEstimate current, double outcome, double weight, Evidence evidence,
                                           EvidenceKind kind) {
        double successes = current.mean() * current.strength() + weight * outcome;
        double strength = current.strength() + weight;
        double mean = Math.min(1.0, Math.max(0.0, successes / strength));
        List<String> statements = new ArrayList<>(current.supportingStatements());
        statements.add(evidence.statementId());
        int participations = current.participationCount() + (kind == EvidenceKind.PARTICIPATION ? 1 : 0);
        return new MasteryEstimate(current.competency(), mean, standardDeviation(mean, strength), strength,
                statements.size(), participations, statements);
    }

    private static double standardDeviation(double mean, double strength) {
        return Math.sqrt(mean * (1.0 - mean) / (strength + 1.0));
    }
}
