package org.flourish.pathways.recommend;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.stream.Collectors;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.flourish.pathways.framework.PrerequisiteGraph;
import org.flourish.pathways.model.LearnerContext;
import org.flourish.pathways.model.LearnerMastery;
import org.flourish.pathways.model.Opportunity;
import org.flourish.pathways.model.Recommendation;
import org.flourish.pathways.rdf.FrameworkReader;
import org.flourish.pathways.recommend.constraints.HardConstraints;
import org.flourish.pathways.testing.Catalogue;
import org.flourish.pathways.testing.Fixtures;

/**
 * On random catalogues (random competencies, providers and languages, so that the language constraint drops some),
 * the ranking checks constraints lazily yet recommends exactly the admitted opportunities of the frontier, each once,
 * and a ranking limited to {@code n} is the first {@code n} of the full one.
 */
class RankerPropertyTest {

    private static final List<String> COMPETENCIES = List.of("letters", "syllables", "words", "oralStories",
            "storytelling", "counting", "addition", "measuring");
    private static final List<String> PROVIDERS = List.of(Catalogue.NGO, Catalogue.RADIO,
            "https://example.org/providers/school");

    private final PrerequisiteGraph graph = FrameworkReader.read(Fixtures.literacyFramework());
    private final Ranker ranker = new Ranker(graph, HardConstraints.standard(), MasteryThreshold.DEFAULT,
            RankingWeights.DEFAULT);

    @Property(tries = 200)
    boolean limitedRankingIsThePrefixOfTheFullRanking(@ForAll("catalogues") List<Opportunity> catalogue,
                                                      @ForAll("masteries") LearnerMastery mastery,
                                                      @ForAll @IntRange(min = 0, max = 12) int limit) {
        SortedSet<String> frontier = new JavaFrontier(graph, MasteryThreshold.DEFAULT).readyToLearn(mastery);
        LearnerContext learner = Catalogue.amina().goals(Fixtures.ex("words")).build();
        List<Recommendation> all = ranker.rank(frontier, mastery, learner, catalogue);
        List<Recommendation> limited = ranker.rank(frontier, mastery, learner, catalogue, limit);
        return limited.equals(all.subList(0, Math.min(limit, all.size())));
    }

    @Property(tries = 200)
    boolean fullRankingHoldsEveryAdmittedFrontierOpportunityOnce(@ForAll("catalogues") List<Opportunity> catalogue,
                                                                 @ForAll("masteries") LearnerMastery mastery) {
        SortedSet<String> frontier = new JavaFrontier(graph, MasteryThreshold.DEFAULT).readyToLearn(mastery);
        LearnerContext learner = Catalogue.amina().build();
        Set<String> expected = catalogue.stream()
                .filter(o -> o.develops().stream().anyMatch(frontier::contains))
                .filter(o -> HardConstraints.standard().admit(o, learner))
                .map(Opportunity::iri).collect(Collectors.toSet());
        List<String> ranked = ranker.rank(frontier, mastery, learner, catalogue).stream()
                .map(r -> r.opportunity().iri()).toList();
        return ranked.size() == expected.size() && Set.copyOf(ranked).equals(expected);
    }

    @Provide
    Arbitrary<List<Opportunity>> catalogues() {
        Arbitrary<Opportunity> opportunity = Combinators.combine(Arbitraries.integers().between(0, 999),
                        Arbitraries.of(COMPETENCIES).set().ofMinSize(1).ofMaxSize(3), Arbitraries.of(PROVIDERS),
                        Arbitraries.of("fr", "wo", "en", "fr-SN"))
                .as((id, develops, provider, language) -> Opportunity.builder(
                                "https://example.org/opportunities/" + id, "o" + id, provider)
                        .develops(develops.stream().map(Fixtures::ex).toArray(String[]::new))
                        .languages(language).build());
        return opportunity.list().ofMaxSize(15).uniqueElements(Opportunity::iri).map(ArrayList::new);
    }

    @Provide
    Arbitrary<LearnerMastery> masteries() {
        return Arbitraries.maps(Arbitraries.of(COMPETENCIES), Arbitraries.of(0.0, 0.5, 0.7, 0.9))
                .ofMaxSize(COMPETENCIES.size()).map(means -> Fixtures.masteryOf(Map.copyOf(means)));
    }
}
