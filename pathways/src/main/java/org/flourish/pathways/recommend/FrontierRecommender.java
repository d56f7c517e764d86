package org.flourish.pathways.recommend;

import java.util.List;

import org.flourish.pathways.model.LearnerContext;
import org.flourish.pathways.model.LearnerMastery;
import org.flourish.pathways.model.Opportunity;
import org.flourish.pathways.model.Recommendation;

/**
 * Recommends the catalogue's opportunities that develop the learner's frontier, as ranked by a {@link Ranker}. The
 * catalogue is indexed by competency once, here, not on every request.
 */
public final class FrontierRecommender implements Recommender {

    private final Frontier frontier;
    private final Ranker ranker;
    private final CatalogueIndex catalogue;

    public FrontierRecommender(Frontier frontier, Ranker ranker, List<Opportunity> catalogue) {
        this.frontier = frontier;
        this.ranker = ranker;
        this.catalogue = new CatalogueIndex(catalogue);
    }

    @Override
    public List<Recommendation> recommend(LearnerMastery mastery, LearnerContext learner) {
        return ranker.rank(frontier.readyToLearn(mastery), mastery, learner, catalogue, Integer.MAX_VALUE);
    }

    /** Explains only the recommendations returned: the ranking stops after {@code limit} picks. */
    @Override
    public List<Recommendation> recommend(LearnerMastery mastery, LearnerContext learner, int limit) {
        return ranker.rank(frontier.readyToLearn(mastery), mastery, learner, catalogue, limit);
    }

    @Override
    public List<Recommendation> recommend(LearnerMastery mastery, LearnerContext learner, int limit,
                                          MentorMarks marks) {
        return ranker.rank(frontier.readyToLearn(mastery), mastery, learner, catalogue, limit, marks);
    }
}
