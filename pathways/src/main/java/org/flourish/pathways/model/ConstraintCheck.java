package org.flourish.pathways.model;

import java.util.Objects;

/**
 * The outcome of one hard constraint on one opportunity for one learner, with the reason either way, so that
 * recommendations can say why they fit and rejections can say why not.
 */
public record ConstraintCheck(String constraint, boolean satisfied, String reason) {

    public ConstraintCheck {
        Require.text(constraint, "constraint");
        Objects.requireNonNull(reason, "reason");
    }

    public static ConstraintCheck fits(String constraint, String reason) {
        return new ConstraintCheck(constraint, true, reason);
    }

    public static ConstraintCheck violated(String constraint, String reason) {
        return new ConstraintCheck(constraint, false, reason);
    }
}
