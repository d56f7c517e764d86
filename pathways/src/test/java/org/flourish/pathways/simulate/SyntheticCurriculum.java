package org.flourish.pathways.simulate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import org.flourish.pathways.framework.Combination;
import org.flourish.pathways.framework.PrerequisiteGraph;
import org.flourish.pathways.framework.PrerequisiteGroup;

/**
 * A synthetic framework: strands of 3 to 6 levels spread over the nine holistic domains, each level requiring the
 * one below it (all-of), some also requiring one of two competencies of other strands (any-of) or one more
 * competency outright (a mixed all-of group). Competencies are generated level by level and only require earlier
 * ones, so the graph has no cycle.
 */
final class SyntheticCurriculum {

    static final String BASE = Vocabulary.SIM + "competency/";
    static final String FRAMEWORK = Vocabulary.SIM + "framework";
    private static final double MIN_MASTERY = 0.6;
    private static final double ANY_OF_MIN_MASTERY = 0.5;

    private SyntheticCurriculum() {
    }

    static Curriculum generate(long seed, int size) {
        SplittableRandom random = Seeds.of(seed, "curriculum");
        List<Integer> strandLengths = strandLengths(random, size);
        Map<String, Integer> levels = new HashMap<>();
        Map<String, String> domains = new HashMap<>();
        Map<String, String> next = new HashMap<>();
        Map<Integer, List<String>> byStrand = new HashMap<>();
        for (int strand = 0; strand < strandLengths.size(); strand++) {
            int domain = strand % Vocabulary.DOMAINS.size();
            List<String> strandCompetencies = new ArrayList<>();
            for (int level = 1; level <= strandLengths.get(strand); level++) {
                String iri = BASE + Vocabulary.DOMAIN_CODES.get(domain) + "-" + (strand / 9 + 1) + "-L" + level;
                strandCompetencies.add(iri);
                levels.put(iri, level);
                domains.put(iri, Vocabulary.DOMAINS.get(domain));
                if (level > 1) {
                    next.put(strandCompetencies.get(level - 2), iri);
                }
            }
            byStrand.put(strand, strandCompetencies);
        }
        List<String> ordered = new ArrayList<>();
        Map<String, Integer> strandOf = new HashMap<>();
        for (int level = 1; level <= 6; level++) {
            for (int strand = 0; strand < strandLengths.size(); strand++) {
                if (level <= strandLengths.get(strand)) {
                    String iri = byStrand.get(strand).get(level - 1);
                    ordered.add(iri);
                    strandOf.put(iri, strand);
                }
            }
        }
        Map<String, List<PrerequisiteGroup>> prerequisites = new HashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            String iri = ordered.get(i);
            int level = levels.get(iri);
            List<String> others = new ArrayList<>();
            for (int j = 0; j < i; j++) {
                if (!strandOf.get(ordered.get(j)).equals(strandOf.get(iri)) && levels.get(ordered.get(j)) <= level) {
                    others.add(ordered.get(j));
                }
            }
            List<PrerequisiteGroup> groups = new ArrayList<>();
            if (level > 1) {
                Set<String> required = new HashSet<>(Set.of(byStrand.get(strandOf.get(iri)).get(level - 2)));
                if (others.size() > 0 && random.nextDouble() < 0.15) {
                    required.add(others.get(random.nextInt(others.size())));
                }
                groups.add(new PrerequisiteGroup(Combination.ALL_OF, required, MIN_MASTERY));
            }
            double anyOfChance = level == 1 ? 0.2 : 0.35;
            if (others.size() >= 2 && random.nextDouble() < anyOfChance) {
                Set<String> either = new HashSet<>();
                while (either.size() < 2) {
                    either.add(others.get(random.nextInt(others.size())));
                }
                groups.add(new PrerequisiteGroup(Combination.ANY_OF, either, ANY_OF_MIN_MASTERY));
            }
            if (!groups.isEmpty()) {
                prerequisites.put(iri, groups);
            }
        }
        PrerequisiteGraph graph = new PrerequisiteGraph(Set.copyOf(ordered), domains, prerequisites);
        return new Curriculum("synthetic (" + size + " competencies, " + strandLengths.size() + " strands)", ordered,
                graph, graph, levels, next, FrameworkRdf.write(FRAMEWORK, "framework", ordered, graph));
    }

    /** Strands of 3 to 6 levels adding up to {@code size}; what is left over lengthens strands below 6. */
    private static List<Integer> strandLengths(SplittableRandom random, int size) {
        if (size < 3) {
            throw new IllegalArgumentException("a curriculum has at least one strand of 3 levels");
        }
        List<Integer> lengths = new ArrayList<>();
        int total = 0;
        while (size - total >= 6) {
            int length = 3 + random.nextInt(4);
            lengths.add(length);
            total += length;
        }
        int left = size - total;
        if (left >= 3) {
            lengths.add(left);
            left = 0;
        }
        if (left > 0 && lengths.stream().allMatch(length -> length == 6)) {
            lengths.set(0, 6 - (3 - left));
            lengths.add(3);
            left = 0;
        }
        for (int i = 0; left > 0; i = (i + 1) % lengths.size()) {
            if (lengths.get(i) < 6) {
                lengths.set(i, lengths.get(i) + 1);
                left--;
            }
        }
        return lengths;
    }
}
