package org.flourish.pathways.service;

import java.util.List;

import org.flourish.pathways.model.Recommendation;

/**
 * Recommendations for one learner, best first (pinned ones ahead), vetoed ones left out; with the goals and the
 * mentors' pins and vetoes that shaped them.
 */
public record LearnerRecommendations(String learnerKey, List<Recommendation> recommendations, List<String> goals,
                                     List<String> pinned, List<String> vetoed) {

    public LearnerRecommendations {
        recommendations = List.copyOf(recommendations);
        goals = List.copyOf(goals);
        pinned = List.copyOf(pinned);
        vetoed = List.copyOf(vetoed);
    }
}
