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

/** On random rule sets (by activity and by activity type, mixed), the index returns exactly the matching rules in order. */
class MatchingRulesPropertyTest {

    private static final List<String> VERBS = List.of("v:passed", "v:attended");
    private static final List<String> ACTIVITIES = List.of("a:quiz", "a:radio", "a:club");
    private static final List<String> TYPES = List.of("t:assessment", "t:lesson");

    @Property(tries = 300)
    boolean indexReturnsTheRulesThatMatchInRuleOrder(@ForAll("rules") List<EvidenceRule> rules,
                                                     @ForAll("evidence") Evidence evidence) {
        return new MatchingRules(rules).matching(evidence)
                .equals(rules.stream().filter(rule -> rule.matches(evidence)).toList());
    }

    @Provide
    Arbitrary<List<EvidenceRule>> rules() {
        Arbitrary<EvidenceRule> rule = Combinators.combine(Arbitraries.of(VERBS), Arbitraries.of(true, false),
                        Arbitraries.of(ACTIVITIES), Arbitraries.of(TYPES), Arbitraries.of("c:1", "c:2", "c:3"))
                .as((verb, byActivity, activity, type, competency) -> byActivity
                        ? EvidenceRule.forActivity(verb, activity, competency, 1.0, EvidenceKind.ASSESSED)
                        : EvidenceRule.forActivityType(verb, type, competency, 0.5, EvidenceKind.PARTICIPATION));
        return rule.list().ofMaxSize(20);
    }

    @Provide
    Arbitrary<Evidence> evidence() {
        return Combinators.combine(Arbitraries.of(VERBS), Arbitraries.of(ACTIVITIES),
                        Arbitraries.of(TYPES).optional())
                .as((verb, activity, type) -> new Evidence("mbox:mailto:a@example.org", "s1", verb, activity, type,
                        OptionalDouble.of(0.9), Optional.of(true), Optional.empty(), Instant.EPOCH, "unknown"));
    }
}
