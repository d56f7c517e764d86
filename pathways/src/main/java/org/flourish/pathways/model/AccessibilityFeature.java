package org.flourish.pathways.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What an opportunity offers for access ({@code fl:accessibility}) and what a learner needs
 * ({@code fl:accessibilityNeed}): the individuals of {@code fl:AccessibilityFeature}, whose local names are these
 * constants in upper camel case (e.g. {@code fl:WheelchairAccessible}).
 */
public enum AccessibilityFeature {
    WHEELCHAIR_ACCESSIBLE,
    SIGN_LANGUAGE,
    LARGE_PRINT,
    AUDIO_ONLY,
    GIRLS_ONLY,
    CHILDCARE_PROVIDED;

    /** The term's local name in the Flourish vocabulary, e.g. {@code WheelchairAccessible}. */
    public String localName() {
        StringBuilder name = new StringBuilder();
        for (String word : name().split("_")) {
            name.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
        }
        return name.toString();
    }

    /** The name the API uses, e.g. {@code wheelchair-accessible}. */
    public String term() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<AccessibilityFeature> ofLocalName(String localName) {
        return Arrays.stream(values()).filter(feature -> feature.localName().equals(localName)).findFirst();
    }

    public static Optional<AccessibilityFeature> ofTerm(String term) {
        return Arrays.stream(values()).filter(feature -> feature.term().equals(term)).findFirst();
    }
}
