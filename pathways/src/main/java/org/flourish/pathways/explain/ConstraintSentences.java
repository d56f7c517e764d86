package org.flourish.pathways.explain;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.flourish.pathways.model.AccessibilityFeature;
import org.flourish.pathways.model.ConstraintCheck;
import org.flourish.pathways.model.LearnerContext;
import org.flourish.pathways.model.Modality;
import org.flourish.pathways.model.Opportunity;
import org.flourish.pathways.recommend.constraints.Haversine;

/**
 * Each hard constraint's outcome for one opportunity and one child, as a sentence in the reader's language: the
 * engine decides whether it fits ({@link ConstraintCheck#satisfied()}), this says why with the numbers behind it.
 */
public final class ConstraintSentences {

    private final Words words;
    private final Formats formats;

    public ConstraintSentences(Words words, Formats formats) {
        this.words = words;
        this.formats = formats;
    }

    public String of(ConstraintCheck check, Opportunity opportunity, LearnerContext learner) {
        boolean fits = check.satisfied();
        String outcome = fits ? "fits" : "violated";
        return switch (check.constraint()) {
            case "language" -> words.get("constraint.language." + outcome, languages(opportunity.languages()),
                    languages(learner.languages()));
            case "age" -> words.get("constraint.age." + outcome, ages(opportunity), learner.age());
            case "modality" -> words.get("constraint.modality." + outcome, modality(opportunity.modality()));
            case "distance" -> distance(opportunity, learner, outcome);
            case "cost" -> opportunity.costPerMonth().signum() == 0 ? words.get("cost.free")
                    : words.get("constraint.cost." + outcome, formats.money(opportunity.costPerMonth()),
                            formats.money(learner.maxCostPerMonth()));
            case "schedule" -> opportunity.schedule().isEmpty() ? words.get("constraint.schedule.anyTime")
                    : words.get("constraint.schedule." + outcome, opportunity.schedule().stream()
                            .map(formats::slot).collect(Collectors.joining("; ")));
            case "materials" -> !opportunity.materialsNeeded() ? words.get("constraint.materials.none")
                    : words.get("constraint.materials." + outcome);
            case "accessibility" -> learner.accessibilityNeeds().isEmpty()
                    ? words.get("constraint.accessibility.none")
                    : words.get("constraint.accessibility." + outcome, features(learner.accessibilityNeeds()));
            case "capacity" -> opportunity.capacity().isEmpty() ? words.get("constraint.capacity.unlimited")
                    : words.get("constraint.capacity." + outcome,
                            Math.max(0, opportunity.capacity().getAsInt() - opportunity.enrolled()));
            default -> check.reason();
        };
    }

    /** The constraint's own name, e.g. "Distance". */
    public String name(String constraint) {
        String key = "constraint." + constraint;
        return words.has(key) ? words.get(key) : constraint;
    }

    private String distance(Opportunity opportunity, LearnerContext learner, String outcome) {
        if (opportunity.modality() != Modality.IN_PERSON) {
            return words.get("constraint.distance.noTravel");
        }
        if (learner.location().isEmpty() || opportunity.location().isEmpty()) {
            return words.get("constraint.distance.unknown");
        }
        double km = Haversine.kilometres(learner.location().get(), opportunity.location().get());
        return words.get("constraint.distance." + outcome, formats.number(km), formats.number(learner.maxTravelKm()));
    }

    private String ages(Opportunity opportunity) {
        if (opportunity.minAge().isEmpty() && opportunity.maxAge().isEmpty()) {
            return words.get("constraint.age.any");
        }
        return words.get("constraint.age.range", opportunity.minAge().orElse(0),
                opportunity.maxAge().isPresent() ? String.valueOf(opportunity.maxAge().getAsInt()) : "…");
    }

    public String modality(Modality modality) {
        return words.get("modality." + modality.name().toLowerCase(java.util.Locale.ROOT));
    }

    private String languages(Set<String> tags) {
        return new TreeSet<>(tags).stream().map(formats::language).collect(Collectors.joining(", "));
    }

    private String features(Set<AccessibilityFeature> features) {
        List<String> names = features.stream().map(f -> words.get("accessibility." + f.term())).sorted().toList();
        return String.join(", ", names);
    }
}
