package org.flourish.pathways.recommend.constraints;

import java.util.Locale;

import org.flourish.pathways.model.ConstraintCheck;
import org.flourish.pathways.model.GeoPoint;
import org.flourish.pathways.model.LearnerContext;
import org.flourish.pathways.model.Modality;
import org.flourish.pathways.model.Opportunity;

/**
 * An in-person opportunity is within the learner's travel distance (great-circle, inclusive). Other modalities need
 * no travel. A learner whose location is unknown cannot be sent anywhere in person.
 */
public final class DistanceConstraint implements HardConstraint {

    @Override
    public String name() {
        return "distance";
    }

    @Override
    public boolean admits(Opportunity opportunity, LearnerContext learner) {
        return opportunity.modality() != Modality.IN_PERSON || learner.location().isPresent()
                && Haversine.kilometres(learner.location().get(), opportunity.location().orElseThrow())
                <= learner.maxTravelKm();
    }

    @Override
    public ConstraintCheck check(Opportunity opportunity, LearnerContext learner) {
        if (opportunity.modality() != Modality.IN_PERSON) {
            return ConstraintCheck.fits(name(), "no travel needed");
        }
        if (learner.location().isEmpty()) {
            return ConstraintCheck.violated(name(), "learner's location is unknown");
        }
        GeoPoint venue = opportunity.location().orElseThrow();
        double km = Haversine.kilometres(learner.location().get(), venue);
        String distance = String.format(Locale.ROOT, "%.1f km away", km);
        return km <= learner.maxTravelKm()
                ? ConstraintCheck.fits(name(), distance + ", within " + learner.maxTravelKm() + " km")
                : ConstraintCheck.violated(name(), distance + ", beyond " + learner.maxTravelKm() + " km");
    }
}
