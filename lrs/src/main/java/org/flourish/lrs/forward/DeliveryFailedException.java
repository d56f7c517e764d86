package org.flourish.lrs.forward;

/** A target did not accept a batch: unreachable, timed out, or answered with an error status. */
public final class DeliveryFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DeliveryFailedException(String message) {
        super(message);
    }

    public DeliveryFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
