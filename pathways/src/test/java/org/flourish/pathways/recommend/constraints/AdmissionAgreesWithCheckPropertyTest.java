package org.flourish.pathways.recommend.constraints;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.flourish.pathways.model.GeoPoint;
import org.flourish.pathways.model.LearnerContext;
import org.flourish.pathways.model.Modality;
import org.flourish.pathways.model.Opportunity;

/**
 * Every standard constraint's quick {@code admits} agrees with its explained {@code check} on random opportunities
 * and learners, boundaries included (ages at the limits, distances around the travel limit, full capacity, equal
 * costs, language subtags).
 */
class AdmissionAgreesWithCheckPropertyTest {

    private static final GeoPoint THIES = new GeoPoint(14.791, -16.936);

    @Property(tries = 2_000)
    boolean admitsAgreesWithCheckForEveryConstraint(@ForAll("opportunities") Opportunity opportunity,
                                                     @ForAll("learners") LearnerContext learner) {
        return HardConstraints.standard().constraints().stream().allMatch(constraint ->
                constraint.admits(opportunity, learner) == constraint.check(opportunity, learner).satisfied());
    }

    @Provide
    Arbitrary<Opportunity> opportunities() {
        Arbitrary<Optional<GeoPoint>> place = Arbitraries.doubles().between(-0.1, 0.1)
                .map(offset -> new GeoPoint(THIES.latitude() + offset, THIES.longitude())).optional();
        return Builders.withBuilder(OpportunityFields::new)
                .use(Arbitraries.of(Set.of("fr"), Set.of("fr-SN", "wo"), Set.of("en"), Set.of("x-bad!")))
                .in((f, languages) -> { f.languages = languages; return f; })
                .use(Arbitraries.integers().between(4, 12).optional()).in((f, min) -> { f.minAge = min; return f; })
                .use(Arbitraries.integers().between(12, 18).optional()).in((f, max) -> { f.maxAge = max; return f; })
                .use(Arbitraries.of(Modality.class)).in((f, modality) -> { f.modality = modality; return f; })
                .use(place).in((f, location) -> { f.location = location; return f; })
                .use(Arbitraries.of(DayOfWeek.class).set().ofMaxSize(3))
                .in((f, days) -> { f.weekdays = days; return f; })
                .use(Arbitraries.of(0, 500, 1000)).in((f, cost) -> { f.cost = cost; return f; })
                .use(Arbitraries.integers().between(0, 3).optional())
                .in((f, capacity) -> { f.capacity = capacity; return f; })
                .use(Arbitraries.integers().between(0, 3)).in((f, enrolled) -> { f.enrolled = enrolled; return f; })
                .use(Arbitraries.of(true, false)).in((f, materials) -> { f.materials = materials; return f; })
                .build(OpportunityFields::build);
    }

    @Provide
    Arbitrary<LearnerContext> learners() {
        return Builders.withBuilder(LearnerContext::builder)
                .use(Arbitraries.of(new String[] {"fr"}, new String[] {"wo", "en"}, new String[] {"FR"},
                        new String[] {})).in((b, languages) -> b.languages(languages))
                .use(Arbitraries.integers().between(3, 19)).in((b, age) -> b.age(age))
                .use(Arbitraries.doubles().between(-0.1, 0.1).optional()).in((b, offset) -> offset
                        .map(o -> b.location(new GeoPoint(THIES.latitude() + o, THIES.longitude()))).orElse(b))
                .use(Arbitraries.of(0.0, 2.0, 5.0, 11.1)).in((b, km) -> b.maxTravelKm(km))
                .use(Arbitraries.of(0, 500, 2000)).in((b, cost) -> b.maxCostPerMonth(BigDecimal.valueOf(cost)))
                .use(Arbitraries.of(Modality.class).set()).in((b, modalities) -> b.modalities(modalities))
                .use(Arbitraries.of(DayOfWeek.class).set()).in((b, days) -> b.availableWeekdays(days))
                .use(Arbitraries.of(true, false)).in((b, has) -> b.hasMaterials(has))
                .build(LearnerContext.Builder::build);
    }

    /** Mutable fields for the generator; an in-person opportunity without a place gets Thiès. */
    private static final class OpportunityFields {
        Set<String> languages;
        Optional<Integer> minAge;
        Optional<Integer> maxAge;
        Modality modality;
        Optional<GeoPoint> location;
        Set<DayOfWeek> weekdays;
        int cost;
        Optional<Integer> capacity;
        int enrolled;
        boolean materials;

        Opportunity build() {
            Optional<GeoPoint> place = modality == Modality.IN_PERSON && location.isEmpty() ? Optional.of(THIES)
                    : location;
            return new Opportunity("https://example.org/o", "o", "https://example.org/p", Set.of("c:1"), languages,
                    minAge.map(OptionalInt::of).orElse(OptionalInt.empty()),
                    maxAge.map(OptionalInt::of).orElse(OptionalInt.empty()), modality, place, weekdays,
                    BigDecimal.valueOf(cost), capacity.map(OptionalInt::of).orElse(OptionalInt.empty()),
                    capacity.map(places -> Math.min(enrolled, places)).orElse(0), materials, Optional.empty());
        }
    }
}
