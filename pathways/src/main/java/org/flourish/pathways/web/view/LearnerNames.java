package org.flourish.pathways.web.view;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.flourish.pathways.store.LearnerDirectory;

/**
 * What a child is called in the app: the name a mentor or coordinator gave, else the sample learners' graph's,
 * else the agent name in their newest statement, else their key as a person reads it. Names are read from the store
 * at most every five minutes per key (finding the newest statement's name costs a sort of the learner's statements);
 * a name given in the app, or an erasure, takes effect at once.
 */
public final class LearnerNames {

    private static final Duration FRESH_FOR = Duration.ofMinutes(5);
    private static final int REMEMBERED = 20_000;

    private record Known(String name, Optional<String> inRecords, Instant readAt) {
    }

    private final LearnerDirectory directory;
    private final Clock clock;
    private volatile Map<String, String> shared;
    /** Access-ordered and bounded; guarded by itself. */
    private final Map<String, Known> known = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Known> eldest) {
            return size() > REMEMBERED;
        }
    };

    public LearnerNames(LearnerDirectory directory, Clock clock) {
        this.directory = directory;
        this.clock = clock;
    }

    public String of(String learnerKey) {
        return known(learnerKey).name();
    }

    /** The agent name the newest statements under this very key carry (what that provider calls the child). */
    public Optional<String> inRecords(String learnerKey) {
        return known(learnerKey).inRecords();
    }

    /** A mentor or coordinator names the child. */
    public void give(String learnerKey, String name) {
        directory.giveName(learnerKey, name);
        forget(learnerKey);
    }

    /** After an erasure or a new name: read again on the next question. */
    public void forget(String learnerKey) {
        synchronized (known) {
            known.remove(learnerKey);
        }
    }

    private Known known(String learnerKey) {
        Instant now = clock.instant();
        synchronized (known) {
            Known remembered = known.get(learnerKey);
            if (remembered != null && remembered.readAt().plus(FRESH_FOR).isAfter(now)) {
                return remembered;
            }
        }
        Optional<String> inRecords = directory.nameInRecords(learnerKey);
        String name = directory.givenName(learnerKey)
                .or(() -> Optional.ofNullable(shared().get(learnerKey)).filter(n -> !n.isBlank()))
                .or(() -> inRecords)
                .orElseGet(() -> LearnerIds.readable(learnerKey));
        Known read = new Known(name, inRecords, now);
        synchronized (known) {
            known.put(learnerKey, read);
        }
        return read;
    }

    /** After an erasure changed the sample learners' graph. */
    public void forgetShared() {
        shared = null;
    }

    /** The sample learners' graph is seeded once and never uploaded: read it once (until an erasure). */
    public Map<String, String> shared() {
        Map<String, String> read = shared;
        if (read == null) {
            read = directory.sharedNames();
            shared = read;
        }
        return read;
    }
}
