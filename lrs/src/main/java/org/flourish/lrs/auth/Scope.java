package org.flourish.lrs.auth;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a credential may do: the scopes of xAPI-Communication 4.2 ("OAuth Authorization Scope"), plus {@code admin}
 * for the Flourish administration API and {@code erasures/read} for the erasure feed (which {@code all} does not
 * include: only the readers that must erase their own copies, such as the pathway engine, get it).
 */
public enum Scope {
    STATEMENTS_WRITE("statements/write"),
    STATEMENTS_READ("statements/read"),
    STATEMENTS_READ_MINE("statements/read/mine"),
    ALL_READ("all/read"),
    ALL("all"),
    PROFILE("profile"),
    STATE("state"),
    DEFINE("define"),
    ADMIN("admin"),
    ERASURES_READ("erasures/read");

    private final String term;

    Scope(String term) {
        this.term = term;
    }

    /** The scope's name as the spec writes it, e.g. {@code statements/read/mine}. */
    public String term() {
        return term;
    }

    public static Optional<Scope> fromTerm(String term) {
        return Arrays.stream(values()).filter(s -> s.term.equals(term)).findFirst();
    }
}
