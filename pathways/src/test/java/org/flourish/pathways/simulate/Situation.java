package org.flourish.pathways.simulate;

import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.flourish.pathways.model.LearnerContext;

/**
 * What a policy may look at when it ranks for one child in one week: the child (only the oracle reads their latent
 * mastery), the engine's context for them (goals included), the catalogue's opportunities the engine's hard
 * constraints admit, the competencies of the opportunities the child completed, and mentors' pins and vetoes.
 */
record Situation(SimLearner child, LearnerContext context, List<SimOpportunity> feasible,
                 Set<String> completedCompetencies, List<String> pinned, Set<String> vetoed,
                 SplittableRandom random) {
}
