package org.flourish.lrs.xapi.rules;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The {@code format} parameter of GET statements (xAPI-Communication 2.1.3, same text in 1.0.3 and 2.0): how
 * much of each Agent, Group, Activity and Verb a returned statement carries.
 */
public final class StatementFormat {

    /** The three formats; {@code exact} is the default when the parameter is absent. */
    public enum Format {
        IDS("ids"), EXACT("exact"), CANONICAL("canonical");

        private final String parameter;

        Format(String parameter) {
            this.parameter = parameter;
        }

        public String parameter() {
            return parameter;
        }

        /**
         * The format a parameter value names; empty for any other value, to be rejected with 400. Case must
         * match exactly, as for every enumerated value (xAPI-Data 2.2.s4.b1.b6, 2.2.s4.b4).
         */
        public static Optional<Format> parse(String parameter) {
            for (Format format : values()) {
                if (format.parameter.equals(parameter)) {
                    return Optional.of(format);
                }
            }
            return Optional.empty();
        }
    }

    private StatementFormat() {
    }

    /** As {@link #apply(JsonObject, Format, List, CanonicalDefinitions)} with no canonical definitions. */
    public static JsonObject apply(JsonObject statement, Format format, List<Locale.LanguageRange> acceptLanguage) {
        return apply(statement, format, acceptLanguage, CanonicalDefinitions.none());
    }

    /**
     * The statement as the format asks.
     *
     * @param statement      a stored statement
     * @param format         the requested format
     * @param acceptLanguage the request's Accept-Language, parsed (empty when absent); used by canonical only
     * @param definitions    the LRS's canonical Activity definitions; used by canonical only
     */
    public static JsonObject apply(JsonObject statement, Format format, List<Locale.LanguageRange> acceptLanguage,
            CanonicalDefinitions definitions) {
        return switch (format) {
            case EXACT -> statement;
            case IDS -> IdsFormat.apply(statement);
            case CANONICAL -> new CanonicalFormat(new LanguagePreference(acceptLanguage), definitions)
                    .apply(statement);
        };
    }
}
