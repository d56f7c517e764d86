package org.flourish.pathways.web.view;

import java.util.Map;
import java.util.Optional;

import org.flourish.pathways.store.LearnerDirectory;

/**
 * What a child is called in the app: the name a mentor or coordinator gave, else the sample learners' graph's,
 * else the agent name in their newest statement, else their key as a person reads it.
 */
public final class LearnerNames {

    private final LearnerDirectory directory;
    private volatile Map<String, String> shared;

    public LearnerNames(LearnerDirectory directory) {
        this.directory = directory;
    }

    public String of(String learnerKey) {
        return directory.givenName(learnerKey)
                .or(() -> Optional.ofNullable(shared().get(learnerKey)).filter(name -> !name.isBlank()))
                .or(() -> directory.nameInRecords(learnerKey))
                .orElseGet(() -> LearnerIds.readable(learnerKey));
    }

    /** After an erasure changed the sample learners' graph. */
    public void forgetShared() {
        shared = null;
    }

    /** The sample learners' graph is seeded once and never uploaded: read it once (until an erasure). */
    public Map<String, String> shared() {
        Map<String, String> known = shared;
        if (known == null) {
            known = directory.sharedNames();
            shared = known;
        }
        return known;
    }
}
