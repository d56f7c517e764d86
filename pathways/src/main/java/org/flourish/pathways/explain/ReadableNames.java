package org.flourish.pathways.explain;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A name a person can read out of an identifier that has no label: the fragment or last path segment of an IRI
 * ({@code .../NUM-04} gives "NUM-04", {@code ...#NumeracyMathematics} gives "Numeracy Mathematics"), the host of a
 * home page, the address of a {@code mailto:}. Only used when the data holds no label in any language.
 */
public final class ReadableNames {

    private ReadableNames() {
    }

    public static String of(String identifier) {
        String text = identifier.strip();
        if (text.regionMatches(true, 0, "mailto:", 0, 7)) {
            return text.substring(7);
        }
        int hash = text.lastIndexOf('#');
        if (hash >= 0 && hash < text.length() - 1) {
            return words(text.substring(hash + 1));
        }
        String path = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
        try {
            URI uri = URI.create(path);
            if (uri.getHost() != null && (uri.getPath() == null || uri.getPath().isEmpty())) {
                return uri.getHost().toLowerCase(Locale.ROOT);
            }
        } catch (IllegalArgumentException notAnIri) {
            // not a URI: its last segment is read below
        }
        int cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf(':'));
        String last = cut >= 0 && cut < path.length() - 1 ? path.substring(cut + 1) : path;
        return words(URLDecoder.decode(last, StandardCharsets.UTF_8));
    }

    /** {@code NumeracyMathematics} and {@code numeracy_mathematics} read "Numeracy Mathematics", "numeracy mathematics". */
    private static String words(String name) {
        String spaced = name.replace('_', ' ').replaceAll("(?<=\\p{Ll})(?=\\p{Lu})", " ").strip();
        return spaced.isEmpty() ? name : spaced;
    }
}
