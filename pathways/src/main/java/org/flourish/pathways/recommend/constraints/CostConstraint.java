package org.flourish.pathways.recommend.constraints;

import org.flourish.pathways.model.ConstraintCheck;
import org.flourish.pathways.model.LearnerContext;
import org.flourish.pathways.model.Opportunity;

/** The opportunity's monthly cost ({@code fl:costPerMonth}) is at most what the learner can pay. */
public final class CostConstraint implements HardConstraint {

    @Override
    public String name() {
        return "cost";
    }

    @Override
    public boolean admits(Opportunity opportunity, LearnerContext learner) {
        return opportunity.costPerMonth().signum() == 0
                || opportunity.costPerMonth().compareTo(learner.maxCostPerMonth()) <= 0;
    }

    @Override
    public ConstraintCheck check(Opportunity opportunity, LearnerContext learner) {
        if (opportunity.costPerMonth().signum() == 0) {
            return ConstraintCheck.fits(name(), "free");
        }
        String cost = "costs " + opportunity.costPerMonth().toPlainString() + " per month";
        return opportunity.costPerMonth().compareTo(learner.maxCostPerMonth()) <= 0
                ? ConstraintCheck.fits(name(), cost + ", within " + learner.maxCostPerMonth().toPlainString())
                : ConstraintCheck.violated(name(), cost + ", more than " + learner.maxCostPerMonth().toPlainString());
    }
}
