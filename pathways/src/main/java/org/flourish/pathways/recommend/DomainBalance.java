package org.flourish.pathways.recommend;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.flourish.pathways.framework.PrerequisiteGraph;
import org.flourish.pathways.model.Explanation;
import org.flourish.pathways.model.LearnerMastery;
import org.flourish.pathways.model.MasteryClaim;

/**
 * Holistic balance: how little of a domain the learner has mastered compared with their other domains. A domain
 * holding a share {@code s} of all the learner's mastered competencies is served {@code 1 - s}; before anything is
 * mastered every domain scores 1.
 */
final class DomainBalance {

    private final PrerequisiteGraph graph;
    private final Map<String, Long> masteredByDomain;
    private final long mastered;

    DomainBalance(PrerequisiteGraph graph, LearnerMastery mastery, MasteryThreshold threshold) {
        this.graph = graph;
        // Without an estimate the mean is 0: unless 0 counts as mastered, only the estimates need a look.
        Collection<String> candidates = threshold.isMastered(0.0) ? graph.competencies()
                : mastery.estimates().keySet();
        this.masteredByDomain = candidates.stream()
                .filter(graph.competencies()::contains)
                .filter(competency -> threshold.isMastered(mastery.meanOf(competency)))
                .map(graph::domainOf).flatMap(Optional::stream)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        this.mastered = masteredByDomain.values().stream().mapToLong(Long::longValue).sum();
    }

    /** In [0,1]: 1 for a domain with nothing mastered yet, 0 for the only domain with anything mastered. */
    double underServed(String competency) {
        return graph.domainOf(competency).map(this::underServedDomain).orElse(0.0);
    }

    long masteredIn(String domain) {
        return masteredByDomain.getOrDefault(domain, 0L);
    }

    long masteredOverall() {
        return mastered;
    }

    /** The domain's share of the learner's mastery, with every competency of it the learner has evidence for. */
    Explanation.DomainShare shareOf(String domain, LearnerMastery mastery) {
        int size = (int) graph.domains().values().stream().filter(domain::equals).count();
        List<MasteryClaim> assessed = mastery.estimates().keySet().stream()
                .filter(competency -> graph.domainOf(competency).filter(domain::equals).isPresent()).sorted()
                .map(competency -> MasteryClaim.of(mastery, competency)).toList();
        return new Explanation.DomainShare(domain, size, masteredIn(domain), mastered, assessed);
    }

    private double underServedDomain(String domain) {
        return mastered == 0 ? 1.0 : 1.0 - (double) masteredIn(domain) / mastered;
    }
}
