package org.flourish.pathways.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;

import org.flourish.pathways.framework.Combination;
import org.flourish.pathways.framework.PrerequisiteGraph;
import org.flourish.pathways.framework.PrerequisiteGroup;
import org.flourish.pathways.model.GeoPoint;
import org.flourish.pathways.model.LearnerMastery;
import org.flourish.pathways.model.MasteryEstimate;
import org.flourish.pathways.model.Modality;
import org.flourish.pathways.model.Opportunity;

/**
 * A framework, catalogue and learner of the benchmark's size, from a fixed seed: competencies in nine domains, each
 * after the first hundred requiring one or two earlier ones; opportunities developing one to four competencies,
 * a third in person around Thiès; a learner with a fraction of the framework mastered.
 */
final class SyntheticScale {

    private static final String C = "https://example.org/bench/c/";
    private final Random random = new Random(20261125L);

    PrerequisiteGraph framework(int competencies) {
        Set<String> all = new HashSet<>();
        Map<String, String> domains = new HashMap<>();
        Map<String, List<PrerequisiteGroup>> prerequisites = new HashMap<>();
        for (int i = 0; i < competencies; i++) {
            String iri = C + i;
            all.add(iri);
            domains.put(iri, "https://example.org/bench/domain/" + i % 9);
            if (i >= 100) {
                Set<String> required = new HashSet<>();
                required.add(C + random.nextInt(i));
                if (random.nextBoolean()) {
                    required.add(C + random.nextInt(i));
                }
                prerequisites.put(iri, List.of(new PrerequisiteGroup(random.nextInt(4) == 0 ? Combination.ANY_OF
                        : Combination.ALL_OF, required, 0.6)));
            }
        }
        return new PrerequisiteGraph(all, domains, prerequisites);
    }

    List<Opportunity> catalogue(int opportunities, int competencies) {
        List<Opportunity> catalogue = new ArrayList<>();
        for (int i = 0; i < opportunities; i++) {
            Set<String> develops = new HashSet<>();
            int count = 1 + random.nextInt(4);
            while (develops.size() < count) {
                develops.add(C + random.nextInt(competencies));
            }
            boolean inPerson = random.nextInt(3) == 0;
            catalogue.add(new Opportunity("https://example.org/bench/o/" + i, "Opportunity " + i,
                    "https://example.org/bench/provider/" + random.nextInt(200), develops,
                    Set.of(random.nextBoolean() ? "wo" : "fr"), OptionalInt.of(5 + random.nextInt(5)),
                    OptionalInt.of(12 + random.nextInt(7)), inPerson ? Modality.IN_PERSON : Modality.RADIO,
                    inPerson ? Optional.of(new GeoPoint(14.79 + random.nextGaussian() * 0.05,
                            -16.93 + random.nextGaussian() * 0.05)) : Optional.empty(),
                    Set.of(), BigDecimal.ZERO, OptionalInt.empty(), 0, false,
                    Optional.of("https://example.org/bench/activity/" + i)));
        }
        return catalogue;
    }

    LearnerMastery learner(String key, int competencies, double masteredFraction) {
        LearnerMastery mastery = LearnerMastery.empty(key);
        for (int i = 0; i < competencies; i++) {
            if (random.nextDouble() < masteredFraction) {
                mastery = mastery.with(new MasteryEstimate(C + i, 0.6 + random.nextDouble() * 0.4, 0.1, 6.0, 1, 0,
                        List.of("stmt-" + i)));
            }
        }
        return mastery;
    }
}
