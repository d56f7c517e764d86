package org.flourish.pathways.service;

/** A link that would make a chain or a cycle of learner keys, or give one alias two canonical keys (a 400). */
public final class AmbiguousLinkException extends IllegalArgumentException {

    public AmbiguousLinkException(String message) {
        super(message);
    }
}
