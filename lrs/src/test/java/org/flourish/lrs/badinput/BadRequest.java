package org.flourish.lrs.badinput;

import java.util.List;
import java.util.UUID;

/**
 * One generated request: what to send, what was done to it, and how to find what it would have stored: the ids of
 * the statements in its body, or the id of the document it names (each unique to this request).
 *
 * @param contentType null for no Content-Type header
 * @param body        null for no body
 * @param documentId  the stateId or profileId it names, or null
 * @param mutated     how many statements or documents in it are damaged (0 for a valid request)
 */
record BadRequest(String mutation, String method, String pathAndQuery, String contentType, byte[] body,
        List<UUID> statementIds, String documentId, int mutated) {

    BadRequest {
        statementIds = List.copyOf(statementIds);
    }

    @Override
    public String toString() {
        return mutation + " " + method + " " + (pathAndQuery.length() > 120 ? pathAndQuery.substring(0, 120) + "..."
                : pathAndQuery);
    }
}
