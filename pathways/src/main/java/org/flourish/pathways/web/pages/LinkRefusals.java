package org.flourish.pathways.web.pages;

import java.util.List;
import java.util.Optional;

import org.flourish.pathways.service.LearnerLinking;
import org.flourish.pathways.web.i18n.Messages;
import org.flourish.pathways.web.view.LearnerNames;

/**
 * Why linking two keys would be refused, in the coordinator's words: the engine's rule (every alias points to one
 * canonical key, which is no alias itself), checked here beforehand so the reason can be said by name.
 */
final class LinkRefusals {

    private LinkRefusals() {
    }

    static Optional<String> of(LearnerLinking linking, String canonical, String alias, LearnerNames names,
                               Messages messages) {
        if (canonical.equals(alias)) {
            return Optional.of(messages.get("links.refused.same"));
        }
        String canonicalOfCanonical = linking.canonical(canonical);
        if (!canonicalOfCanonical.equals(canonical)) {
            return Optional.of(messages.get("links.refused.canonicalIsAlias", names.of(canonical),
                    names.of(canonicalOfCanonical)));
        }
        String current = linking.canonical(alias);
        if (!current.equals(alias) && !current.equals(canonical)) {
            return Optional.of(messages.get("links.refused.aliasTaken", names.of(alias), names.of(current)));
        }
        List<String> aliasesOfAlias = current.equals(alias) ? linking.aliasesOf(alias) : List.of();
        if (!aliasesOfAlias.isEmpty()) {
            return Optional.of(messages.get("links.refused.aliasHasAliases", names.of(alias),
                    aliasesOfAlias.size()));
        }
        return Optional.empty();
    }
}
