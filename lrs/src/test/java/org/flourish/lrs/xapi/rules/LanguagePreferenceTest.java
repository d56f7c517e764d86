package org.flourish.lrs.xapi.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LanguagePreferenceTest {

    private static final List<String> VERB_DISPLAY = List.of("en-US", "fr", "sw");
    private static final List<String> ACTIVITY_NAME = List.of("en-US", "en-GB", "fr");

    @Test
    void highestQualityLanguageIsChosen() {
        assertEquals(Optional.of("sw"), choose("fr;q=0.4, sw;q=0.9", VERB_DISPLAY));
    }

    @Test
    void rangeMatchesTagsItIsAPrefixOf() {
        assertEquals(Optional.of("en-US"), choose("en, fr;q=0.5", VERB_DISPLAY));
    }

    @Test
    void tagsAreMatchedWhateverTheirCase() {
        assertEquals(Optional.of("en-GB"), choose("EN-gb", ACTIVITY_NAME));
    }

    @Test
    void longestMatchingRangeGivesTheQuality() {
        assertEquals(Optional.of("en-GB"), choose("en-US;q=0.2, en;q=0.8", ACTIVITY_NAME));
    }

    @Test
    void equalQualitiesGoToTheFirstTagOfTheMap() {
        assertEquals(Optional.of("en-US"), choose("en", ACTIVITY_NAME));
    }

    @Test
    void wildcardMatchesTagsNoOtherRangeMatches() {
        assertEquals(Optional.of("fr"), choose("en;q=0.1, *;q=0.5", ACTIVITY_NAME));
    }

    @Test
    void refusedLanguageIsNotChosenThroughTheWildcard() {
        assertEquals(Optional.of("fr"), choose("en;q=0, *", ACTIVITY_NAME));
    }

    @Test
    void regionalVariantOfTheWantedLanguageIsTheFirstFallback() {
        assertEquals(Optional.of("en-US"), choose("de, en-AU;q=0.5", List.of("fr", "en-US")));
    }

    @Test
    void undeterminedIsTheNextFallback() {
        assertEquals(Optional.of("und"), choose("de", List.of("sw", "und")));
    }

    @Test
    void firstTagNotRefusedIsTheLastFallback() {
        assertEquals(Optional.of("fr"), choose("de, sw;q=0", List.of("sw", "fr")));
    }

    @Test
    void mapWhoseOnlyLanguageIsRefusedStillReturnsIt() {
        assertEquals(Optional.of("fr"), choose("fr;q=0", List.of("fr")));
    }

    @Test
    void noAcceptLanguageChoosesTheFirstTag() {
        assertEquals(Optional.of("sw"), new LanguagePreference(List.of()).choose(List.of("sw", "en")));
    }

    @Test
    void emptyMapHasNoLanguage() {
        assertEquals(Optional.empty(), choose("en", List.of()));
    }

    private static Optional<String> choose(String acceptLanguage, List<String> tags) {
        return new LanguagePreference(Locale.LanguageRange.parse(acceptLanguage)).choose(tags);
    }
}
