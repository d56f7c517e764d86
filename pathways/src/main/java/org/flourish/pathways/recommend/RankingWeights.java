package org.flourish.pathways.recommend;

/**
 * How much each soft criterion counts when ranking admitted opportunities.
 *
 * @param goal              weight of serving one of the learner's goals (directly counts fully, on the way less)
 * @param balance           weight of developing a domain where the learner has mastered little so far
 * @param providerRepeat    penalty for each earlier recommendation from the same provider
 * @param stepDecay         in [0,1]: a prerequisite a goal requires counts half of the goal, and each step further
 *                          from the goal multiplies that by this (1: everything on the way counts the same)
 */
public record RankingWeights(double goal, double balance, double providerRepeat, double stepDecay) {

    public static final RankingWeights DEFAULT = new RankingWeights(0.6, 0.4, 0.3, 0.5);

    public RankingWeights {
        if (!(goal >= 0 && balance >= 0 && providerRepeat >= 0)
                || !Double.isFinite(goal + balance + providerRepeat)) {
            throw new IllegalArgumentException("ranking weights must be finite and >= 0");
        }
        if (!(stepDecay >= 0 && stepDecay <= 1)) {
            throw new IllegalArgumentException("stepDecay must be in [0,1], was " + stepDecay);
        }
    }
}
