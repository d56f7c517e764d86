package org.flourish.pathways.recommend.constraints;

import java.util.Optional;

import org.flourish.pathways.model.ConstraintCheck;
import org.flourish.pathways.model.LearnerContext;
import org.flourish.pathways.model.Opportunity;

/** A rule an opportunity must satisfy for a learner, whatever its rank. */
public interface HardConstraint {

    /** A short stable name, used in explanations. */
    String name();

    ConstraintCheck check(Opportunity opportunity, LearnerContext learner);

    /**
     * Whether {@link #check} is satisfied. Ranking asks this of many opportunities and needs no reason, so a
     * constraint may answer it without building one; it must always agree with {@code check(...).satisfied()}.
     */
    default boolean admits(Opportunity opportunity, LearnerContext learner) {
        return check(opportunity, learner).satisfied();
    }

    /** Why the opportunity is excluded, or empty if it satisfies this constraint. */
    default Optional<String> violation(Opportunity opportunity, LearnerContext learner) {
        ConstraintCheck check = check(opportunity, learner);
        return check.satisfied() ? Optional.empty() : Optional.of(check.reason());
    }
}
