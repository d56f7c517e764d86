package org.flourish.pathways.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Why an opportunity is recommended, in parts a user interface can show one by one. Every part that speaks of the
 * learner's mastery carries it as a {@link MasteryClaim}: the mean, its uncertainty and the statements behind it.
 *
 * @param ready                   competencies the opportunity develops that are on the learner's ready-to-learn
 *                                frontier, with what is known of the learner's mastery of each
 * @param prerequisitesMet        prerequisites of those competencies the learner holds, and the statements showing it
 * @param goalsServed             the learner's goals it develops directly or leads towards
 * @param balance                 the holistic domain of its most under-served ready competency, when it has one
 * @param earlierFromSameProvider how many recommendations above it come from the same provider (each lowers its rank)
 * @param constraintChecks        why it fits each hard constraint
 * @param pinnedByMentor          a mentor pinned it: it is shown first while it fits, whatever its rank
 */
public record Explanation(List<MasteryClaim> ready, List<MasteryClaim> prerequisitesMet, List<GoalServed> goalsServed,
                          Optional<DomainShare> balance, int earlierFromSameProvider,
                          List<ConstraintCheck> constraintChecks, boolean pinnedByMentor) {

    /** The explanation of a recommendation ranked on its merits, not pinned. */
    public Explanation(List<MasteryClaim> ready, List<MasteryClaim> prerequisitesMet, List<GoalServed> goalsServed,
                       Optional<DomainShare> balance, int earlierFromSameProvider,
                       List<ConstraintCheck> constraintChecks) {
        this(ready, prerequisitesMet, goalsServed, balance, earlierFromSameProvider, constraintChecks, false);
    }

    /** The same explanation, for an opportunity a mentor pinned. */
    public Explanation pinned() {
        return new Explanation(ready, prerequisitesMet, goalsServed, balance, earlierFromSameProvider,
                constraintChecks, true);
    }

    public Explanation {
        ready = List.copyOf(ready);
        prerequisitesMet = List.copyOf(prerequisitesMet);
        goalsServed = List.copyOf(goalsServed);
        Objects.requireNonNull(balance, "balance");
        if (earlierFromSameProvider < 0) {
            throw new IllegalArgumentException("earlierFromSameProvider must be >= 0");
        }
        constraintChecks = List.copyOf(constraintChecks);
    }

    /** The IRIs of the ready competencies. */
    public List<String> readyCompetencies() {
        return ready.stream().map(MasteryClaim::competency).toList();
    }

    /** The IRIs of the goals served. */
    public List<String> goalCompetencies() {
        return goalsServed.stream().map(goal -> goal.mastery().competency()).toList();
    }

    /** Every statement the explanation cites, each once, in the order the parts cite them. */
    public List<String> citedStatements() {
        List<String> cited = new ArrayList<>();
        List<MasteryClaim> claims = new ArrayList<>(ready);
        claims.addAll(prerequisitesMet);
        goalsServed.forEach(goal -> claims.add(goal.mastery()));
        balance.ifPresent(share -> claims.addAll(share.assessed()));
        claims.forEach(claim -> claim.supportingStatements().stream().filter(id -> !cited.contains(id))
                .forEach(cited::add));
        return List.copyOf(cited);
    }

    /** A goal the opportunity serves: {@code direct} when it develops the goal itself, else it leads towards it. */
    public record GoalServed(MasteryClaim mastery, boolean direct) {

        public GoalServed {
            Objects.requireNonNull(mastery, "mastery");
        }
    }

    /**
     * How much the learner has done in a holistic domain: {@code evidence} pieces of evidence on its competencies (one
     * per statement and competency), against {@code evidenceMostActive} in the learner's most active domain, which is
     * what ranks it; and {@code mastered} of its {@code competencies}, out of {@code masteredOverall} across all
     * domains. {@code assessed} is every competency of the domain with evidence, mastered or not, which the counts
     * rest on.
     */
    public record DomainShare(String domain, int competencies, long mastered, long masteredOverall,
                              List<MasteryClaim> assessed, long evidence, long evidenceMostActive) {

        public DomainShare {
            Require.text(domain, "domain");
            if (competencies < 0 || mastered < 0 || mastered > masteredOverall) {
                throw new IllegalArgumentException("need 0 <= mastered <= masteredOverall");
            }
            if (evidence < 0 || evidence > evidenceMostActive) {
                throw new IllegalArgumentException("need 0 <= evidence <= evidenceMostActive");
            }
            assessed = List.copyOf(assessed);
        }
    }
}
