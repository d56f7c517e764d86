package org.flourish.pathways.access;

import java.util.List;

/** Which mentors a coordinator assigned to which learners (mentors by user name, learners by learner key). */
public interface MentorAssignments {

    /** Assigning a mentor already assigned changes nothing. */
    void assign(String mentor, String learnerKey);

    void unassign(String mentor, String learnerKey);

    boolean isAssigned(String mentor, String learnerKey);

    /** The mentors assigned to the learner, by name. */
    List<String> mentorsOf(String learnerKey);
}
