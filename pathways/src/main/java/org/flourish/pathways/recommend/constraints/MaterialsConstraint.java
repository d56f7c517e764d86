package org.flourish.pathways.recommend.constraints;

import org.flourish.pathways.model.ConstraintCheck;
import org.flourish.pathways.model.LearnerContext;
import org.flourish.pathways.model.Opportunity;

/** An opportunity that needs materials ({@code fl:materialsNeeded}) suits only a learner who has them. */
public final class MaterialsConstraint implements HardConstraint {

    @Override
    public String name() {
        return "materials";
    }

    @Override
    public ConstraintCheck check(Opportunity opportunity, LearnerContext learner) {
        if (!opportunity.materialsNeeded()) {
            return ConstraintCheck.fits(name(), "no materials needed");
        }
        return learner.hasMaterials()
                ? ConstraintCheck.fits(name(), "needs materials, which the learner has")
                : ConstraintCheck.violated(name(), "needs materials the learner does not have");
    }
}
