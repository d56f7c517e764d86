package org.flourish.pathways.recommend;

import java.util.SortedSet;

import org.flourish.pathways.model.LearnerMastery;

/**
 * The ready-to-learn frontier: competencies the learner has not mastered yet (mean below the mastery threshold)
 * whose every prerequisite group is met. An all-of group is met when every required competency has a mean of at
 * least the group's {@code fl:minMastery}; an any-of group when at least one has. Competencies without evidence
 * have mean 0.
 */
public interface Frontier {

    /** IRIs of the competencies on the learner's frontier, in IRI order. */
    SortedSet<String> readyToLearn(LearnerMastery mastery);
}
