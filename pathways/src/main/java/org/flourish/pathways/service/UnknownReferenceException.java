package org.flourish.pathways.service;

/**
 * A mentor's action names something the engine does not know: an opportunity not in the catalogue, a competency not
 * in the framework, or a value that is not an IRI at all (a 400, and nothing is sent to the LRS). The message names
 * the reference.
 */
public final class UnknownReferenceException extends IllegalArgumentException {

    public UnknownReferenceException(String message) {
        super(message);
    }
}
