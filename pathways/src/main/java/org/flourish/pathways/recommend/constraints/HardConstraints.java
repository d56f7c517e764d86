package org.flourish.pathways.recommend.constraints;

import java.util.List;

import org.flourish.pathways.model.ConstraintCheck;
import org.flourish.pathways.model.LearnerContext;
import org.flourish.pathways.model.Opportunity;

/** A set of hard constraints applied together; {@link #standard()} is every constraint of this package. */
public record HardConstraints(List<HardConstraint> constraints) {

    public HardConstraints {
        constraints = List.copyOf(constraints);
    }

    public static HardConstraints standard() {
        return new HardConstraints(List.of(new LanguageConstraint(), new AgeConstraint(), new ModalityConstraint(),
                new DistanceConstraint(), new CostConstraint(), new ScheduleConstraint(), new MaterialsConstraint(),
                new AccessibilityConstraint(), new CapacityConstraint()));
    }

    /** The outcome of every constraint, in order, so a caller can explain a fit or a rejection in full. */
    public List<ConstraintCheck> check(Opportunity opportunity, LearnerContext learner) {
        return constraints.stream().map(constraint -> constraint.check(opportunity, learner)).toList();
    }

    public boolean admit(Opportunity opportunity, LearnerContext learner) {
        for (HardConstraint constraint : constraints) {
            if (!constraint.admits(opportunity, learner)) {
                return false;
            }
        }
        return true;
    }
}
