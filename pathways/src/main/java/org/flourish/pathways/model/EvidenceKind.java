package org.flourish.pathways.model;

/** How strongly a kind of evidence speaks for mastery ({@code fl:Assessed}, {@code fl:Observed}, {@code fl:Participation}). */
public enum EvidenceKind {
    /** A scored or judged assessment of the competency itself. */
    ASSESSED,
    /** A facilitator or peer saw the learner use the competency. */
    OBSERVED,
    /** The learner took part in an activity that develops the competency. */
    PARTICIPATION
}
