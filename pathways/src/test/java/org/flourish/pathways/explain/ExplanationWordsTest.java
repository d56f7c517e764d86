package org.flourish.pathways.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.flourish.pathways.model.Explanation;
import org.flourish.pathways.model.Explanation.DomainShare;
import org.flourish.pathways.model.Explanation.GoalServed;
import org.flourish.pathways.model.MasteryClaim;
import org.junit.jupiter.api.Test;

/** The sentences of an explanation, in each language the engine speaks, name things by label and never by IRI. */
class ExplanationWordsTest {

    private static final String COUNTING = "https://w3id.org/flourish/samples/foundations/NUM-07";
    private static final String NUMERACY = "https://w3id.org/flourish/ns#NumeracyMathematics";
    private static final Map<String, String> LABELS = Map.of(COUNTING, "Counting to 100", NUMERACY, "Numeracy");

    private static ExplanationWords in(String language) {
        return new ExplanationWords(iri -> Optional.ofNullable(LABELS.get(iri)), Words.in(language));
    }

    private static Explanation explanation() {
        MasteryClaim counting = new MasteryClaim(COUNTING, 0.42, 0.18, List.of("s-1", "s-2", "s-3"));
        return new Explanation(List.of(counting), List.of(), List.of(new GoalServed(counting, true)),
                Optional.of(new DomainShare(NUMERACY, 12, 0, 3, List.of(counting), 3, 9)), 2, List.of());
    }

    @Test
    void englishNotesAreSentencesNamingTheGoalAndTheDomainByLabel() {
        ExplanationWords words = in("en");
        assertEquals(List.of("Builds directly toward the goal “Counting to 100” (mastery now 42%).",
                "Numeracy: 3 records so far (the most active domain has 9); 0 of 12 competencies mastered.",
                "2 recommendations above come from the same provider, which lowers its rank."),
                words.notes(explanation()));
        assertEquals("Teaches “Counting to 100”: mastery now 42% (± 18%), from 3 statements.",
                words.ready(explanation().ready().get(0)));
        assertEquals("Teaches “NUM-01”, which the child has no evidence of yet.",
                words.ready(new MasteryClaim("https://w3id.org/flourish/samples/foundations/NUM-01", 0, 0.5, List.of())));
    }

    @Test
    void aDomainWithNothingRecordedSaysSo() {
        MasteryClaim counting = new MasteryClaim(COUNTING, 0.42, 0.18, List.of("s-1"));
        assertEquals("Numeracy: nothing recorded yet (the most active domain has 4); 0 of 12 competencies mastered.",
                in("en").balance(new DomainShare(NUMERACY, 12, 0, 0, List.of(), 0, 4)));
        assertEquals("Numeracy : un enregistrement pour l'instant (le domaine le plus actif en a 4) ; "
                + "0 compétences maîtrisées sur 12.", in("fr").balance(new DomainShare(NUMERACY, 12, 0, 0,
                List.of(counting), 1, 4)));
    }

    @Test
    void everyLanguageSaysEverySentenceWithoutAnIriOrAMissingKey() {
        for (String language : Words.LANGUAGES) {
            ExplanationWords words = in(language);
            assertEquals(language, words.words().locale().getLanguage());
            List<String> said = new java.util.ArrayList<>(words.notes(explanation()));
            said.add(words.ready(explanation().ready().get(0)));
            said.add(words.prerequisite(explanation().ready().get(0)));
            said.add(words.goal(new GoalServed(explanation().ready().get(0), false)));
            for (String sentence : said) {
                assertFalse(sentence.contains("http") || sentence.contains("??") || sentence.contains("{"),
                        language + ": " + sentence);
                assertTrue(sentence.contains("Counting to 100") || sentence.contains("Numeracy")
                        || sentence.contains("2") || sentence.contains("٢"), language + ": " + sentence);
            }
        }
    }

    @Test
    void aReaderLanguageTheEngineDoesNotSpeakFallsBackToEnglish() {
        assertEquals("en", Words.forReader(List.of(Locale.forLanguageTag("wo"))).locale().getLanguage());
        assertEquals("fr", Words.forReader(List.of(Locale.forLanguageTag("wo"), Locale.forLanguageTag("fr-SN")))
                .locale().getLanguage());
        assertEquals("en", Words.forReader(List.of()).locale().getLanguage());
    }
}
