package org.flourish.lrs.badinput;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.flourish.lrs.testing.StatementMutations;

/**
 * Statements damaged in the ways clients and attackers damage them, each with a fresh id. A request carries one
 * statement or a batch of up to twenty: the body as a whole is damaged (not UTF-8, cut short, a wrong Content-Type),
 * or one statement of it, and each other one as likely as not (a batch with a bad statement must be refused whole).
 * One request in ten is left valid, so that the run also shows good statements still go in.
 */
final class StatementMutants {

    static final List<String> BAD_IRIS = List.of("http://[::1/x", "not an iri", "http://exa mple.org/", "http://e.org/%zz",
            "//relative/path", "http://e.org/#a#b", "http://[1::2::3]/", "http://e.org:8o/", "http://e.org/<x>",
            "/absolute/path", "http://e.org/\u0000", "", "http://[v.x]/", "http://e.org/a\\b", "urn");
    static final List<String> BAD_MBOXES = List.of("mailto:a@b@c", "a@example.org", "mailto:", "mailto:a@e.org,b@e.org",
            "mailto:a@e.org?subject=x", "mailto:a..b@e.org", "mailto:@e.org", "mailto:a@", "MAILTO:a@e.org",
            "mailto:a b@e.org", "mailto:a@[::1/x", "mailto:a%FF@e.org");
    static final List<String> BAD_UUIDS = List.of("not-a-uuid", "12345678-1234-1234-1234-1234567890123",
            "12345678123412341234123456789012", "g2345678-1234-1234-1234-123456789012", "", "{12345678-1234-1234-1234-123456789012}");
    static final List<String> BAD_TIMESTAMPS = List.of("2026-13-01T00:00:00Z", "yesterday", "2026-02-30T00:00:00Z",
            "2026-01-01T25:00:00Z", "2026-01-01 00:00:00", "2026-01-01T00:00:00-00:00", "2026", "T00:00:00Z",
            "2026-01-01T00:00:00.Z", "+2026-01-01T00:00:00Z");
    static final List<String> BAD_DURATIONS = List.of("PT", "P1Y2M3DT4H5M6.7.8S", "1 hour", "P-1D", "PT1.5H30M", "P",
            "PT1S1M", "P1W2D", "pt1s", "P1DT");
    static final List<String> BAD_CONTENT_TYPES = List.of("text/plain", "application/xml", "multipart/mixed", ";",
            "application/json;charset", "a/b/c", "application/x-www-form-urlencoded", "text", "", "application/jso");
    private static final byte[][] NOT_UTF8 = {{(byte) 0xFF}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0x80},
        {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xE2, (byte) 0x82}, {(byte) 0xF5, (byte) 0x80, (byte) 0x80,
            (byte) 0x80}, {(byte) 0xE9}};

    private final Random random;

    StatementMutants(Random random) {
        this.random = random;
    }

    BadRequest next() {
        int size = random.nextInt(5) < 2 ? 1 : 2 + random.nextInt(19);
        boolean valid = random.nextInt(10) == 0;
        Mutation mutation = valid ? null : Mutation.values()[random.nextInt(Mutation.values().length)];
        int first = random.nextInt(size);
        int damaged = 0;
        List<UUID> ids = new ArrayList<>();
        List<String> statements = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            UUID id = UUID.randomUUID();
            ids.add(id);
            JsonObject statement = valid(id);
            Mutation here = mutation == null || !mutation.inTree ? null
                    : i == first ? mutation : random.nextBoolean() ? inTree() : null;
            statements.add(here == null ? statement.toString() : damage(statement, here));
            damaged += here == null ? 0 : 1;
        }
        String text = size == 1 ? statements.get(0) : "[" + String.join(",", statements) + "]";
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        String contentType = "application/json";
        if (mutation == Mutation.NOT_UTF8) {
            body = notUtf8(text);
        } else if (mutation == Mutation.TRUNCATED) {
            body = Arrays.copyOf(body, 1 + random.nextInt(body.length - 1));
        } else if (mutation == Mutation.CONTENT_TYPE) {
            contentType = pick(BAD_CONTENT_TYPES);
        }
        String method = size == 1 && random.nextBoolean() ? "PUT" : "POST";
        String path = method.equals("PUT") ? "xapi/statements?statementId=" + ids.get(0) : "xapi/statements";
        return new BadRequest(mutation == null ? "valid statements" : "statement " + mutation, method, path,
                contentType, body, ids, null, mutation == null ? 0 : Math.max(1, damaged));
    }

    private Mutation inTree() {
        Mutation mutation;
        do {
            mutation = Mutation.values()[random.nextInt(Mutation.values().length)];
        } while (!mutation.inTree);
        return mutation;
    }

    private enum Mutation {
        TREE(true), BAD_IRI(true), BAD_MBOX(true), BAD_UUID(true), BAD_TIMESTAMP(true), BAD_DURATION(true),
        DEEP(true), HUGE_NUMBER(true), DUPLICATE_KEY(true), EXTRA_PROPERTY(true), NOT_UTF8(false), TRUNCATED(false),
        CONTENT_TYPE(false);

        final boolean inTree;

        Mutation(boolean inTree) {
            this.inTree = inTree;
        }
    }

    private JsonObject valid(UUID id) {
        return Json.createObjectBuilder()
                .add("id", id.toString())
                .add("actor", Json.createObjectBuilder().add("objectType", "Agent").add("name", "Fuzz")
                        .add("mbox", "mailto:fuzz" + random.nextInt(50) + "@example.org"))
                .add("verb", Json.createObjectBuilder().add("id", "http://adlnet.gov/expapi/verbs/completed")
                        .add("display", Json.createObjectBuilder().add("en-US", "completed")))
                .add("object", Json.createObjectBuilder().add("objectType", "Activity")
                        .add("id", "https://flourish.example.org/fuzz/" + random.nextInt(100)))
                .add("result", Json.createObjectBuilder().add("success", true).add("duration", "PT1M30S")
                        .add("score", Json.createObjectBuilder().add("raw", 7).add("min", 0).add("max", 10)))
                .add("timestamp", "2026-03-01T10:00:00Z")
                .build();
    }

    private String damage(JsonObject statement, Mutation mutation) {
        return switch (mutation) {
            case TREE -> StatementMutations.of(statement, random, 1).get(0).statement().toString();
            case BAD_IRI -> replace(statement, random.nextBoolean() ? "verb" : "object", "id", pick(BAD_IRIS));
            case BAD_MBOX -> replace(statement, "actor", "mbox", pick(BAD_MBOXES));
            case BAD_UUID -> random.nextBoolean() ? Json.createObjectBuilder(statement).add("id", pick(BAD_UUIDS))
                    .build().toString() : Json.createObjectBuilder(statement).add("context", Json.createObjectBuilder()
                    .add("registration", pick(BAD_UUIDS))).build().toString();
            case BAD_TIMESTAMP -> Json.createObjectBuilder(statement).add("timestamp", pick(BAD_TIMESTAMPS)).build()
                    .toString();
            case BAD_DURATION -> replace(statement, "result", "duration", pick(BAD_DURATIONS));
            case DEEP -> withExtension(statement, deep(65 + random.nextInt(1500)));
            case HUGE_NUMBER -> withExtension(statement, random.nextBoolean() ? "1" + "0".repeat(100 + random.nextInt(2000))
                    : "1e" + (1001 + random.nextInt(999_999_999)));
            case DUPLICATE_KEY -> duplicateKey(statement.toString());
            case EXTRA_PROPERTY -> replaceValue(statement, random.nextBoolean() ? "verb" : "actor",
                    "extra" + random.nextInt(10), Json.createValue("x"));
            case NOT_UTF8, TRUNCATED, CONTENT_TYPE -> throw new IllegalArgumentException(mutation.name());
        };
    }

    private static String replace(JsonObject statement, String part, String property, String value) {
        return replaceValue(statement, part, property, Json.createValue(value));
    }

    private static String replaceValue(JsonObject statement, String part, String property, JsonValue value) {
        JsonObjectBuilder inner = Json.createObjectBuilder(statement.getJsonObject(part)).add(property, value);
        return Json.createObjectBuilder(statement).add(part, inner).build().toString();
    }

    private static String withExtension(JsonObject statement, String rawJson) {
        String text = statement.toString();
        return text.substring(0, text.length() - 1) + ",\"context\":{\"extensions\":{\"https://e.org/x\":" + rawJson
                + "}}}";
    }

    private static String deep(int depth) {
        return "[".repeat(depth) + "]".repeat(depth);
    }

    private String duplicateKey(String text) {
        String property = pick(List.of("\"verb\":{\"id\":\"http://e.org/v\"}", "\"id\":\"" + UUID.randomUUID() + "\"",
                "\"timestamp\":\"2026-03-01T10:00:00Z\"", "\"result\":{}"));
        return text.substring(0, text.length() - 1) + "," + property + "}";
    }

    private byte[] notUtf8(String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        int at = text.indexOf("\"Fuzz\"") + 2;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] prefix = text.substring(0, at).getBytes(StandardCharsets.UTF_8);
        out.write(prefix, 0, prefix.length);
        byte[] bad = NOT_UTF8[random.nextInt(NOT_UTF8.length)];
        out.write(bad, 0, bad.length);
        out.write(utf8, prefix.length, utf8.length - prefix.length);
        return out.toByteArray();
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
