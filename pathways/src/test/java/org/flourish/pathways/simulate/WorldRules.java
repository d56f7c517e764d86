package org.flourish.pathways.simulate;

import java.time.DayOfWeek;
import java.util.Optional;

import org.flourish.pathways.model.GeoPoint;
import org.flourish.pathways.model.Modality;
import org.flourish.pathways.model.Opportunity;
import org.flourish.pathways.model.WeeklySlot;

/**
 * Whether a child can really take part in an opportunity, written apart from the engine's constraints and checked
 * against the world's own description of the child, so that a violation by any policy (the engine's included) is
 * seen: language, age, the offline flag (modality), cost, schedule, distance, materials.
 */
final class WorldRules {

    private static final double EARTH_KM = 6371.0088;

    private WorldRules() {
    }

    /** The first rule the opportunity breaks for the child, if any. */
    static Optional<String> violated(Opportunity offer, SimLearner child) {
        if (offer.languages().stream().noneMatch(tag -> child.languages.contains(primary(tag)))) {
            return Optional.of("language");
        }
        if (offer.minAge().isPresent() && child.age < offer.minAge().getAsInt()
                || offer.maxAge().isPresent() && child.age > offer.maxAge().getAsInt()) {
            return Optional.of("age");
        }
        if (!child.reachableBy.contains(offer.modality())) {
            return Optional.of("offline");
        }
        if (offer.costPerMonth().signum() > 0 && offer.costPerMonth().compareTo(child.budget) > 0) {
            return Optional.of("cost");
        }
        if (!offer.schedule().isEmpty() && !fits(offer, child)) {
            return Optional.of("schedule");
        }
        if (offer.modality() == Modality.IN_PERSON
                && kilometres(child.location, offer.location().orElseThrow()) > child.maxTravelKm) {
            return Optional.of("distance");
        }
        if (offer.materialsNeeded() && !child.hasMaterials) {
            return Optional.of("materials");
        }
        return Optional.empty();
    }

    private static boolean fits(Opportunity offer, SimLearner child) {
        for (WeeklySlot runs : offer.schedule()) {
            for (WeeklySlot free : child.availability) {
                for (DayOfWeek day : runs.days()) {
                    if (free.days().contains(day) && (runs.start().isEmpty() || free.start().isEmpty()
                            || !runs.start().get().isBefore(free.start().get())
                            && !runs.end().get().isAfter(free.end().get()))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static String primary(String tag) {
        int dash = tag.indexOf('-');
        return (dash < 0 ? tag : tag.substring(0, dash)).toLowerCase(java.util.Locale.ROOT);
    }

    static double kilometres(GeoPoint a, GeoPoint b) {
        double dLat = Math.toRadians(b.latitude() - a.latitude());
        double dLon = Math.toRadians(b.longitude() - a.longitude());
        double h = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(Math.toRadians(a.latitude()))
                * Math.cos(Math.toRadians(b.latitude())) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_KM * Math.asin(Math.sqrt(h));
    }
}
