package org.flourish.pathways.recommend.constraints;

import org.flourish.pathways.model.ConstraintCheck;
import org.flourish.pathways.model.LearnerContext;
import org.flourish.pathways.model.Opportunity;

/** The learner's age is within the opportunity's {@code fl:minAge} and {@code fl:maxAge}, both inclusive. */
public final class AgeConstraint implements HardConstraint {

    @Override
    public String name() {
        return "age";
    }

    @Override
    public boolean admits(Opportunity opportunity, LearnerContext learner) {
        int age = learner.age();
        return !(opportunity.minAge().isPresent() && age < opportunity.minAge().getAsInt())
                && !(opportunity.maxAge().isPresent() && age > opportunity.maxAge().getAsInt());
    }

    @Override
    public ConstraintCheck check(Opportunity opportunity, LearnerContext learner) {
        int age = learner.age();
        if (opportunity.minAge().isPresent() && age < opportunity.minAge().getAsInt()) {
            return ConstraintCheck.violated(name(), "learner is " + age + ", below the minimum age of "
                    + opportunity.minAge().getAsInt());
        }
        if (opportunity.maxAge().isPresent() && age > opportunity.maxAge().getAsInt()) {
            return ConstraintCheck.violated(name(), "learner is " + age + ", above the maximum age of "
                    + opportunity.maxAge().getAsInt());
        }
        return ConstraintCheck.fits(name(), "learner's age " + age + " is admitted");
    }
}
