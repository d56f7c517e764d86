package org.flourish.pathways.explain;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The engine's sentences about recommendations (explanations, constraints, costs, times) in one of the languages it
 * speaks, from the bundles {@code org/flourish/pathways/explain/words[_xx].properties} (UTF-8), with
 * {@link MessageFormat} arguments. The API and the web app read the same ones.
 */
public final class Words {

    public static final String BUNDLE = "org.flourish.pathways.explain.words";
    public static final List<String> LANGUAGES = List.of("en", "fr", "es", "pt", "ar");
    private static final Map<String, Words> BY_LANGUAGE = new ConcurrentHashMap<>();

    private final ResourceBundle bundle;
    private final Locale locale;

    private Words(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /** The words in a language the engine speaks ({@code fr-SN} is French), else English. */
    public static Words in(String language) {
        String spoken = Locale.forLanguageTag(language).getLanguage();
        String chosen = LANGUAGES.contains(spoken) ? spoken : "en";
        return BY_LANGUAGE.computeIfAbsent(chosen, tag -> new Words(ResourceBundle.getBundle(BUNDLE,
                Locale.forLanguageTag(tag), Words.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)),
                Locale.forLanguageTag(tag)));
    }

    /** The first language of the reader's (Accept-Language, best first) that the engine speaks, else English. */
    public static Words forReader(List<Locale> preferred) {
        return in(preferred.stream().map(Locale::getLanguage).filter(LANGUAGES::contains).findFirst().orElse("en"));
    }

    public Locale locale() {
        return locale;
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** The message; a missing key shows as {@code ??key??}, which the bundle tests look for. */
    public String get(String key, Object... arguments) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "??" + key + "??";
        }
        return format(pattern, locale, arguments);
    }

    /** A bundle's pattern with its arguments; without any, only the quoting of apostrophes is undone. */
    public static String format(String pattern, Locale locale, Object... arguments) {
        return arguments.length == 0 ? pattern.replace("''", "'") : new MessageFormat(pattern, locale).format(arguments);
    }
}
