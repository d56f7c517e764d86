package org.flourish.pathways.access;

import java.util.List;
import java.util.Optional;

/**
 * Learner keys a coordinator linked because they name the same child (a school's account and an NGO's mailbox).
 * Each link makes one key, the alias, stand for another, the canonical key. Storage only: the rule that keeps
 * links unambiguous is {@code service.LearnerLinking}'s.
 */
public interface LearnerLinks {

    /** Linking an alias already linked to this canonical key changes nothing. */
    void link(String alias, String canonical);

    void unlink(String alias, String canonical);

    /** The canonical keys the key is an alias of: at most one while the rule is kept. */
    List<String> canonicalsOf(String alias);

    /** The keys linked to the canonical key, sorted. */
    List<String> aliasesOf(String canonical);

    /** The canonical key of the learner the key names: itself when it is no alias. */
    default String canonical(String key) {
        return canonicalOf(key).orElse(key);
    }

    default Optional<String> canonicalOf(String alias) {
        return canonicalsOf(alias).stream().findFirst();
    }
}
