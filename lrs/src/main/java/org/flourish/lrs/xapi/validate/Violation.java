package org.flourish.lrs.xapi.validate;

/**
 * One broken rule: where in the statement (a JSON path such as {@code statement.actor.mbox}) and what rule,
 * worded for the client who must fix it, citing the spec section.
 */
public record Violation(String path, String rule) {

    @Override
    public String toString() {
        return path + ": " + rule;
    }
}
