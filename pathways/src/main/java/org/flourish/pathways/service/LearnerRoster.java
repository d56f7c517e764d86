package org.flourish.pathways.service;

import java.text.Collator;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.flourish.pathways.store.LearnerDirectory;

/**
 * Lists of learners, one page at a time, each showing only what its reader may see: a mentor gets the learners
 * assigned to her with their names; a coordinator gets every learner the engine knows and whether a mentor is
 * assigned, never a learner's data (no name, no record). Linked aliases are listed under their canonical key only.
 */
public final class LearnerRoster {

    /** A mentor's learner: key and name. */
    public record Assigned(String learnerKey, String name) {
    }

    /** A learner as a coordinator sees them in a list: key and whether a mentor is assigned. */
    public record Known(String learnerKey, boolean hasMentor) {
    }

    /** One page of a list: {@code page} counts from 0; {@code total} is the length of the whole list. */
    public record Page<T>(List<T> items, int page, int size, int total) {

        public boolean hasMore() {
            return (long) (page + 1) * size < total;
        }

        static <T> Page<T> of(List<T> all, int page, int size) {
            int from = (int) Math.min((long) page * size, all.size());
            return new Page<>(all.subList(from, Math.min(all.size(), from + size)), page, size, all.size());
        }
    }

    private final LearnerDirectory directory;
    private final Function<String, String> names;

    /** {@code names}: the name a person reads for a learner key (given, shared or from the newest statement). */
    public LearnerRoster(LearnerDirectory directory, Function<String, String> names) {
        this.directory = directory;
        this.names = names;
    }

    /** The learners assigned to the mentor, by name (then key). */
    public Page<Assigned> assignedTo(String mentor, int page, int size) {
        Set<String> aliases = directory.canonicalByAlias().keySet();
        Collator byName = Collator.getInstance(Locale.ROOT);
        List<Assigned> all = directory.mentorsByLearner().entrySet().stream()
                .filter(entry -> entry.getValue().contains(mentor) && !aliases.contains(entry.getKey()))
                .map(entry -> new Assigned(entry.getKey(), names.apply(entry.getKey())))
                .sorted(Comparator.comparing(Assigned::name, byName).thenComparing(Assigned::learnerKey)).toList();
        return Page.of(all, page, size);
    }

    /** Every learner the engine knows (statements kept, the shared learners' graph, assigned, linked), by key. */
    public Page<Known> all(int page, int size) {
        Map<String, String> canonicalByAlias = directory.canonicalByAlias();
        Map<String, TreeSet<String>> mentors = directory.mentorsByLearner();
        Set<String> keys = new HashSet<>(directory.keysWithStatements().keySet());
        keys.addAll(directory.sharedNames().keySet());
        keys.addAll(mentors.keySet());
        keys.addAll(canonicalByAlias.values());
        keys.removeAll(canonicalByAlias.keySet());
        List<Known> sorted = keys.stream().sorted()
                .map(key -> new Known(key, !mentors.getOrDefault(key, new TreeSet<>()).isEmpty())).toList();
        return Page.of(sorted, page, size);
    }
}
