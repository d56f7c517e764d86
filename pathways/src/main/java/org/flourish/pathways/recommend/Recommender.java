package org.flourish.pathways.recommend;

import java.util.List;

import org.flourish.pathways.model.LearnerContext;
import org.flourish.pathways.model.LearnerMastery;
import org.flourish.pathways.model.Recommendation;

/** Recommends next learning opportunities to a learner, best first, each with its explanation. */
public interface Recommender {

    List<Recommendation> recommend(LearnerMastery mastery, LearnerContext learner);

    /** The first {@code limit} of {@link #recommend(LearnerMastery, LearnerContext)}. */
    default List<Recommendation> recommend(LearnerMastery mastery, LearnerContext learner, int limit) {
        List<Recommendation> all = recommend(mastery, learner);
        return all.subList(0, Math.min(limit, all.size()));
    }

    /**
     * The first {@code limit} recommendations with the mentors' marks applied: the pinned opportunities that pass
     * every hard constraint first, wherever they would rank (even off the frontier), the vetoed ones never.
     */
    List<Recommendation> recommend(LearnerMastery mastery, LearnerContext learner, int limit, MentorMarks marks);
}
