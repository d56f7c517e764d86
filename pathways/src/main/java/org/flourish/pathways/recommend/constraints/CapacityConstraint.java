package org.flourish.pathways.recommend.constraints;

import org.flourish.pathways.model.ConstraintCheck;
import org.flourish.pathways.model.LearnerContext;
import org.flourish.pathways.model.Opportunity;

/** A place is left: fewer learners enrolled than the opportunity's {@code fl:capacity}, if it has one. */
public final class CapacityConstraint implements HardConstraint {

    @Override
    public String name() {
        return "capacity";
    }

    @Override
    public boolean admits(Opportunity opportunity, LearnerContext learner) {
        return opportunity.capacity().isEmpty() || opportunity.capacity().getAsInt() - opportunity.enrolled() > 0;
    }

    @Override
    public ConstraintCheck check(Opportunity opportunity, LearnerContext learner) {
        if (opportunity.capacity().isEmpty()) {
            return ConstraintCheck.fits(name(), "no limit on places");
        }
        int left = opportunity.capacity().getAsInt() - opportunity.enrolled();
        return left > 0
                ? ConstraintCheck.fits(name(), left + " of " + opportunity.capacity().getAsInt() + " places left")
                : ConstraintCheck.violated(name(), "all " + opportunity.capacity().getAsInt() + " places are taken");
    }
}
