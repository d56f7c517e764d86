package org.flourish.pathways.framework;

/** How a prerequisite group combines its required competencies ({@code fl:combination}). */
public enum Combination {
    /** {@code fl:AllOf}: every required competency must be mastered; an empty group is trivially met. */
    ALL_OF,
    /** {@code fl:AnyOf}: at least one required competency must be mastered; an empty group is never met. */
    ANY_OF
}
