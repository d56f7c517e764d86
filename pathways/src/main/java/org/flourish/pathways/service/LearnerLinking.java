package org.flourish.pathways.service;

import java.util.List;
import java.util.Optional;

import org.flourish.pathways.access.LearnerLinks;

/**
 * One child, several learner keys: a coordinator links an alias key (an NGO's mailbox) to the canonical key of the
 * learner (the school's account), and from then on everything about the learner uses the canonical key, with the
 * evidence of all its aliases. The model stays flat so that any key resolves in one step: every alias points to
 * exactly one canonical key, and a canonical key is not itself an alias.
 */
public final class LearnerLinking {

    private final LearnerLinks links;
    private final LearnerStates states;

    public LearnerLinking(LearnerLinks links, LearnerStates states) {
        this.links = links;
        this.states = states;
    }

    /** The key everything about this learner is kept and answered under: the key itself unless it is an alias. */
    public String canonical(String key) {
        return links.canonical(key);
    }

    /** The keys linked to the canonical key of this learner, sorted. */
    public List<String> aliasesOf(String key) {
        return links.aliasesOf(canonical(key));
    }

    /**
     * Makes {@code alias} stand for {@code canonical}; linking the same pair again changes nothing. One at a time, so
     * that two links made at once cannot build a chain the check of each would have refused.
     */
    public synchronized void link(String canonical, String alias) {
        refusal(canonical, alias).ifPresent(reason -> {
            throw new AmbiguousLinkException(reason);
        });
        links.link(alias, canonical);
        forgetBoth(canonical, alias);
    }

    public synchronized void unlink(String canonical, String alias) {
        links.unlink(alias, canonical);
        forgetBoth(canonical, alias);
    }

    /** Why linking would break the flat model, or empty if it may be made. */
    private Optional<String> refusal(String canonical, String alias) {
        if (canonical.equals(alias)) {
            return Optional.of("alias: a learner key cannot be linked to itself");
        }
        Optional<String> canonicalOfCanonical = links.canonicalOf(canonical);
        if (canonicalOfCanonical.isPresent()) {
            return Optional.of("key: " + canonical + " is itself an alias of " + canonicalOfCanonical.get()
                    + "; link the alias to that canonical key instead");
        }
        Optional<String> current = links.canonicalOf(alias);
        if (current.isPresent() && !current.get().equals(canonical)) {
            return Optional.of("alias: " + alias + " is already an alias of " + current.get()
                    + "; unlink it there first");
        }
        List<String> aliasesOfAlias = links.aliasesOf(alias);
        if (!aliasesOfAlias.isEmpty()) {
            return Optional.of("alias: " + alias + " is the canonical key of " + String.join(", ", aliasesOfAlias)
                    + "; link those to " + canonical + " one by one after unlinking them");
        }
        return Optional.empty();
    }

    /** The alias may have been cached as a learner of its own before, the canonical learner without its evidence. */
    private void forgetBoth(String canonical, String alias) {
        states.forget(alias);
        states.forget(canonical);
    }
}
