package org.flourish.pathways.recommend;

import java.util.List;

import org.flourish.pathways.model.LearnerContext;
import org.flourish.pathways.model.LearnerMastery;
import org.flourish.pathways.model.Recommendation;

/** Recommends next learning opportunities to a learner, best first, each with its explanation. */
public interface Recommender {

    List<Recommendation> recommend(LearnerMastery mastery, LearnerContext learner);
}
