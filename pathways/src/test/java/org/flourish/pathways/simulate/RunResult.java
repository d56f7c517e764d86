package org.flourish.pathways.simulate;

import java.util.Map;

/**
 * What one policy achieved on one seed and condition.
 *
 * @param goalGain          mean over children of the normalised gain on their goals, (final - initial) / (1 - initial)
 * @param medianWeeksTo80   median over children of the first week with 80 % of goals at mastery 0.8 (weeks + 1 when
 *                          never: the median is then "not reached")
 * @param unmetShare        share of shown recommendations with no competency the child could learn under the true
 *                          prerequisites (every not-yet-mastered competency it develops has an unmet group)
 * @param violations        shown recommendations breaking a hard constraint, by constraint (the world's check)
 * @param breadth           share of children with gains in at least 5 of the 7 LMTF domains (what they learnt there,
 *                          before forgetting, above 0.01)
 * @param offlineGap        goal gain of online children minus offline-only children
 * @param languageGap       goal gain of majority-language children minus minority-language children
 * @param providerGini      Gini coefficient of providers' exposure (times shown)
 * @param reasonsTrue       explanation reasons checked true against the graph, of {@code reasonsChecked}
 * @param flipsChanged      decisions that changed when one stated reason was flipped, of {@code flipsTested}
 * @param auc               estimated mastery ranking children's truly mastered competencies (latent >= 0.8) above others
 * @param ece               expected calibration error of estimated mastery against latent mastery (10 bins)
 * @param curve             mean normalised goal gain after each week (index 0: before the first)
 * @param digest            a hash of everything shown and taken, to check determinism
 */
record RunResult(PolicyKind policy, long seed, String condition, double goalGain, double medianWeeksTo80,
                 double unmetShare, Map<String, Integer> violations, long shown, double breadth, double offlineGap,
                 double languageGap, double providerGini, long reasonsTrue, long reasonsChecked, long flipsChanged,
                 long flipsTested, double auc, double ece, double[] curve, long digest) {

    int totalViolations() {
        return violations.values().stream().mapToInt(Integer::intValue).sum();
    }
}
