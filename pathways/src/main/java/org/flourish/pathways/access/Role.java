package org.flourish.pathways.access;

import java.util.Locale;

/**
 * What a user of the engine may do. A mentor sees and acts on the learners a coordinator assigned to them
 * ({@link LearnerAccess}). A coordinator assigns mentors, sees aggregates and uploads catalogues and frameworks,
 * never a learner's own data. A forwarder may only push statements (an LRS or a provider's gateway). An admin
 * manages accounts, the LRS's providers and subscriptions, erasures and the audit log, and sees no learner's data.
 */
public enum Role {
    MENTOR, COORDINATOR, FORWARDER, ADMIN;

    public static Role named(String name) {
        return valueOf(name.trim().toUpperCase(Locale.ROOT));
    }

    public String term() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the role may see learners' own data at all (a mentor, for the learners assigned to them). */
    public boolean seesLearnerData() {
        return this == MENTOR;
    }
}
