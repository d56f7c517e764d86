package org.flourish.pathways.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * A learner's context as someone stated it (through the API, or in RDF): what is kept and given back. The
 * {@link LearnerContext} the constraints check is derived from it on a given day, so that an age follows from a
 * birth date.
 *
 * @param languages          BCP 47 tags the learner can learn in, at least one
 * @param age                age in whole years, when no birth date is stated
 * @param birthDate          birth date, when known; the age is then computed from it
 * @param location           where the learner lives
 * @param maxTravelKm        how far the learner can travel to an in-person opportunity
 * @param maxCostPerMonth    the most the family can pay per month (US dollars)
 * @param reachableBy        the modalities that reach the learner (only {@code OFFLINE}: offline only)
 * @param availability       weekly slots when the learner is free, in {@link WeeklySlot#ORDER}; none stated means
 *                           at any time
 * @param hasMaterials       whether the learner has materials at hand (exercise book, radio, phone)
 * @param accessibilityNeeds what an opportunity must offer for the learner to take part
 */
public record StatedContext(Set<String> languages, OptionalInt age, Optional<LocalDate> birthDate,
                            Optional<GeoPoint> location, double maxTravelKm, BigDecimal maxCostPerMonth,
                            Set<Modality> reachableBy, List<WeeklySlot> availability, boolean hasMaterials,
                            Set<AccessibilityFeature> accessibilityNeeds) {

    public StatedContext {
        languages = Set.copyOf(languages);
        if (languages.isEmpty()) {
            throw new IllegalArgumentException("languages: at least one language is needed");
        }
        Objects.requireNonNull(age, "age");
        Objects.requireNonNull(birthDate, "birthDate");
        if (age.isPresent() == birthDate.isPresent()) {
            throw new IllegalArgumentException("age, birthDate: exactly one of the two is needed");
        }
        if (age.isPresent() && (age.getAsInt() < 0 || age.getAsInt() > 120)) {
            throw new IllegalArgumentException("age: must be between 0 and 120, was " + age.getAsInt());
        }
        Objects.requireNonNull(location, "location");
        Require.nonNegative(maxTravelKm, "maxTravelKm");
        if (maxCostPerMonth.signum() < 0) {
            throw new IllegalArgumentException("maxCostPerMonth: must be 0 or more");
        }
        // Stores write decimals in their own canonical form (TDB2: 0 as 0.0): the amount is kept, not its scale.
        maxCostPerMonth = maxCostPerMonth.stripTrailingZeros();
        reachableBy = Set.copyOf(reachableBy);
        if (reachableBy.isEmpty()) {
            throw new IllegalArgumentException("modalities: at least one modality must reach the learner");
        }
        // RDF keeps no order: slots are kept in one canonical order, so what is stated equals what is read back.
        availability = availability.stream().sorted(WeeklySlot.ORDER).toList();
        accessibilityNeeds = Set.copyOf(accessibilityNeeds);
    }

    /** The age on {@code today}: the stated age, or the whole years since the birth date. */
    public int ageOn(LocalDate today) {
        return age.isPresent() ? age.getAsInt() : Period.between(birthDate.orElseThrow(), today).getYears();
    }

    /** What the constraints check on {@code today}, with these goals. */
    public LearnerContext on(LocalDate today, Set<String> goals) {
        return new LearnerContext(languages, Math.max(0, ageOn(today)), location, maxTravelKm, maxCostPerMonth,
                reachableBy, availability.isEmpty() ? LearnerContext.ALWAYS_FREE : availability, hasMaterials,
                accessibilityNeeds, goals);
    }
}
