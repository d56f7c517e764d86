package org.flourish.pathways.web.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The interface's words, from the bundles {@code org/flourish/pathways/web/messages[_xx].properties} (UTF-8), with
 * {@link MessageFormat} arguments. Every string a person reads comes from here or from the data (labels, names).
 */
public final class Messages {

    public static final String BUNDLE = "org.flourish.pathways.web.messages";

    private final ResourceBundle bundle;
    private final Locale locale;

    private Messages(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    public static Messages in(String language) {
        Locale locale = Locale.forLanguageTag(language);
        return new Messages(ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)), locale);
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
        return arguments.length == 0 ? pattern.replace("''", "'") : new MessageFormat(pattern, locale).format(arguments);
    }
}
