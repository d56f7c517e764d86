package org.flourish.pathways.recommend.constraints;

import java.util.List;
import java.util.stream.Collectors;

import org.flourish.pathways.model.AccessibilityFeature;
import org.flourish.pathways.model.ConstraintCheck;
import org.flourish.pathways.model.LearnerContext;
import org.flourish.pathways.model.Modality;
import org.flourish.pathways.model.Opportunity;

/**
 * The opportunity offers ({@code fl:accessibility}) every feature the learner needs ({@code fl:accessibilityNeed}).
 * Two needs are met by the modality itself: step-free access matters only in person, and a radio programme is
 * audio only.
 */
public final class AccessibilityConstraint implements HardConstraint {

    @Override
    public String name() {
        return "accessibility";
    }

    @Override
    public ConstraintCheck check(Opportunity opportunity, LearnerContext learner) {
        if (learner.accessibilityNeeds().isEmpty()) {
            return ConstraintCheck.fits(name(), "the learner states no accessibility need");
        }
        List<AccessibilityFeature> missing = learner.accessibilityNeeds().stream()
                .filter(need -> !meets(opportunity, need)).sorted().toList();
        return missing.isEmpty()
                ? ConstraintCheck.fits(name(), "meets the learner's needs: " + terms(learner.accessibilityNeeds()
                        .stream().sorted().toList()))
                : ConstraintCheck.violated(name(), "does not offer " + terms(missing));
    }

    private static boolean meets(Opportunity opportunity, AccessibilityFeature need) {
        return opportunity.accessibility().contains(need)
                || need == AccessibilityFeature.WHEELCHAIR_ACCESSIBLE && opportunity.modality() != Modality.IN_PERSON
                || need == AccessibilityFeature.AUDIO_ONLY && opportunity.modality() == Modality.RADIO;
    }

    private static String terms(List<AccessibilityFeature> features) {
        return features.stream().map(AccessibilityFeature::term).collect(Collectors.joining(", "));
    }
}
