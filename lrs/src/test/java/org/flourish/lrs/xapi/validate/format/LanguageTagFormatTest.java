package org.flourish.lrs.xapi.validate.format;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageTagFormatTest {

    @ParameterizedTest
    @ValueSource(strings = {"en", "en-US", "sw-KE", "es-419", "zh-Hant-TW", "zh-yue-HK", "sr-Latn-RS", "de-CH-1901",
            "sl-rozaj-biske", "en-US-u-islamcal", "en-a-bbb-x-a-ccc", "x-whatever", "i-klingon", "en-GB-oed",
            "zh-min-nan", "und", "EN-us", "qaa"})
    void wellFormedRfc5646TagsAreValid(String tag) {
        assertTrue(LanguageTagFormat.isValid(tag));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "e", "en_US", "en-", "-en", "englishlanguage", "en--US", "en-US-", "a-DE", "en-x",
            "en-US-x-", "x-toolongprivate", "de-419-DE", "en US", "123", "zh-Hant-TW-Hans"})
    void malformedTagsAreRejected(String tag) {
        assertFalse(LanguageTagFormat.isValid(tag));
    }
}
