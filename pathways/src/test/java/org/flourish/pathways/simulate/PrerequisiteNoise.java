package org.flourish.pathways.simulate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import org.flourish.pathways.framework.PrerequisiteGraph;
import org.flourish.pathways.framework.PrerequisiteGroup;

/**
 * A robustness condition: the framework the engine is given is wrong about some prerequisite edges. Each edge is
 * dropped with half the rate (a group keeps at least one), and as many edges are added to earlier competencies of
 * the curriculum order (so no cycle appears); the world still learns by the true graph.
 */
final class PrerequisiteNoise {

    private PrerequisiteNoise() {
    }

    static Curriculum perturb(Curriculum curriculum, double rate, long seed) {
        SplittableRandom random = Seeds.of(seed, "prerequisite-noise");
        PrerequisiteGraph truth = curriculum.truth();
        List<String> order = curriculum.competencies();
        Map<String, List<PrerequisiteGroup>> stated = new HashMap<>();
        int changes = 0;
        for (String competency : order) {
            List<PrerequisiteGroup> groups = new ArrayList<>();
            for (PrerequisiteGroup group : truth.prerequisitesOf(competency)) {
                Set<String> kept = new HashSet<>();
                group.required().stream().sorted().forEach(required -> {
                    if (random.nextDouble() >= rate / 2) {
                        kept.add(required);
                    }
                });
                changes += group.required().size() - kept.size();
                if (kept.isEmpty()) {
                    kept.add(group.required().stream().sorted().findFirst().orElseThrow());
                    changes--;
                }
                groups.add(new PrerequisiteGroup(group.combination(), kept, group.minMastery()));
            }
            stated.put(competency, groups);
        }
        int added = 0;
        for (int attempts = 0; added < changes && attempts < changes * 20; attempts++) {
            int index = 1 + random.nextInt(order.size() - 1);
            String competency = order.get(index);
            String required = order.get(random.nextInt(index));
            if (curriculum.level(required) > curriculum.level(competency)) {
                continue;
            }
            List<PrerequisiteGroup> groups = stated.get(competency);
            if (groups.isEmpty()) {
                groups.add(new PrerequisiteGroup(org.flourish.pathways.framework.Combination.ALL_OF,
                        Set.of(required), 0.6));
            } else {
                PrerequisiteGroup first = groups.get(0);
                Set<String> more = new HashSet<>(first.required());
                if (!more.add(required)) {
                    continue;
                }
                groups.set(0, new PrerequisiteGroup(first.combination(), more, first.minMastery()));
            }
            added++;
        }
        stated.values().removeIf(List::isEmpty);
        PrerequisiteGraph graph = new PrerequisiteGraph(truth.competencies(), truth.domains(), stated);
        return curriculum.stating(graph, FrameworkRdf.write(SyntheticCurriculum.FRAMEWORK, "framework", order, graph));
    }
}
