package org.flourish.pathways.web.view;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.flourish.pathways.explain.Formats;
import org.flourish.pathways.model.Evidence;
import org.flourish.pathways.model.Opportunity;
import org.flourish.pathways.service.LearnerStates.LearnerState;
import org.flourish.pathways.service.Observations;
import org.flourish.pathways.service.SharedKnowledge;
import org.flourish.pathways.web.i18n.Messages;

/**
 * The learning experiences of a child across providers, newest first, in words: when, what (the opportunity's title,
 * the competency a mentor observed, or the activity's label), what happened (the verb), who offered it (the
 * provider's name, never a credential) and the result.
 */
public record Timeline(List<Entry> entries, int total) {

    /** One experience, with the anchor that recommendation cards cite. */
    public record Entry(String anchor, String date, String what, String happened, String provider,
                        Optional<String> result, List<String> evidenceOf, boolean observation) {
    }

    /** The anchor of a statement's entry on the learner page, which explanations link to. */
    public static String anchor(String statementId) {
        return "s-" + statementId;
    }

    /**
     * The newest {@code shown} experiences of the learner's state. Which competencies each statement is evidence of
     * is indexed once from the estimates, so the cost follows the entries shown, not the square of the record.
     */
    public static Timeline of(LearnerState state, SharedKnowledge shared, int shown, LabelsIn labels,
                              ProviderNames providers, Formats formats, Messages messages) {
        Map<String, List<String>> evidenceOf = new HashMap<>();
        state.mastery().estimates().values().forEach(estimate -> estimate.supportingStatements().forEach(id ->
                evidenceOf.computeIfAbsent(id, s -> new ArrayList<>()).add(estimate.competency())));
        List<Entry> entries = state.evidence().stream().sorted(NEWEST_FIRST).limit(shown).map(evidence -> {
            boolean observation = evidence.verb().equals(Observations.VERB);
            Optional<Opportunity> opportunity = shared.opportunityOfActivity(evidence.activityId());
            String what = opportunity.map(o -> labels.of(o.iri()).orElse(o.title()))
                    .or(() -> labels.of(evidence.activityId()))
                    .orElse(messages.get("timeline.unknownActivity"));
            String provider = observation ? messages.get("timeline.mentor")
                    : opportunity.map(Opportunity::iri).flatMap(providers::ofOpportunity)
                            .or(() -> providers.ofCredential(evidence.provider()))
                            .or(evidence::providerName)
                            .orElse(messages.get("provider.unnamed"));
            Optional<String> result = evidence.scoreScaled().isPresent()
                    ? Optional.of(messages.get("timeline.score", formats.percent(Math.max(0,
                            evidence.scoreScaled().getAsDouble()))))
                    : evidence.success().map(success -> messages.get(observation
                            ? (success ? "timeline.shown" : "timeline.notYet")
                            : (success ? "timeline.success" : "timeline.failure")));
            return new Entry(anchor(evidence.statementId()), formats.date(evidence.timestamp()), what,
                    verb(evidence.verb(), messages), provider, result,
                    evidenceOf.getOrDefault(evidence.statementId(), List.of()).stream().sorted()
                            .map(labels::name).toList(), observation);
        }).toList();
        return new Timeline(entries, state.evidence().size());
    }

    private static final Comparator<Evidence> NEWEST_FIRST = Comparator.comparing(Evidence::timestamp)
            .thenComparing(Evidence::statementId).reversed();

    /** An ADL or Flourish verb's words; any other verb as "took part". */
    static String verb(String iri, Messages messages) {
        String key = "verb." + iri.substring(iri.lastIndexOf('/') + 1);
        return messages.has(key) ? messages.get(key) : messages.get("verb.other");
    }

    /** Who offered an experience: the catalogue's provider of its opportunity, or the LRS provider of its credential. */
    public interface ProviderNames {
        Optional<String> ofOpportunity(String opportunity);

        Optional<String> ofCredential(String providerKey);
    }
}
