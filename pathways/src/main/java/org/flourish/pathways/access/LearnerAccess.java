package org.flourish.pathways.access;

import java.util.Optional;

/**
 * Who may read and act on one learner's own data: a mentor a coordinator assigned to that learner, nobody else.
 * Several linked keys of one child are one learner ({@link LearnerLinks}). A coordinator assigns mentors and sees
 * aggregates; a forwarder only posts statements.
 */
public final class LearnerAccess {

    private final MentorAssignments assignments;
    private final LearnerLinks links;

    public LearnerAccess(MentorAssignments assignments, LearnerLinks links) {
        this.assignments = assignments;
        this.links = links;
    }

    /**
     * Why the user may not see this learner's data, or empty if they may. The rule is the canonical learner's: with
     * an alias key, the mentor must be assigned to the canonical key (an assignment to the alias counts only while
     * it is not linked).
     */
    public Optional<String> refusal(User user, String key) {
        if (!user.role().seesLearnerData()) {
            return Optional.of("the role " + user.role().term() + " may not see a learner's own data");
        }
        if (!assignments.isAssigned(user.name(), links.canonical(key))) {
            return Optional.of("the mentor " + user.name() + " is not assigned to this learner; a coordinator "
                    + "assigns mentors (PUT learners/{key}/mentors/{mentor})");
        }
        return Optional.empty();
    }
}
