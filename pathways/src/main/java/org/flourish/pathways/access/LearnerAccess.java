package org.flourish.pathways.access;

import java.util.Optional;

/**
 * Who may read and act on one learner's own data: a mentor a coordinator assigned to that learner, nobody else.
 * A coordinator assigns mentors and sees aggregates; a forwarder only posts statements.
 */
public final class LearnerAccess {

    private final MentorAssignments assignments;

    public LearnerAccess(MentorAssignments assignments) {
        this.assignments = assignments;
    }

    /** Why the user may not see this learner's data, or empty if they may. */
    public Optional<String> refusal(User user, String learnerKey) {
        if (!user.role().seesLearnerData()) {
            return Optional.of("the role " + user.role().term() + " may not see a learner's own data");
        }
        if (!assignments.isAssigned(user.name(), learnerKey)) {
            return Optional.of("the mentor " + user.name() + " is not assigned to this learner; a coordinator "
                    + "assigns mentors (PUT learners/{key}/mentors/{mentor})");
        }
        return Optional.empty();
    }
}
