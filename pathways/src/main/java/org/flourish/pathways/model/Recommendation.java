package org.flourish.pathways.model;

import java.util.Objects;

/** An opportunity recommended to a learner, its ranking score (higher is better) and why. */
public record Recommendation(Opportunity opportunity, double score, Explanation explanation) {

    public Recommendation {
        Objects.requireNonNull(opportunity, "opportunity");
        if (!Double.isFinite(score)) {
            throw new IllegalArgumentException("score must be finite");
        }
        Objects.requireNonNull(explanation, "explanation");
    }
}
