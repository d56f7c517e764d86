package org.flourish.pathways.web.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

import org.flourish.pathways.explain.Words;

/**
 * The interface's words, from the bundles {@code org/flourish/pathways/web/messages[_xx].properties} (UTF-8), with
 * {@link MessageFormat} arguments, falling back on the engine's {@link Words} (explanations, constraints, costs and
 * times are said once, there, for the API and the web app alike). Every string a person reads comes from here or
 * from the data (labels, names).
 */
public final class Messages {

    public static final String BUNDLE = "org.flourish.pathways.web.messages";

    private final ResourceBundle bundle;
    private final Locale locale;
    private final Words words;

    private Messages(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
        this.words = Words.in(locale.getLanguage());
    }

    public static Messages in(String language) {
        Locale locale = Locale.forLanguageTag(language);
        return new Messages(ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)), locale);
    }

    public Locale locale() {
        return locale;
    }

    /** The engine's own sentences (explanations, constraints, costs, times), which the API gives too. */
    public Words words() {
        return words;
    }

    public boolean has(String key) {
        return bundle.containsKey(key) || words.has(key);
    }

    /** The message, from the web app's bundle else the engine's words; a missing key shows as {@code ??key??}. */
    public String get(String key, Object... arguments) {
        return bundle.containsKey(key) ? Words.format(bundle.getString(key), locale, arguments)
                : words.get(key, arguments);
    }
}
