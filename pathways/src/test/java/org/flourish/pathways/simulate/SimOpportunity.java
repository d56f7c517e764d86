package org.flourish.pathways.simulate;

import java.util.Map;

import org.flourish.pathways.model.Opportunity;

/**
 * An opportunity of the simulated catalogue: what the engine reads of it ({@code offer}, as parsed back from the
 * catalogue's RDF) and what only the world knows: how well it teaches each competency it develops (the weekly
 * fraction of the remaining distance to mastery a ready learner closes) and whether it assesses or only observes.
 */
record SimOpportunity(Opportunity offer, int provider, Map<String, Double> effectiveness, boolean assessed) {

    SimOpportunity {
        effectiveness = Map.copyOf(effectiveness);
    }

    String iri() {
        return offer.iri();
    }

    String activity() {
        return offer.activityId().orElseThrow();
    }
}
