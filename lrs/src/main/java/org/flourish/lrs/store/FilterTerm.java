package org.flourish.lrs.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One value a statement can be found by: its verb, registration, an agent or an activity, each in its plain or
 * "related" sense (xAPI-Communication 2.1.3). Statements are indexed by the set of terms they carry, and a query
 * asks for statements carrying all of its terms. Two kinds serve erasure only, never a GET filter: an agent the
 * statement names where no filter looks ({@code OTHER_AGENT}), and the target of its context StatementRef.
 */
public record FilterTerm(Kind kind, String value) {

    /** Index keys longer than this are replaced by a digest, to stay within database index limits. */
    private static final int MAX_KEY_LENGTH = 2000;

    public enum Kind {
        VERB("verb"),
        REGISTRATION("registration"),
        AGENT("agent"),
        RELATED_AGENT("agent~"),
        ACTIVITY("activity"),
        RELATED_ACTIVITY("activity~"),
        OTHER_AGENT("agent+"),
        CONTEXT_STATEMENT("context-statement");

        private final String prefix;

        Kind(String prefix) {
            this.prefix = prefix;
        }
    }

    public FilterTerm {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
    }

    /** The key stored in, and looked up from, the index: the same term always gives the same key. */
    public String key() {
        String key = kind.prefix + ' ' + value;
        return key.length() <= MAX_KEY_LENGTH ? key : kind.prefix + " sha256:" + sha256(value);
    }

    private static String sha256(String value) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }
}
