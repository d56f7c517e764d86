package org.flourish.pathways.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

/** Statement fixtures (files under {@code statements/}) and small hand-made statements about sample learners. */
public final class Statements {

    public static final String NDEYE = "account:https://w3id.org/flourish/samples/thies/enrolment|TH-2026-0142";
    public static final String CITE_LAMY_READING = "https://w3id.org/flourish/samples/thies/activity/ci-lecture-cite-lamy";

    private Statements() {
    }

    public static JsonObject fixture(String name) {
        try (InputStream in = Statements.class.getResourceAsStream("/org/flourish/pathways/statements/" + name);
             JsonReader reader = Json.createReader(in)) {
            return reader.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Ndèye Seck (a sample learner) passed the Cité Lamy reading class's assessment, stored at {@code stored}. */
    public static JsonObject ndeyePassed(UUID id, Instant stored) {
        return Json.createObjectBuilder(fixture("passed-reading-quiz.json"))
                .add("id", id.toString()).add("stored", stored.toString()).build();
    }
}
