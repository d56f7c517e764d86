package org.flourish.pathways.learner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.flourish.pathways.model.Evidence;

/**
 * Evidence rules indexed by verb and activity, and by verb and activity type, so that a statement is compared with
 * its own few rules instead of every rule of the catalogue (one per activity, competency and verb: hundreds of
 * thousands at scale). The rules come back in their original order, which the tracker applies them in.
 */
final class MatchingRules {

    private final List<EvidenceRule> rules;
    private final Map<Key, List<Integer>> byActivity = new HashMap<>();
    private final Map<Key, List<Integer>> byActivityType = new HashMap<>();

    MatchingRules(List<EvidenceRule> rules) {
        this.rules = List.copyOf(rules);
        for (int i = 0; i < this.rules.size(); i++) {
            EvidenceRule rule = this.rules.get(i);
            Map<Key, List<Integer>> index = rule.activity().isPresent() ? byActivity : byActivityType;
            String object = rule.activity().or(rule::activityType).orElseThrow();
            index.computeIfAbsent(new Key(rule.verb(), object), key -> new ArrayList<>()).add(i);
        }
    }

    /** The rules that match the evidence, in rule order. */
    List<EvidenceRule> matching(Evidence evidence) {
        List<Integer> forActivity = byActivity.getOrDefault(new Key(evidence.verb(), evidence.activityId()), List.of());
        List<Integer> forType = evidence.activityType()
                .map(type -> byActivityType.getOrDefault(new Key(evidence.verb(), type), List.of()))
                .orElse(List.of());
        List<EvidenceRule> matching = new ArrayList<>(forActivity.size() + forType.size());
        int a = 0;
        int t = 0;
        while (a < forActivity.size() || t < forType.size()) {
            boolean takeActivity = t == forType.size()
                    || a < forActivity.size() && forActivity.get(a) < forType.get(t);
            matching.add(rules.get(takeActivity ? forActivity.get(a++) : forType.get(t++)));
        }
        return matching;
    }

    private record Key(String verb, String object) {
    }
}
