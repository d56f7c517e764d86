package org.flourish.pathways.model;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a learner can reach and wants to learn: the input of every hard constraint and of goal matching.
 *
 * @param languages         BCP 47 language tags the learner understands
 * @param age               age in whole years
 * @param location          where the learner lives, if known
 * @param maxTravelKm       how far the learner can travel to an in-person opportunity
 * @param maxCostPerMonth   the most the learner's family can pay per month
 * @param modalities        how the learner can be reached (e.g. radio but no internet)
 * @param availability      weekly slots in which the learner is free; none means never
 * @param hasMaterials      whether the learner has the materials opportunities may ask for
 * @param accessibilityNeeds what an opportunity must offer for the learner to take part
 * @param goals             competency IRIs the learner (or their family, teacher) set as goals
 */
public record LearnerContext(Set<String> languages, int age, Optional<GeoPoint> location, double maxTravelKm,
                             BigDecimal maxCostPerMonth, Set<Modality> modalities, List<WeeklySlot> availability,
                             boolean hasMaterials, Set<AccessibilityFeature> accessibilityNeeds, Set<String> goals) {

    /** Free every day, all day. */
    public static final List<WeeklySlot> ALWAYS_FREE = List.of(WeeklySlot.allDay(EnumSet.allOf(DayOfWeek.class)));

    public LearnerContext {
        languages = Set.copyOf(languages);
        if (age < 0 || age > 150) {
            throw new IllegalArgumentException("age must be in [0,150], was " + age);
        }
        Objects.requireNonNull(location, "location");
        Require.nonNegative(maxTravelKm, "maxTravelKm");
        if (maxCostPerMonth.signum() < 0) {
            throw new IllegalArgumentException("maxCostPerMonth must be >= 0");
        }
        modalities = Set.copyOf(modalities);
        availability = List.copyOf(availability);
        accessibilityNeeds = Set.copyOf(accessibilityNeeds);
        goals = Set.copyOf(goals);
    }

    /** The same context with other goals (e.g. those a mentor set). */
    public LearnerContext withGoals(Set<String> otherGoals) {
        return new LearnerContext(languages, age, location, maxTravelKm, maxCostPerMonth, modalities, availability,
                hasMaterials, accessibilityNeeds, otherGoals);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Starts from a learner who can be reached every way, every day, for free, with no needs and no goals. */
    public static final class Builder {
        private Set<String> languages = Set.of();
        private int age;
        private Optional<GeoPoint> location = Optional.empty();
        private double maxTravelKm;
        private BigDecimal maxCostPerMonth = BigDecimal.ZERO;
        private Set<Modality> modalities = EnumSet.allOf(Modality.class);
        private List<WeeklySlot> availability = ALWAYS_FREE;
        private boolean hasMaterials;
        private Set<AccessibilityFeature> accessibilityNeeds = Set.of();
        private Set<String> goals = Set.of();

        private Builder() {
        }

        public Builder languages(String... tags) {
            this.languages = Set.of(tags);
            return this;
        }

        public Builder age(int years) {
            this.age = years;
            return this;
        }

        public Builder location(GeoPoint point) {
            this.location = Optional.of(point);
            return this;
        }

        public Builder maxTravelKm(double km) {
            this.maxTravelKm = km;
            return this;
        }

        public Builder maxCostPerMonth(BigDecimal cost) {
            this.maxCostPerMonth = cost;
            return this;
        }

        public Builder modalities(Set<Modality> reachableBy) {
            this.modalities = reachableBy;
            return this;
        }

        /** Free all day on these days; on none, never free. */
        public Builder availableWeekdays(Set<DayOfWeek> days) {
            this.availability = days.isEmpty() ? List.of() : List.of(WeeklySlot.allDay(days));
            return this;
        }

        public Builder availability(List<WeeklySlot> slots) {
            this.availability = slots;
            return this;
        }

        public Builder accessibilityNeeds(Set<AccessibilityFeature> needs) {
            this.accessibilityNeeds = needs;
            return this;
        }

        public Builder hasMaterials(boolean has) {
            this.hasMaterials = has;
            return this;
        }

        public Builder goals(String... competencies) {
            this.goals = Set.of(competencies);
            return this;
        }

        public LearnerContext build() {
            return new LearnerContext(languages, age, location, maxTravelKm, maxCostPerMonth, modalities,
                    availability, hasMaterials, accessibilityNeeds, goals);
        }
    }
}
