package org.flourish.pathways.framework;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A competency framework reduced to what learning order needs: its competencies, the domain of each, and the
 * prerequisite groups of each.
 */
public record PrerequisiteGraph(Set<String> competencies, Map<String, String> domains,
                                Map<String, List<PrerequisiteGroup>> prerequisites) {

    public PrerequisiteGraph {
        competencies = Set.copyOf(competencies);
        domains = Map.copyOf(domains);
        prerequisites = prerequisites.entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, entry -> List.copyOf(entry.getValue())));
        requireKnown(domains.keySet(), competencies);
        requireKnown(prerequisites.keySet(), competencies);
    }

    private static void requireKnown(Set<String> keys, Set<String> competencies) {
        keys.stream().filter(key -> !competencies.contains(key)).findFirst().ifPresent(unknown -> {
            throw new IllegalArgumentException("not a competency of this framework: " + unknown);
        });
    }

    public List<PrerequisiteGroup> prerequisitesOf(String competency) {
        return prerequisites.getOrDefault(competency, List.of());
    }

    public Optional<String> domainOf(String competency) {
        return Optional.ofNullable(domains.get(competency));
    }
}
