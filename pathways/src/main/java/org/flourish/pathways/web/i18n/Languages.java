package org.flourish.pathways.web.i18n;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages of the interface: English, French, Spanish, Portuguese and Arabic (written right to left). A
 * person's choice is kept with their account, and in a cookie before they sign in.
 */
public final class Languages {

    public static final List<String> SUPPORTED = List.of("en", "fr", "es", "pt", "ar");
    public static final String DEFAULT = "en";

    private Languages() {
    }

    /** The supported language a tag names ({@code fr-SN} is French), if any. */
    public static Optional<String> supported(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(tag.strip()).getLanguage();
        return SUPPORTED.contains(language) ? Optional.of(language) : Optional.empty();
    }

    /** The first supported language among those a browser asks for (Accept-Language, best first). */
    public static String fromBrowser(List<Locale> preferred) {
        return preferred.stream().map(Locale::getLanguage).filter(SUPPORTED::contains).findFirst().orElse(DEFAULT);
    }

    public static boolean isRightToLeft(String language) {
        return language.equals("ar");
    }

    /** A language's own name, for the language chooser (each in itself, so anyone finds theirs). */
    public static String ownName(String language) {
        Locale locale = Locale.forLanguageTag(language);
        String name = locale.getDisplayLanguage(locale);
        return name.isEmpty() ? language : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }
}
