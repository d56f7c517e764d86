package org.flourish.pathways.recommend.constraints;

import java.util.Locale;

import org.flourish.pathways.model.ConstraintCheck;
import org.flourish.pathways.model.LearnerContext;
import org.flourish.pathways.model.Opportunity;

/**
 * The opportunity reaches the learner the way they can be reached: a learner without internet gets radio, SMS,
 * offline or in-person opportunities only.
 */
public final class ModalityConstraint implements HardConstraint {

    @Override
    public String name() {
        return "modality";
    }

    @Override
    public boolean admits(Opportunity opportunity, LearnerContext learner) {
        return learner.modalities().contains(opportunity.modality());
    }

    @Override
    public ConstraintCheck check(Opportunity opportunity, LearnerContext learner) {
        String modality = opportunity.modality().name().toLowerCase(Locale.ROOT).replace('_', '-');
        return learner.modalities().contains(opportunity.modality())
                ? ConstraintCheck.fits(name(), "delivered " + modality + ", which reaches the learner")
                : ConstraintCheck.violated(name(), "delivered " + modality + ", which does not reach the learner");
    }
}
