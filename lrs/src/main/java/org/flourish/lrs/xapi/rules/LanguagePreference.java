package org.flourish.lrs.xapi.rules;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Picks the one entry of a language map to return in canonical format (xAPI-Communication 2.1.3.s4.b5): the
 * {@code Accept-Language} logic of RFC 2616 section 14.4, applied to each language map on its own.
 *
 * <p>RFC 2616: a tag's quality is the weight of the longest range that equals it or is a prefix of it followed by
 * {@code -}; {@code *} matches any tag no other range matches; a tag no range matches has quality 0. The best tag
 * has the highest quality above 0; ties go to the tag first in the map.
 *
 * <p>The spec still asks for one language when no tag is acceptable (2.1.3.s4.b1), so the fallback, among the tags
 * not refused with {@code q=0}, is: a tag with the primary language of the most wanted range ({@code fr-FR} for
 * {@code fr-CA}), then {@code und} (undetermined), then the first tag of the map.
 */
final class LanguagePreference {

    private static final String ANY = "*";
    private static final String UNDETERMINED = "und";

    private final List<Locale.LanguageRange> ranges;

    /** @param ranges the parsed Accept-Language header, e.g. {@code Locale.LanguageRange.parse("fr-CA, en;q=0.5")} */
    LanguagePreference(List<Locale.LanguageRange> ranges) {
        this.ranges = List.copyOf(ranges);
    }

    /** The chosen tag among a language map's keys, in map order; empty only for an empty map. */
    Optional<String> choose(List<String> tags) {
        String best = null;
        double bestQuality = 0;
        for (String tag : tags) {
            double quality = quality(tag).orElse(0);
            if (quality > bestQuality) {
                best = tag;
                bestQuality = quality;
            }
        }
        return best != null ? Optional.of(best) : fallback(tags);
    }

    private Optional<String> fallback(List<String> tags) {
        List<String> notRefused = tags.stream().filter(tag -> !refused(tag)).toList();
        List<String> candidates = notRefused.isEmpty() ? tags : notRefused;
        return samePrimaryLanguage(candidates)
                .or(() -> candidates.stream().filter(tag -> tag.equalsIgnoreCase(UNDETERMINED)).findFirst())
                .or(() -> candidates.stream().findFirst());
    }

    private Optional<String> samePrimaryLanguage(List<String> candidates) {
        for (Locale.LanguageRange range : ranges) {
            if (range.getWeight() > 0 && !range.getRange().startsWith(ANY)) {
                String primary = primary(range.getRange());
                Optional<String> match = candidates.stream()
                        .filter(tag -> primary(tag.toLowerCase(Locale.ROOT)).equals(primary))
                        .findFirst();
                if (match.isPresent()) {
                    return match;
                }
            }
        }
        return Optional.empty();
    }

    /** Matched by a range, and that range's weight is 0: the client said it does not want this language. */
    private boolean refused(String tag) {
        OptionalDouble quality = quality(tag);
        return quality.isPresent() && quality.getAsDouble() == 0;
    }

    /** The weight of the longest range matching the tag, or of {@code *}; empty when no range matches. */
    private OptionalDouble quality(String tag) {
        String lowerTag = tag.toLowerCase(Locale.ROOT);
        Locale.LanguageRange longest = null;
        Locale.LanguageRange any = null;
        for (Locale.LanguageRange range : ranges) {
            String value = range.getRange();
            if (value.equals(ANY)) {
                any = any == null ? range : any;
            } else if (matches(value, lowerTag)
                    && (longest == null || value.length() > longest.getRange().length())) {
                longest = range;
            }
        }
        Locale.LanguageRange chosen = longest != null ? longest : any;
        return chosen == null ? OptionalDouble.empty() : OptionalDouble.of(chosen.getWeight());
    }

    private static boolean matches(String range, String tag) {
        return tag.equals(range) || tag.startsWith(range + "-");
    }

    private static String primary(String tag) {
        int dash = tag.indexOf('-');
        return dash < 0 ? tag : tag.substring(0, dash);
    }
}
