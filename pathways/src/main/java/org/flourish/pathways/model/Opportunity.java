package org.flourish.pathways.model;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * A learning opportunity ({@code fl:LearningOpportunity}) offered by a provider.
 *
 * @param iri             the opportunity's IRI
 * @param title           a human-readable title
 * @param provider        IRI of the {@code fl:Provider} ({@code fl:offeredBy})
 * @param develops        competency IRIs it develops ({@code fl:develops}), at least one
 * @param languages       languages it is taught in ({@code schema:inLanguage}), at least one
 * @param minAge          youngest age admitted, if limited
 * @param maxAge          oldest age admitted, if limited
 * @param modality        how it is delivered
 * @param location        where it takes place; required for in-person opportunities
 * @param schedule        weekly slots it runs in ({@code fl:schedule}); none means at any time (self-paced,
 *                        broadcast replays)
 * @param costPerMonth    cost per month, zero when free
 * @param capacity        number of places, if limited
 * @param enrolled        places already taken
 * @param materialsNeeded whether learners must bring their own materials
 * @param activityId      the xAPI activity IRI its statements use ({@code fl:activityId})
 * @param accessibility   what it offers for access ({@code fl:accessibility})
 */
public record Opportunity(String iri, String title, String provider, Set<String> develops, Set<String> languages,
                          OptionalInt minAge, OptionalInt maxAge, Modality modality, Optional<GeoPoint> location,
                          List<WeeklySlot> schedule, BigDecimal costPerMonth, OptionalInt capacity, int enrolled,
                          boolean materialsNeeded, Optional<String> activityId,
                          Set<AccessibilityFeature> accessibility) {

    public Opportunity {
        Require.text(iri, "iri");
        Require.text(title, "title");
        Require.text(provider, "provider");
        develops = Set.copyOf(develops);
        if (develops.isEmpty()) {
            throw new IllegalArgumentException("an opportunity develops at least one competency");
        }
        languages = Set.copyOf(languages);
        if (languages.isEmpty()) {
            throw new IllegalArgumentException("an opportunity is taught in at least one language");
        }
        Objects.requireNonNull(minAge, "minAge");
        Objects.requireNonNull(maxAge, "maxAge");
        if (minAge.isPresent() && maxAge.isPresent() && minAge.getAsInt() > maxAge.getAsInt()) {
            throw new IllegalArgumentException("minAge must not exceed maxAge");
        }
        Objects.requireNonNull(modality, "modality");
        Objects.requireNonNull(location, "location");
        if (modality == Modality.IN_PERSON && location.isEmpty()) {
            throw new IllegalArgumentException("an in-person opportunity needs a location");
        }
        schedule = List.copyOf(schedule);
        if (costPerMonth.signum() < 0) {
            throw new IllegalArgumentException("costPerMonth must be >= 0");
        }
        Objects.requireNonNull(capacity, "capacity");
        if (enrolled < 0 || (capacity.isPresent() && capacity.getAsInt() < 0)) {
            throw new IllegalArgumentException("capacity and enrolled must be >= 0");
        }
        Objects.requireNonNull(activityId, "activityId");
        accessibility = Set.copyOf(accessibility);
    }

    /** An opportunity running all day on {@code weekdays} (none: any time), offering no accessibility feature. */
    public Opportunity(String iri, String title, String provider, Set<String> develops, Set<String> languages,
                       OptionalInt minAge, OptionalInt maxAge, Modality modality, Optional<GeoPoint> location,
                       Set<DayOfWeek> weekdays, BigDecimal costPerMonth, OptionalInt capacity, int enrolled,
                       boolean materialsNeeded, Optional<String> activityId) {
        this(iri, title, provider, develops, languages, minAge, maxAge, modality, location,
                weekdays.isEmpty() ? List.of() : List.of(WeeklySlot.allDay(weekdays)), costPerMonth, capacity,
                enrolled, materialsNeeded, activityId, Set.of());
    }

    public static Builder builder(String iri, String title, String provider) {
        return new Builder(iri, title, provider);
    }

    /** Starts from a free, unlimited, any-age, any-day online opportunity; set what differs. */
    public static final class Builder {
        private final String iri;
        private final String title;
        private final String provider;
        private Set<String> develops = Set.of();
        private Set<String> languages = Set.of();
        private OptionalInt minAge = OptionalInt.empty();
        private OptionalInt maxAge = OptionalInt.empty();
        private Modality modality = Modality.ONLINE;
        private Optional<GeoPoint> location = Optional.empty();
        private List<WeeklySlot> schedule = List.of();
        private BigDecimal costPerMonth = BigDecimal.ZERO;
        private OptionalInt capacity = OptionalInt.empty();
        private int enrolled;
        private boolean materialsNeeded;
        private Optional<String> activityId = Optional.empty();
        private Set<AccessibilityFeature> accessibility = Set.of();

        private Builder(String iri, String title, String provider) {
            this.iri = iri;
            this.title = title;
            this.provider = provider;
        }

        public Builder develops(String... competencies) {
            this.develops = Set.of(competencies);
            return this;
        }

        public Builder languages(String... tags) {
            this.languages = Set.of(tags);
            return this;
        }

        public Builder ages(int min, int max) {
            this.minAge = OptionalInt.of(min);
            this.maxAge = OptionalInt.of(max);
            return this;
        }

        public Builder inPersonAt(GeoPoint place) {
            this.modality = Modality.IN_PERSON;
            this.location = Optional.of(place);
            return this;
        }

        public Builder modality(Modality deliveredBy) {
            this.modality = deliveredBy;
            return this;
        }

        /** Runs all day on these days. */
        public Builder weekdays(Set<DayOfWeek> days) {
            this.schedule = List.of(WeeklySlot.allDay(days));
            return this;
        }

        public Builder schedule(List<WeeklySlot> slots) {
            this.schedule = slots;
            return this;
        }

        public Builder accessibility(Set<AccessibilityFeature> offered) {
            this.accessibility = offered;
            return this;
        }

        public Builder costPerMonth(BigDecimal cost) {
            this.costPerMonth = cost;
            return this;
        }

        public Builder capacity(int places, int taken) {
            this.capacity = OptionalInt.of(places);
            this.enrolled = taken;
            return this;
        }

        public Builder materialsNeeded(boolean needed) {
            this.materialsNeeded = needed;
            return this;
        }

        public Builder activityId(String xapiActivity) {
            this.activityId = Optional.of(xapiActivity);
            return this;
        }

        public Opportunity build() {
            return new Opportunity(iri, title, provider, develops, languages, minAge, maxAge, modality, location,
                    schedule, costPerMonth, capacity, enrolled, materialsNeeded, activityId, accessibility);
        }
    }
}
