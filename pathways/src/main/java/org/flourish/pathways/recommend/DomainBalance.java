package org.flourish.pathways.recommend;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.flourish.pathways.framework.PrerequisiteGraph;
import org.flourish.pathways.model.Explanation;
import org.flourish.pathways.model.LearnerMastery;
import org.flourish.pathways.model.MasteryClaim;
import org.flourish.pathways.model.MasteryEstimate;

/**
 * Holistic balance: how little the learner has done in a domain compared with their most active domain. A domain
 * with {@code e} pieces of evidence (one per statement and competency of the domain) when the most active has
 * {@code m} is under-served {@code 1 - e / m}: a domain never touched scores 1, the most active 0, and before any
 * evidence every domain scores 1. Evidence rather than mastery, because what a child has mastered changes slowly and
 * early on not at all, so a balance of mastery cannot tell a child who only ever reads from one who does everything
 * (in the simulated evaluation, EVALUATION.md, fewer than one child in four then learnt in five domains, four in
 * five with this).
 */
final class DomainBalance {

    private final PrerequisiteGraph graph;
    private final Map<String, Long> masteredByDomain;
    private final long mastered;
    private final Map<String, Long> evidenceByDomain;
    private final long evidenceMostActive;

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
        this.evidenceByDomain = new HashMap<>();
        for (MasteryEstimate estimate : mastery.estimates().values()) {
            graph.domainOf(estimate.competency()).ifPresent(domain -> evidenceByDomain.merge(domain,
                    (long) estimate.evidenceCount(), Long::sum));
        }
        this.evidenceMostActive = evidenceByDomain.values().stream().mapToLong(Long::longValue).max().orElse(0);
    }

    /** In [0,1]: 1 for a domain with no evidence yet, 0 for the learner's most active domain. */
    double underServed(String competency) {
        return graph.domainOf(competency).map(this::underServedDomain).orElse(0.0);
    }

    long masteredIn(String domain) {
        return masteredByDomain.getOrDefault(domain, 0L);
    }

    /** The domain's share of the learner's activity and mastery, with every competency of it they have evidence for. */
    Explanation.DomainShare shareOf(String domain, LearnerMastery mastery) {
        int size = (int) graph.domains().values().stream().filter(domain::equals).count();
        List<MasteryClaim> assessed = mastery.estimates().keySet().stream()
                .filter(competency -> graph.domainOf(competency).filter(domain::equals).isPresent()).sorted()
                .map(competency -> MasteryClaim.of(mastery, competency)).toList();
        return new Explanation.DomainShare(domain, size, masteredIn(domain), mastered, assessed,
                evidenceIn(domain), evidenceMostActive);
    }

    private long evidenceIn(String domain) {
        return evidenceByDomain.getOrDefault(domain, 0L);
    }

    private double underServedDomain(String domain) {
        return evidenceMostActive == 0 ? 1.0 : 1.0 - (double) evidenceIn(domain) / evidenceMostActive;
    }
}
