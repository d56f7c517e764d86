package org.flourish.pathways.lrs;

import jakarta.json.JsonObject;

/** Records a statement in the LRS ({@code POST statements}); returns the id the LRS keeps it under. */
public interface StatementSender {

    String send(JsonObject statement);
}
