package org.flourish.pathways.web.view;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import jakarta.inject.Inject;
import jakarta.enterprise.context.ApplicationScoped;

import org.flourish.pathways.store.LearnerDirectory;

/**
 * Every learner the engine knows, for coordinators and admins: by name, with their keys and mentors, never their
 * learning data. Aliases are listed under their canonical learner.
 */
@ApplicationScoped
public class LearnerCatalog {

    @Inject
    LearnerDirectory directory;

    @Inject
    LearnerViews views;

    /** A learner as a coordinator sees them: name, keys (canonical first), mentors. */
    public record Entry(String id, String key, String name, List<String> keys, List<String> mentors,
                        List<Alias> aliases) {
    }

    /** A key linked to the learner: its id for forms and how a person reads it. */
    public record Alias(String id, String readable) {
    }

    public List<Entry> all(Optional<String> query, Locale locale) {
        Map<String, String> canonicalByAlias = directory.canonicalByAlias();
        Map<String, TreeSet<String>> mentors = directory.mentorsByLearner();
        Set<String> keys = new HashSet<>(directory.keysWithStatements().keySet());
        keys.addAll(views.names().shared().keySet());
        keys.addAll(mentors.keySet());
        keys.addAll(canonicalByAlias.values());
        keys.removeAll(canonicalByAlias.keySet());
        List<Entry> entries = new ArrayList<>();
        for (String key : keys) {
            String name = views.names().of(key);
            List<String> all = new ArrayList<>();
            all.add(key);
            canonicalByAlias.forEach((alias, canonical) -> {
                if (canonical.equals(key)) {
                    all.add(alias);
                }
            });
            if (query.isPresent() && all.stream().noneMatch(k -> LearnerViews.matches(name, k, query.get()))) {
                continue;
            }
            entries.add(new Entry(LearnerIds.of(key), key, name, all.stream().map(LearnerIds::readable).toList(),
                    List.copyOf(mentors.getOrDefault(key, new TreeSet<>())), all.stream().skip(1)
                    .map(alias -> new Alias(LearnerIds.of(alias), LearnerIds.readable(alias))).toList()));
        }
        Collator collator = Collator.getInstance(locale);
        entries.sort(Comparator.comparing(Entry::name, collator));
        return entries;
    }
}
