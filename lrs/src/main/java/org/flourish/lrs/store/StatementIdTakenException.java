package org.flourish.lrs.store;

/**
 * A statement id of the batch was stored by a concurrent request between the conflict check and the commit; the
 * batch was rolled back whole and may be decided again.
 */
public final class StatementIdTakenException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StatementIdTakenException(Throwable cause) {
        super("a statement id of the batch was stored concurrently", cause);
    }
}
