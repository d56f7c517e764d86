package org.flourish.pathways.web.view;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.flourish.pathways.rdf.Labels;
import org.flourish.pathways.service.LearnerPathway.Experience;
import org.flourish.pathways.service.Observations;
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

    public static Timeline of(List<Experience> experiences, int shown, Labels labels, List<Locale> languages,
                              ProviderNames providers, Formats formats, Messages messages) {
        List<Entry> entries = experiences.stream().limit(shown).map(experience -> {
            boolean observation = experience.verb().equals(Observations.VERB);
            String what = experience.title().or(() -> labels.of(experience.activityId(), languages))
                    .orElse(messages.get("timeline.unknownActivity"));
            String provider = observation ? messages.get("timeline.mentor")
                    : experience.opportunity().flatMap(providers::ofOpportunity)
                            .or(() -> providers.ofCredential(experience.provider()))
                            .orElse(messages.get("provider.unnamed"));
            Optional<String> result = experience.scoreScaled().isPresent()
                    ? Optional.of(messages.get("timeline.score", formats.percent(Math.max(0,
                            experience.scoreScaled().getAsDouble()))))
                    : experience.success().map(success -> messages.get(observation
                            ? (success ? "timeline.shown" : "timeline.notYet")
                            : (success ? "timeline.success" : "timeline.failure")));
            return new Entry(anchor(experience.statementId()), formats.date(experience.timestamp()), what,
                    verb(experience.verb(), messages), provider, result,
                    experience.evidenceOf().stream().map(c -> labels.of(c, languages).orElse(c)).toList(),
                    observation);
        }).toList();
        return new Timeline(entries, experiences.size());
    }

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
