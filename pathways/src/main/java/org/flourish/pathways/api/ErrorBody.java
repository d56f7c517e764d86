package org.flourish.pathways.api;

import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The API's error body, {@code {"error":{"message":...,"problems":[...]}}}, the LRS's shape plus details. */
final class ErrorBody {

    private ErrorBody() {
    }

    static Response response(Response.Status status, String message, List<String> problems) {
        var problemArray = Json.createArrayBuilder();
        problems.forEach(problemArray::add);
        JsonObject body = Json.createObjectBuilder().add("error", Json.createObjectBuilder()
                .add("message", message).add("problems", problemArray)).build();
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }

    static Response response(Response.Status status, String message) {
        return response(status, message, List.of());
    }
}
