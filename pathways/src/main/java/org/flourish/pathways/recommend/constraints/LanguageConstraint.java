package org.flourish.pathways.recommend.constraints;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.flourish.pathways.model.ConstraintCheck;
import org.flourish.pathways.model.LearnerContext;
import org.flourish.pathways.model.Opportunity;

/**
 * The opportunity is taught in a language the learner understands. Tags are compared by their primary language
 * subtag (BCP 47), so a learner who speaks {@code fr} follows a lesson tagged {@code fr-SN}.
 */
public final class LanguageConstraint implements HardConstraint {

    @Override
    public String name() {
        return "language";
    }

    /** Primary subtags of the tags seen so far: few distinct tags, each parsed once rather than on every check. */
    private final Map<String, String> primaryOfTag = new ConcurrentHashMap<>();

    @Override
    public boolean admits(Opportunity opportunity, LearnerContext learner) {
        for (String spoken : learner.languages()) {
            String understood = primary(spoken);
            for (String tag : opportunity.languages()) {
                if (understood.equals(primary(tag))) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public ConstraintCheck check(Opportunity opportunity, LearnerContext learner) {
        Set<String> understood = learner.languages().stream().map(this::primary)
                .collect(Collectors.toSet());
        Optional<String> shared = opportunity.languages().stream()
                .filter(tag -> understood.contains(primary(tag))).sorted().findFirst();
        return shared.map(tag -> ConstraintCheck.fits(name(), "taught in " + tag + ", which the learner understands"))
                .orElseGet(() -> ConstraintCheck.violated(name(), "taught only in " + sorted(opportunity.languages())
                        + ", none of which the learner understands"));
    }

    private String primary(String tag) {
        return primaryOfTag.computeIfAbsent(tag, t -> Locale.forLanguageTag(t).getLanguage());
    }

    private static String sorted(Set<String> tags) {
        return tags.stream().sorted().collect(Collectors.joining(", "));
    }
}
