package org.flourish.lrs.xapi.rules;

/**
 * The {@code agent} parameter of a request is not the JSON of an Agent or identified Group
 * (xAPI-Communication 2.1.3 GET Statements, 2.3 State, 2.6 Agent Profile): the request is a 400 Bad Request.
 * The message is written for the client and never contains parser internals.
 */
public class InvalidAgentParameterException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidAgentParameterException(String message) {
        super(message);
    }
}
