package org.flourish.lrs.badinput;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The generated bad-input run against a deployed LRS and its PostgreSQL database: no answer may be a 5xx or missing;
 * every refusal is a short JSON error; nothing refused is in the database, and everything accepted is. Runs from
 * {@link BadInputIT}, or against any LRS: {@code BadInputCheck URL KEY SECRET JDBC-URL DB-USER DB-PASSWORD SEED COUNT}.
 */
public final class BadInputCheck {

    private static final int CONNECTIONS = 8;
    private static final int MAX_ERROR_BYTES = 1100;

    private BadInputCheck() {
    }

    public static void main(String[] args) throws Exception {
        run(URI.create(args[0]), args[1], args[2], args[3], args[4], args[5], Long.parseLong(args[6]),
                Integer.parseInt(args[7]));
    }

    static void run(URI root, String key, String secret, String jdbcUrl, String dbUser, String dbPassword, long seed,
            int mutated) throws Exception {
        List<BadRequest> requests = BadRequests.generate(new Random(seed), mutated);
        String authorization = "Basic " + Base64.getEncoder().encodeToString((key + ":" + secret).getBytes(
                StandardCharsets.UTF_8));

        long started = System.nanoTime();
        List<BadInputRun.Outcome> outcomes = BadInputRun.send(root, authorization, requests, CONNECTIONS,
                Duration.ofMinutes(10));
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        System.out.printf("bad input, seed %d: %d requests (%d statements, %d documents; %d damaged) in %d ms%n%s",
                seed, requests.size(), requests.stream().mapToInt(r -> r.statementIds().size()).sum(),
                requests.stream().filter(r -> r.documentId() != null).count(),
                requests.stream().mapToInt(BadRequest::mutated).sum(), took.toMillis(),
                BadRequests.tally(outcomes));

        List<String> broken = outcomes.stream().filter(o -> o.status() < 200 || o.status() >= 500
                || (o.refused() && !isShortJsonError(o))).map(o -> o.status() + " " + o.request() + " "
                + (o.failure() != null ? o.failure() : excerpt(o.body()))).limit(10).toList();
        assertTrue(broken.isEmpty(), "seed " + seed + ": " + broken);
        assertTrue(outcomes.stream().filter(BadInputRun.Outcome::accepted).count() >= requests.size() / 20,
                "valid requests must still go in");
        try (StoredRecords stored = new StoredRecords(jdbcUrl, dbUser, dbPassword)) {
            Set<String> refusedStatements = statementIds(outcomes, BadInputRun.Outcome::refused);
            Set<String> acceptedStatements = acknowledgedIds(outcomes);
            assertEquals(Set.of(), stored.statementIds(refusedStatements), "seed " + seed + ": refused but stored");
            assertEquals(acceptedStatements, stored.statementIds(acceptedStatements), "seed " + seed);
            Set<String> refusedDocuments = documentIds(outcomes, BadInputRun.Outcome::refused);
            Set<String> acceptedDocuments = documentIds(outcomes, BadInputRun.Outcome::accepted);
            assertEquals(Set.of(), stored.documentIds(refusedDocuments), "seed " + seed + ": refused but stored");
            assertEquals(acceptedDocuments, stored.documentIds(acceptedDocuments), "seed " + seed);
        }
    }

    private static boolean isShortJsonError(BadInputRun.Outcome outcome) {
        return outcome.contentType().startsWith("application/json") && outcome.body().length <= MAX_ERROR_BYTES
                && new String(outcome.body(), StandardCharsets.UTF_8).startsWith("{\"error\":{\"message\":");
    }

    private static String excerpt(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        return text.length() <= 200 ? text : text.substring(0, 200) + "... (" + body.length + " bytes)";
    }

    private static Set<String> statementIds(List<BadInputRun.Outcome> outcomes, Predicate<BadInputRun.Outcome> which) {
        return outcomes.stream().filter(which).flatMap(o -> o.request().statementIds().stream())
                .map(UUID::toString).collect(Collectors.toSet());
    }

    /**
     * The ids the LRS acknowledged: those a POST answered with, and a PUT's statementId. A damaged statement that was
     * accepted may have lost the id it was given (the LRS then makes one), so the request's ids will not do.
     */
    private static Set<String> acknowledgedIds(List<BadInputRun.Outcome> outcomes) {
        Set<String> ids = new java.util.HashSet<>();
        for (BadInputRun.Outcome outcome : outcomes) {
            if (!outcome.accepted() || outcome.request().statementIds().isEmpty()) {
                continue;
            }
            if (outcome.request().method().equals("PUT")) {
                ids.add(outcome.request().statementIds().get(0).toString());
            } else {
                try (var reader = jakarta.json.Json.createReader(new java.io.ByteArrayInputStream(outcome.body()))) {
                    reader.readArray().getValuesAs(jakarta.json.JsonString::getString).forEach(ids::add);
                }
            }
        }
        return ids;
    }

    private static Set<String> documentIds(List<BadInputRun.Outcome> outcomes, Predicate<BadInputRun.Outcome> which) {
        return outcomes.stream().filter(which).map(o -> o.request().documentId()).filter(Objects::nonNull)
                .collect(Collectors.toSet());
    }
}
