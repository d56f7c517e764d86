package org.flourish.pathways.recommend;

import java.util.Comparator;

import org.flourish.pathways.model.Opportunity;

/** An opportunity of the frontier with its base score, before constraints, provider diversity and explanation. */
record Candidate(Opportunity opportunity, double score) {

    /** Highest score first; equal scores in IRI order, so that a ranking is reproducible. */
    static final Comparator<Candidate> BEST_FIRST = Comparator.comparingDouble(Candidate::score).reversed()
            .thenComparing(candidate -> candidate.opportunity().iri());
}
