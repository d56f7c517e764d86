package org.flourish.pathways.recommend;

/**
 * How much each soft criterion counts when ranking admitted opportunities.
 *
 * @param goal              weight of serving one of the learner's goals (directly counts fully, on the way half)
 * @param balance           weight of developing a domain where the learner has mastered little so far
 * @param providerRepeat    penalty for each earlier recommendation from the same provider
 */
public record RankingWeights(double goal, double balance, double providerRepeat) {

    public static final RankingWeights DEFAULT = new RankingWeights(0.6, 0.4, 0.3);

    public RankingWeights {
        if (!(goal >= 0 && balance >= 0 && providerRepeat >= 0)
                || !Double.isFinite(goal + balance + providerRepeat)) {
            throw new IllegalArgumentException("ranking weights must be finite and >= 0");
        }
    }
}
