package org.flourish.pathways.simulate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.Map;

import org.apache.jena.shacl.ValidationReport;
import org.flourish.pathways.store.GraphValidation;
import org.flourish.pathways.store.SharedGraphs;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The small configuration: every policy, run twice on one seed. Fails on any hard-constraint violation. */
class SimulationTest {

    private static final long SEED = 7;
    private static World world;
    private static final Map<PolicyKind, RunResult> FIRST = new EnumMap<>(PolicyKind.class);

    @BeforeAll
    static void runEveryPolicyOnce() {
        world = World.build(SimulationConfig.small(), SEED);
        for (PolicyKind kind : PolicyKind.simulated()) {
            FIRST.put(kind, new Simulation(world, kind, false).run());
        }
    }

    @Test
    void generatedFrameworkCatalogueRulesAndLearnersPassTheFlourishShapes() {
        GraphValidation shapes = new GraphValidation(SharedGraphs.turtleResource(
                "/flourish/ontology/flourish-shapes.ttl"));
        for (var graph : Map.of("framework", world.curriculum().rdf(), "catalogue", world.catalogue().rdf(),
                "evidence rules", world.catalogue().rules(), "learners", world.population().rdf).entrySet()) {
            ValidationReport report = shapes.validate(graph.getValue());
            assertTrue(report.conforms(), graph.getKey() + " does not conform: " + report.getEntries());
        }
    }

    @Test
    void noPolicyEverShowsAnOpportunityThatBreaksAHardConstraint() {
        FIRST.values().forEach(result -> assertEquals(Map.of(), result.violations(), result.policy().name()));
    }

    @Test
    void theSameSeedGivesTheSameRunForEveryPolicy() {
        World again = World.build(SimulationConfig.small(), SEED);
        for (PolicyKind kind : PolicyKind.simulated()) {
            RunResult second = new Simulation(again, kind, false).run();
            RunResult first = FIRST.get(kind);
            assertEquals(first.digest(), second.digest(), kind.name());
            assertArrayEquals(first.curve(), second.curve(), kind.name());
            assertEquals(first.auc(), second.auc(), kind.name());
        }
    }

    @Test
    void everyPolicyShowsRecommendationsAndTheOracleLearnsMoreThanChance() {
        FIRST.values().forEach(result -> assertTrue(result.shown() > 0, result.policy() + " showed nothing"));
        assertTrue(FIRST.get(PolicyKind.ORACLE).goalGain() > FIRST.get(PolicyKind.RANDOM).goalGain());
    }
}
