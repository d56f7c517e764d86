package org.flourish.lrs.badinput;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Requests to the three Document Resources with one thing wrong: a parameter (not an IRI, not an Agent, not a UUID,
 * longer than its column, unknown, missing), the body (not UTF-8, nested too deep, a huge number, cut short) or the
 * Content-Type. Each names a stateId or profileId no other request uses, so what it stored can be found; one request
 * in ten is left valid.
 */
final class DocumentMutants {

    private static final String JSON = "application/json";

    private final Random random;

    DocumentMutants(Random random) {
        this.random = random;
    }

    private enum Resource {
        STATE("xapi/activities/state", "stateId"),
        ACTIVITY_PROFILE("xapi/activities/profile", "profileId"),
        AGENT_PROFILE("xapi/agents/profile", "profileId");

        final String path;
        final String idName;

        Resource(String path, String idName) {
            this.path = path;
            this.idName = idName;
        }
    }

    private enum Mutation {
        ACTIVITY_ID, AGENT, REGISTRATION, LONG_ID, LONG_CONTENT_TYPE, UNKNOWN_PARAMETER, MISSING_ID, NOT_UTF8_BODY,
        DEEP_BODY, HUGE_NUMBER_BODY, TRUNCATED_BODY, DUPLICATE_KEY_BODY, CONTENT_TYPE, METHOD
    }

    BadRequest next() {
        Resource resource = Resource.values()[random.nextInt(Resource.values().length)];
        boolean valid = random.nextInt(10) == 0;
        Mutation mutation = valid ? null : Mutation.values()[random.nextInt(Mutation.values().length)];
        String id = "fuzz-" + UUID.randomUUID();
        Map<String, String> parameters = new LinkedHashMap<>();
        if (resource != Resource.AGENT_PROFILE) {
            parameters.put("activityId", "https://flourish.example.org/fuzz/" + random.nextInt(100));
        }
        if (resource != Resource.ACTIVITY_PROFILE) {
            parameters.put("agent", "{\"mbox\":\"mailto:fuzz" + random.nextInt(50) + "@example.org\"}");
        }
        parameters.put(resource.idName, id);
        String method = random.nextBoolean() ? "PUT" : "POST";
        String contentType = JSON;
        String body = "{\"page\":" + random.nextInt(1000) + ",\"note\":\"fuzz\"}";
        byte[] bytes = null;
        if (mutation != null) {
            switch (mutation) {
                case ACTIVITY_ID -> parameters.put("activityId", pick(StatementMutants.BAD_IRIS));
                case AGENT -> parameters.put("agent", pick(List.of("{\"mbox\":\"mailto:a@b@c\"}", "not json",
                        "[]", "{\"mbox\":\"mailto:a@e.org\",\"mbox\":\"mailto:b@e.org\"}", "{\"name\":\"no ifi\"}",
                        "{\"mbox\":" + "[".repeat(100) + "]".repeat(100) + "}", "{\"mbox\":\"mailto:a@e.org\"",
                        "{\"mbox\":\"mailto:a@e.org\",\"openid\":\"http://e.org/\"}", "\"mailto:a@e.org\"")));
                case REGISTRATION -> {
                    if (resource == Resource.STATE) {
                        parameters.put("registration", pick(StatementMutants.BAD_UUIDS));
                    } else {
                        parameters.put("registration", UUID.randomUUID().toString());
                    }
                }
                case LONG_ID -> parameters.put(resource.idName, id + "-" + "x".repeat(4000 + random.nextInt(2000)));
                case LONG_CONTENT_TYPE -> contentType = "application/x-" + "a".repeat(490 + random.nextInt(600));
                case UNKNOWN_PARAMETER -> parameters.put(pick(List.of("stateid", "profileID", "extra", "since")), "x");
                case MISSING_ID -> parameters.put(resource.idName, "");
                case NOT_UTF8_BODY -> bytes = notUtf8(body);
                case DEEP_BODY -> {
                    int depth = 65 + random.nextInt(1500);
                    body = "{\"a\":" + "[".repeat(depth) + "]".repeat(random.nextBoolean() ? depth : 0) + "}";
                }
                case HUGE_NUMBER_BODY -> body = "{\"a\":1" + "0".repeat(1200) + "}";
                case TRUNCATED_BODY -> body = body.substring(0, 1 + random.nextInt(body.length() - 1));
                case DUPLICATE_KEY_BODY -> body = "{\"a\":1,\"a\":2}";
                case CONTENT_TYPE -> contentType = pick(StatementMutants.BAD_CONTENT_TYPES);
                // Not TRACE: Payara's HTTP layer answers it itself, without reading its body (README, "Limits on input").
                case METHOD -> method = pick(List.of("PATCH", "PROPFIND", "MKCOL", "LINK"));
                default -> throw new IllegalStateException(mutation.name());
            }
        }
        String query = parameters.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return new BadRequest(mutation == null ? "valid document" : "document " + mutation, method,
                resource.path + "?" + query, contentType, bytes == null ? body.getBytes(StandardCharsets.UTF_8) : bytes,
                List.of(), id, mutation == null ? 0 : 1);
    }

    private static byte[] notUtf8(String body) {
        byte[] utf8 = body.getBytes(StandardCharsets.UTF_8);
        byte[] bad = Arrays.copyOf(utf8, utf8.length);
        bad[body.indexOf("fuzz")] = (byte) 0xFF;
        return bad;
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
