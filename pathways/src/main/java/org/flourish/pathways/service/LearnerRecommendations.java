package org.flourish.pathways.service;

import java.util.List;

import org.flourish.pathways.model.ConstraintCheck;
import org.flourish.pathways.model.LearnerContext;
import org.flourish.pathways.model.Recommendation;

/**
 * Recommendations for one learner, best first (pinned ones that fit ahead), vetoed ones left out; with the goals and
 * the mentors' pins and vetoes that shaped them, and the pinned opportunities that no longer fit, each with the hard
 * constraints it now breaks; {@code context} is the learner's context they were ranked in, for the reasons each
 * constraint check gives.
 */
public record LearnerRecommendations(String learnerKey, List<Recommendation> recommendations, List<String> goals,
                                     List<String> pinned, List<String> vetoed, List<PinNoLongerFitting> pinsNotFitting,
                                     LearnerContext context) {

    public LearnerRecommendations {
        recommendations = List.copyOf(recommendations);
        goals = List.copyOf(goals);
        pinned = List.copyOf(pinned);
        vetoed = List.copyOf(vetoed);
        pinsNotFitting = List.copyOf(pinsNotFitting);
    }

    /**
     * A pinned opportunity left out of the recommendations, and why: the hard constraints it breaks, or
     * {@code catalogue} when it is no longer in the catalogue.
     */
    public record PinNoLongerFitting(String opportunity, List<ConstraintCheck> broken) {

        public PinNoLongerFitting {
            broken = List.copyOf(broken);
        }
    }
}
