package org.flourish.pathways.web.view;

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
import org.flourish.pathways.web.i18n.Messages;

/**
 * Each hard constraint's outcome for one opportunity and one child, as a sentence in the reader's language: the
 * engine decides whether it fits ({@link ConstraintCheck#satisfied()}), this says why with the numbers behind it.
 */
public final class ConstraintSentences {

    private final Messages messages;
    private final Formats formats;

    public ConstraintSentences(Messages messages, Formats formats) {
        this.messages = messages;
        this.formats = formats;
    }

    public String of(ConstraintCheck check, Opportunity opportunity, LearnerContext learner) {
        boolean fits = check.satisfied();
        String outcome = fits ? "fits" : "violated";
        return switch (check.constraint()) {
            case "language" -> messages.get("constraint.language." + outcome, languages(opportunity.languages()),
                    languages(learner.languages()));
            case "age" -> messages.get("constraint.age." + outcome, ages(opportunity), learner.age());
            case "modality" -> messages.get("constraint.modality." + outcome, modality(opportunity.modality()));
            case "distance" -> distance(opportunity, learner, outcome);
            case "cost" -> opportunity.costPerMonth().signum() == 0 ? messages.get("cost.free")
                    : messages.get("constraint.cost." + outcome, formats.money(opportunity.costPerMonth()),
                            formats.money(learner.maxCostPerMonth()));
            case "schedule" -> opportunity.schedule().isEmpty() ? messages.get("constraint.schedule.anyTime")
                    : messages.get("constraint.schedule." + outcome, opportunity.schedule().stream()
                            .map(formats::slot).collect(Collectors.joining("; ")));
            case "materials" -> !opportunity.materialsNeeded() ? messages.get("constraint.materials.none")
                    : messages.get("constraint.materials." + outcome);
            case "accessibility" -> learner.accessibilityNeeds().isEmpty()
                    ? messages.get("constraint.accessibility.none")
                    : messages.get("constraint.accessibility." + outcome, features(learner.accessibilityNeeds()));
            case "capacity" -> opportunity.capacity().isEmpty() ? messages.get("constraint.capacity.unlimited")
                    : messages.get("constraint.capacity." + outcome,
                            Math.max(0, opportunity.capacity().getAsInt() - opportunity.enrolled()));
            default -> check.reason();
        };
    }

    /** The constraint's own name, e.g. "Distance". */
    public String name(String constraint) {
        String key = "constraint." + constraint;
        return messages.has(key) ? messages.get(key) : constraint;
    }

    private String distance(Opportunity opportunity, LearnerContext learner, String outcome) {
        if (opportunity.modality() != Modality.IN_PERSON) {
            return messages.get("constraint.distance.noTravel");
        }
        if (learner.location().isEmpty() || opportunity.location().isEmpty()) {
            return messages.get("constraint.distance.unknown");
        }
        double km = Haversine.kilometres(learner.location().get(), opportunity.location().get());
        return messages.get("constraint.distance." + outcome, formats.number(km), formats.number(learner.maxTravelKm()));
    }

    private String ages(Opportunity opportunity) {
        if (opportunity.minAge().isEmpty() && opportunity.maxAge().isEmpty()) {
            return messages.get("constraint.age.any");
        }
        return messages.get("constraint.age.range", opportunity.minAge().orElse(0),
                opportunity.maxAge().isPresent() ? String.valueOf(opportunity.maxAge().getAsInt()) : "…");
    }

    public String modality(Modality modality) {
        return messages.get("modality." + modality.name().toLowerCase(java.util.Locale.ROOT));
    }

    private String languages(Set<String> tags) {
        return new TreeSet<>(tags).stream().map(formats::language).collect(Collectors.joining(", "));
    }

    private String features(Set<AccessibilityFeature> features) {
        List<String> names = features.stream().map(f -> messages.get("accessibility." + f.term())).sorted().toList();
        return String.join(", ", names);
    }
}
