package org.flourish.pathways.simulate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.flourish.pathways.framework.PrerequisiteGraph;
import org.flourish.pathways.framework.PrerequisiteGroup;
import org.flourish.pathways.model.LearnerMastery;

/** The baseline policies, each drawing only from the opportunities the engine's hard constraints admit. */
final class Baselines {

    private Baselines() {
    }

    /** Any admitted opportunity, uniformly. */
    static Policy random() {
        return new Policy() {
            public String name() {
                return "Random feasible";
            }

            public List<String> recommend(Situation s, int limit) {
                List<String> all = new ArrayList<>(s.feasible().stream().map(SimOpportunity::iri).toList());
                for (int i = all.size() - 1; i > 0; i--) {
                    java.util.Collections.swap(all, i, s.random().nextInt(i + 1));
                }
                return Policy.withOverrides(all.subList(0, Math.min(all.size(), Policy.room(s, limit))), s, limit);
            }
        };
    }

    /** The admitted opportunities children took most often so far. */
    static Policy popularity() {
        Map<String, Integer> taken = new HashMap<>();
        return new Policy() {
            public String name() {
                return "Popularity";
            }

            public List<String> recommend(Situation s, int limit) {
                return Policy.withOverrides(s.feasible().stream().map(SimOpportunity::iri)
                        .sorted(Comparator.comparing((String iri) -> -taken.getOrDefault(iri, 0))
                                .thenComparing(Comparator.naturalOrder()))
                        .limit(Policy.room(s, limit)).toList(), s, limit);
            }

            @Override
            public void taken(String opportunity) {
                taken.merge(opportunity, 1, Integer::sum);
            }
        };
    }

    /**
     * Kolibri's rule: content whose any prerequisite the child has completed, or the next sibling of completed
     * content, in the curriculum's order; before anything is completed, the first level.
     */
    static Policy kolibri(Curriculum curriculum) {
        Map<String, Integer> order = new HashMap<>();
        for (int i = 0; i < curriculum.competencies().size(); i++) {
            order.put(curriculum.competencies().get(i), i);
        }
        PrerequisiteGraph stated = curriculum.stated();
        return new Policy() {
            public String name() {
                return "Kolibri rule";
            }

            public List<String> recommend(Situation s, int limit) {
                Set<String> done = s.completedCompetencies();
                Set<String> next = new HashSet<>();
                for (String competency : curriculum.competencies()) {
                    if (done.contains(competency)) {
                        curriculum.next(competency).ifPresent(next::add);
                    } else if (stated.prerequisitesOf(competency).stream()
                            .anyMatch(group -> group.required().stream().anyMatch(done::contains))
                            || done.isEmpty() && stated.prerequisitesOf(competency).isEmpty()) {
                        next.add(competency);
                    }
                }
                next.removeAll(done);
                return Policy.withOverrides(s.feasible().stream()
                        .filter(o -> o.offer().develops().stream().anyMatch(next::contains))
                        .sorted(Comparator.comparing((SimOpportunity o) -> o.offer().develops().stream()
                                .filter(next::contains).mapToInt(order::get).min().orElse(Integer.MAX_VALUE))
                                .thenComparing(SimOpportunity::iri))
                        .map(SimOpportunity::iri).limit(Policy.room(s, limit)).toList(), s, limit);
            }
        };
    }

    /**
     * Lowest-mastery greedy, as OATutor picks within a lesson: among the child's goals and everything on the way
     * to them, the competency the engine estimates lowest, then the next; each with the admitted opportunities that
     * develop it.
     */
    static Policy lowestMastery(Curriculum curriculum, java.util.function.Function<String, LearnerMastery> estimates) {
        return new Policy() {
            public String name() {
                return "Lowest-mastery greedy";
            }

            public List<String> recommend(Situation s, int limit) {
                LearnerMastery mastery = estimates.apply(s.child().key);
                Set<String> lesson = onTheWay(curriculum.stated(), s.context().goals());
                return Policy.withOverrides(s.feasible().stream()
                        .filter(o -> o.offer().develops().stream().anyMatch(lesson::contains))
                        .sorted(Comparator.comparingDouble((SimOpportunity o) -> o.offer().develops().stream()
                                .filter(lesson::contains).mapToDouble(mastery::meanOf).min().orElse(1.0))
                                .thenComparing(SimOpportunity::iri))
                        .map(SimOpportunity::iri).limit(Policy.room(s, limit)).toList(), s, limit);
            }
        };
    }

    /** The goals and their transitive prerequisites. */
    static Set<String> onTheWay(PrerequisiteGraph graph, Set<String> goals) {
        Set<String> seen = new HashSet<>(goals);
        List<String> toVisit = new ArrayList<>(goals);
        while (!toVisit.isEmpty()) {
            for (PrerequisiteGroup group : graph.prerequisitesOf(toVisit.remove(toVisit.size() - 1))) {
                group.required().stream().filter(seen::add).forEach(toVisit::add);
            }
        }
        return seen;
    }
}
