package org.flourish.pathways.web.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.flourish.pathways.explain.ConstraintSentences;
import org.flourish.pathways.explain.ExplanationWords;
import org.flourish.pathways.explain.Formats;
import org.flourish.pathways.model.Explanation;
import org.flourish.pathways.model.LearnerContext;
import org.flourish.pathways.model.MasteryClaim;
import org.flourish.pathways.model.Opportunity;
import org.flourish.pathways.model.Recommendation;

/**
 * One recommendation as a mentor reads it: what (title in her language), who offers it, where and when, what it
 * costs, and why, in the same sentences the API gives ({@link ExplanationWords}): what it teaches, the prerequisites
 * met and the goals it serves, each citing the timeline entries of the statements behind it; what raised or lowered
 * its rank; and each constraint it fits.
 */
public record RecommendationCard(String opportunity, String title, String provider, String where, String how,
                                 List<String> when, Optional<String> dates, String cost, boolean pinned,
                                 List<Cited> why, List<String> notes, List<Check> checks) {

    /** A sentence about the child's mastery, with the timeline entries of the statements it rests on. */
    public record Cited(String sentence, List<String> statementAnchors) {

        static Cited of(String sentence, MasteryClaim claim) {
            return new Cited(sentence, claim.supportingStatements().stream().map(Timeline::anchor).toList());
        }
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
        private final ExplanationWords explanations;
        private final org.flourish.pathways.web.i18n.Messages messages;

        public Maker(LabelsIn labels, CatalogueFacts facts, Formats formats,
                     org.flourish.pathways.web.i18n.Messages messages) {
            this.labels = labels;
            this.facts = facts;
            this.formats = formats;
            this.messages = messages;
            this.sentences = new ConstraintSentences(messages.words(), formats);
            this.explanations = new ExplanationWords(labels::of, messages.words());
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
            List<Cited> cited = new ArrayList<>();
            why.ready().forEach(claim -> cited.add(Cited.of(explanations.ready(claim), claim)));
            why.prerequisitesMet().forEach(met -> cited.add(Cited.of(explanations.prerequisite(met), met)));
            why.goalsServed().forEach(goal -> cited.add(Cited.of(explanations.goal(goal), goal.mastery())));
            List<String> notes = new ArrayList<>();
            why.balance().ifPresent(share -> notes.add(explanations.balance(share)));
            if (why.earlierFromSameProvider() > 0) {
                notes.add(explanations.providerRepeat(why.earlierFromSameProvider()));
            }
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
                    dates, formats.monthlyCost(opportunity.costPerMonth()), pinned, cited, notes, checks);
        }

        public String provider(String iri) {
            return labels.of(iri).orElse(messages.get("provider.unnamed"));
        }
    }
}
