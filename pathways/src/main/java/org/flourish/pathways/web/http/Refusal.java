package org.flourish.pathways.web.http;

/**
 * The person may not do or see this (403), or it does not exist (404): shown as a page saying why, in their
 * language, by its message key.
 */
public final class Refusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String messageKey;
    private final transient Object[] arguments;

    private Refusal(int status, String messageKey, Object... arguments) {
        super(messageKey, null, false, false);
        this.status = status;
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public static Refusal forbidden(String messageKey, Object... arguments) {
        return new Refusal(403, messageKey, arguments);
    }

    public static Refusal notFound(String messageKey, Object... arguments) {
        return new Refusal(404, messageKey, arguments);
    }

    public int status() {
        return status;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
