package org.flourish.lrs.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.UUID;

/** Small, valid statements for tests, each about its own activity so that tests never see each other's data. */
public final class SampleStatements {

    public static final String COMPLETED = "http://adlnet.gov/expapi/verbs/completed";
    public static final String ATTEMPTED = "http://adlnet.gov/expapi/verbs/attempted";
    public static final String VOIDED = "http://adlnet.gov/expapi/verbs/voided";

    private SampleStatements() {
    }

    public static String uniqueActivity() {
        return "https://flourish.example.org/activities/" + UUID.randomUUID();
    }

    public static JsonObject agent(String email) {
        return Json.createObjectBuilder().add("objectType", "Agent").add("mbox", "mailto:" + email).build();
    }

    public static JsonObjectBuilder statement(String email, String verb, String activity) {
        return Json.createObjectBuilder()
                .add("actor", agent(email))
                .add("verb", Json.createObjectBuilder().add("id", verb)
                        .add("display", Json.createObjectBuilder().add("en-US", verb.substring(verb.lastIndexOf('/') + 1))))
                .add("object", Json.createObjectBuilder().add("objectType", "Activity").add("id", activity));
    }

    public static JsonObjectBuilder statementAbout(String email, String verb, UUID target) {
        return Json.createObjectBuilder()
                .add("actor", agent(email))
                .add("verb", Json.createObjectBuilder().add("id", verb))
                .add("object", Json.createObjectBuilder().add("objectType", "StatementRef").add("id", target.toString()));
    }
}
