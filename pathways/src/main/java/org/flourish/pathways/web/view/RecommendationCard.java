package org.flourish.pathways.web.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.flourish.pathways.model.Explanation;
import org.flourish.pathways.model.LearnerContext;
import org.flourish.pathways.model.Opportunity;
import org.flourish.pathways.model.Recommendation;

/**
 * One recommendation as a mentor reads it: what (title in her language), who offers it, where and when, what it
 * costs, and why: the competencies it opens for the child, the prerequisites met (citing the statements that show
 * them), the goals it serves and each constraint it fits.
 */
public record RecommendationCard(String opportunity, String title, String provider, String where, String how,
                                 List<String> when, Optional<String> dates, String cost, boolean pinned,
                                 List<String> ready, List<Prerequisite> prerequisites, List<String> goals,
                                 List<Check> checks) {

    /** A prerequisite the child has, with the mastery and the timeline entries that show it. */
    public record Prerequisite(String label, String mastery, List<String> statementAnchors) {
    }

    /** One constraint's name, whether it fits, and the sentence saying why. */
    public record Check(String name, boolean fits, String sentence) {
    }

    /** Builds cards in one language for one child. */
    public static final class Maker {

        private final LabelsIn labels;
        private final CatalogueFacts facts;
        private final Formats formats;
        private final ConstraintSentences sentences;
        private final org.flourish.pathways.web.i18n.Messages messages;

        public Maker(LabelsIn labels, CatalogueFacts facts, Formats formats,
                     org.flourish.pathways.web.i18n.Messages messages) {
            this.labels = labels;
            this.facts = facts;
            this.formats = formats;
            this.messages = messages;
            this.sentences = new ConstraintSentences(messages, formats);
        }

        public ConstraintSentences sentences() {
            return sentences;
        }

        public String title(Opportunity opportunity) {
            return labels.of(opportunity.iri()).orElse(opportunity.title());
        }

        public RecommendationCard card(Recommendation recommendation, LearnerContext learner, boolean pinned) {
            Opportunity opportunity = recommendation.opportunity();
            Explanation why = recommendation.explanation();
            List<Prerequisite> prerequisites = new ArrayList<>();
            why.prerequisitesMet().forEach(met -> prerequisites.add(new Prerequisite(label(met.competency()),
                    formats.percent(met.mean()), met.supportingStatements().stream().map(Timeline::anchor).toList())));
            List<Check> checks = why.constraintChecks().stream().map(check -> new Check(
                    sentences.name(check.constraint()), check.satisfied(),
                    sentences.of(check, opportunity, learner))).toList();
            Optional<String> dates = facts.startDate(opportunity.iri()).map(start -> facts.endDate(opportunity.iri())
                    .map(end -> messages.get("card.dates", formats.date(start), formats.date(end)))
                    .orElse(messages.get("card.from", formats.date(start))));
            return new RecommendationCard(opportunity.iri(), title(opportunity), provider(opportunity.provider()),
                    facts.locality(opportunity.iri()).orElse(""),
                    sentences.modality(opportunity.modality()),
                    opportunity.schedule().isEmpty() ? List.of(messages.get("card.anyTime"))
                            : opportunity.schedule().stream().map(formats::slot).toList(),
                    dates, formats.monthlyCost(opportunity.costPerMonth()), pinned,
                    why.readyCompetencies().stream().map(this::label).toList(), prerequisites,
                    why.goalCompetencies().stream().map(this::label).toList(), checks);
        }

        public String provider(String iri) {
            return labels.of(iri).orElse(messages.get("provider.unnamed"));
        }

        private String label(String iri) {
            return labels.orIri(iri);
        }
    }
}
