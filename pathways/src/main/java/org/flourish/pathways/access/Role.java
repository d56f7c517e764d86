package org.flourish.pathways.access;

import java.util.Locale;

/**
 * What a user of the engine's API may do. In this slice a mentor may see and act on every learner: assigning
 * mentors to learners is not modelled yet. A coordinator sees aggregates and uploads catalogues and frameworks,
 * never a learner's own data. A forwarder may only push statements (an LRS or a provider's gateway).
 */
public enum Role {
    MENTOR, COORDINATOR, FORWARDER;

    public static Role named(String name) {
        return valueOf(name.trim().toUpperCase(Locale.ROOT));
    }

    public String term() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean seesLearnerData() {
        return this == MENTOR;
    }
}
