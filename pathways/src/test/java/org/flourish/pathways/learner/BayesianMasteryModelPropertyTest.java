package org.flourish.pathways.learner;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.flourish.pathways.model.Evidence;
import org.flourish.pathways.model.EvidenceKind;
import org.flourish.pathways.model.MasteryEstimate;
import org.flourish.pathways.testing.Fixtures;

class BayesianMasteryModelPropertyTest {

    private static final String LETTERS = Fixtures.ex("letters");
    private final BayesianMasteryModel model = BayesianMasteryModel.withUniformPrior();

    @Property
    boolean meanStaysInTheUnitIntervalAndUncertaintyNeverGrows(
            @ForAll("observationSequences") List<Observation> observations) {
        MasteryEstimate estimate = model.initial(LETTERS);
        int statement = 0;
        for (Observation observation : observations) {
            MasteryEstimate next = model.update(estimate, observation.evidence("s" + statement++), observation.rule());
            if (next.mean() < 0.0 || next.mean() > 1.0 || next.strength() < estimate.strength()) {
                return false;
            }
            estimate = next;
        }
        return estimate.evidenceCount() == observations.size();
    }

    @Property
    boolean successNeverLowersAndFailureNeverRaisesTheMean(@ForAll("observations") Observation observation,
                                                           @ForAll("observations") Observation before) {
        MasteryEstimate start = model.update(model.initial(LETTERS), before.evidence("s0"), before.rule());
        MasteryEstimate next = model.update(start, observation.evidence("s1"), observation.rule());
        double outcome = observation.score();
        return outcome >= start.mean() ? next.mean() >= start.mean() - 1e-12 : next.mean() <= start.mean() + 1e-12;
    }

    @Provide
    Arbitrary<List<Observation>> observationSequences() {
        return observations().list().ofMaxSize(30);
    }

    @Provide
    Arbitrary<Observation> observations() {
        return Combinators.combine(Arbitraries.doubles().between(0.0, 1.0),
                        Arbitraries.of(EvidenceKind.class),
                        Arbitraries.doubles().between(0.1, 5.0))
                .as(Observation::new);
    }

    record Observation(double score, EvidenceKind kind, double weight) {

        EvidenceRule rule() {
            return EvidenceRule.forActivity(Fixtures.COMPLETED, Fixtures.QUIZ, LETTERS, weight, kind);
        }

        Evidence evidence(String statementId) {
            return new Evidence(Fixtures.LEARNER, statementId, Fixtures.COMPLETED, Fixtures.QUIZ, Optional.empty(),
                    OptionalDouble.of(score), Optional.empty(), Optional.empty(), Instant.EPOCH, "p");
        }
    }
}
