package org.flourish.pathways.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.flourish.pathways.model.Explanation;
import org.flourish.pathways.model.Explanation.DomainShare;
import org.flourish.pathways.model.Explanation.GoalServed;
import org.flourish.pathways.model.MasteryClaim;
import org.flourish.pathways.model.Opportunity;

/**
 * A recommendation's explanation in one reader's language: the data's labels (else a readable name, never a bare
 * IRI) and the sentences a mentor reads, from {@link Words}. The API and the web app both explain through this class,
 * so the same recommendation reads the same in either.
 */
public final class ExplanationWords {

    private final Function<String, Optional<String>> labels;
    private final Words words;
    private final Formats formats;

    /** {@code labels} gives the data's label of an IRI in the reader's language, if it has one. */
    public ExplanationWords(Function<String, Optional<String>> labels, Words words) {
        this.labels = labels;
        this.words = words;
        this.formats = new Formats(words);
    }

    public Words words() {
        return words;
    }

    public Formats formats() {
        return formats;
    }

    /** An IRI with its label in the reader's language, else a name read from the IRI. */
    public Named named(String iri) {
        return new Named(iri, label(iri));
    }

    public String label(String iri) {
        return labels.apply(iri).orElseGet(() -> ReadableNames.of(iri));
    }

    /** The opportunity by its title in the reader's language, else the catalogue's title. */
    public Named opportunity(Opportunity opportunity) {
        return new Named(opportunity.iri(), labels.apply(opportunity.iri()).orElse(opportunity.title()));
    }

    /** "Teaches “Counting to 100”: mastery now 42% (± 18%), from 3 statements." */
    public String ready(MasteryClaim claim) {
        String name = label(claim.competency());
        return claim.supportingStatements().isEmpty() ? words.get("explain.ready.noEvidence", name)
                : words.get("explain.ready", name, formats.percent(claim.mean()), formats.percent(claim.uncertainty()),
                        claim.supportingStatements().size());
    }

    /** "Has what it builds on: “Counts aloud to 10”, mastery 90% (± 8%)." */
    public String prerequisite(MasteryClaim claim) {
        return words.get("explain.prerequisite", label(claim.competency()), formats.percent(claim.mean()),
                formats.percent(claim.uncertainty()));
    }

    /** "Builds directly toward the goal “Counting to 100” (mastery now 42%)." */
    public String goal(GoalServed goal) {
        return words.get(goal.direct() ? "explain.goal.direct" : "explain.goal.onTheWay",
                label(goal.mastery().competency()), formats.percent(goal.mastery().mean()));
    }

    /** "Numeracy: 2 pieces of evidence so far, 9 in the most active domain; 0 of 12 competencies mastered." */
    public String balance(DomainShare share) {
        return words.get("explain.balance", label(share.domain()), share.evidence(), share.evidenceMostActive(),
                share.mastered(), share.competencies());
    }

    /** "One recommendation above comes from the same provider, which lowers its rank." */
    public String providerRepeat(int earlier) {
        return words.get("explain.providerRepeat", earlier);
    }

    /**
     * The notes that say why it ranks where it does: a mentor's pin, goals served, the domain's balance, the
     * provider's repeats.
     */
    public List<String> notes(Explanation explanation) {
        List<String> notes = new ArrayList<>();
        if (explanation.pinnedByMentor()) {
            notes.add(words.get("explain.pinned"));
        }
        explanation.goalsServed().forEach(goal -> notes.add(goal(goal)));
        explanation.balance().ifPresent(share -> notes.add(balance(share)));
        if (explanation.earlierFromSameProvider() > 0) {
            notes.add(providerRepeat(explanation.earlierFromSameProvider()));
        }
        return List.copyOf(notes);
    }
}
