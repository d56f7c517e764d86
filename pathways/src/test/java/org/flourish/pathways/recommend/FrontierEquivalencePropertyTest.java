package org.flourish.pathways.recommend;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Example;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.jena.rdf.model.Model;
import org.flourish.pathways.framework.Combination;
import org.flourish.pathways.rdf.FrameworkReader;
import org.flourish.pathways.framework.PrerequisiteGraph;
import org.flourish.pathways.framework.PrerequisiteGroup;
import org.flourish.pathways.model.LearnerMastery;
import org.flourish.pathways.testing.FrameworkTriples;
import org.flourish.pathways.testing.Fixtures;

/**
 * On random prerequisite graphs (all-of and any-of groups, empty groups, cycles, random minimums and thresholds,
 * random or missing masteries) the SPARQL frontier equals the Java reference.
 */
class FrontierEquivalencePropertyTest {

    /** Levels on the boundaries the rules compare against, mixed with arbitrary values in between. */
    private static Arbitrary<Double> levels() {
        return Arbitraries.oneOf(Arbitraries.of(0.0, 0.25, 0.5, 0.6, 0.8, 1.0), Arbitraries.doubles().between(0.0, 1.0));
    }

    @Property(tries = 300)
    boolean sparqlFrontierEqualsTheJavaReference(@ForAll("scenarios") Scenario scenario) {
        Model framework = FrameworkTriples.of(scenario.graph());
        MasteryThreshold threshold = new MasteryThreshold(scenario.threshold());
        return new SparqlFrontier(framework, threshold).readyToLearn(scenario.mastery())
                .equals(new JavaFrontier(scenario.graph(), threshold).readyToLearn(scenario.mastery()));
    }

    @Property(tries = 100)
    boolean frameworkTriplesReadBackToTheSameGraph(@ForAll("scenarios") Scenario scenario) {
        PrerequisiteGraph read = FrameworkReader.read(FrameworkTriples.of(scenario.graph()));
        return read.competencies().equals(scenario.graph().competencies())
                && read.competencies().stream().allMatch(competency -> Set.copyOf(read.prerequisitesOf(competency))
                        .equals(Set.copyOf(scenario.graph().prerequisitesOf(competency))));
    }

    @Example
    void anyOfGroupWithoutRequirementsIsNeverMetByEitherFrontier() {
        PrerequisiteGraph graph = new PrerequisiteGraph(Set.of(competency(0)), Map.of(),
                Map.of(competency(0), List.of(new PrerequisiteGroup(Combination.ANY_OF, Set.of(), 0.0))));
        Scenario scenario = new Scenario(graph, LearnerMastery.empty(Fixtures.LEARNER), 0.8);
        assertTrue(sparqlFrontierEqualsTheJavaReference(scenario));
        assertTrue(new JavaFrontier(graph, MasteryThreshold.DEFAULT).readyToLearn(scenario.mastery()).isEmpty());
    }

    @Provide
    Arbitrary<Scenario> scenarios() {
        return Arbitraries.integers().between(1, 8).flatMap(size -> Combinators.combine(
                groups(size).list().ofMaxSize(3).list().ofSize(size),
                levels().injectNull(0.3).list().ofSize(size),
                levels()).as((groups, means, threshold) -> scenario(groups, means, threshold)));
    }

    private static Arbitrary<GroupSpec> groups(int size) {
        return Combinators.combine(Arbitraries.of(Combination.class),
                Arbitraries.integers().between(0, size - 1).set().ofMaxSize(3),
                levels()).as(GroupSpec::new);
    }

    private static Scenario scenario(List<List<GroupSpec>> groups, List<Double> means, double threshold) {
        Set<String> competencies = new HashSet<>();
        Map<String, List<PrerequisiteGroup>> prerequisites = new HashMap<>();
        LearnerMastery mastery = LearnerMastery.empty(Fixtures.LEARNER);
        for (int index = 0; index < groups.size(); index++) {
            String competency = competency(index);
            competencies.add(competency);
            List<PrerequisiteGroup> ofCompetency = new ArrayList<>();
            for (GroupSpec spec : groups.get(index)) {
                Set<String> required = new HashSet<>();
                spec.required().forEach(requiredIndex -> required.add(competency(requiredIndex)));
                ofCompetency.add(new PrerequisiteGroup(spec.combination(), required, spec.minMastery()));
            }
            prerequisites.put(competency, ofCompetency);
            Optional<Double> mean = Optional.ofNullable(means.get(index));
            if (mean.isPresent()) {
                mastery = mastery.with(Fixtures.estimate(competency, mean.get(), "s" + index));
            }
        }
        return new Scenario(new PrerequisiteGraph(competencies, Map.of(), prerequisites), mastery, threshold);
    }

    private static String competency(int index) {
        return Fixtures.ex("c" + index);
    }

    record GroupSpec(Combination combination, Set<Integer> required, double minMastery) {
    }

    record Scenario(PrerequisiteGraph graph, LearnerMastery mastery, double threshold) {
    }
}
