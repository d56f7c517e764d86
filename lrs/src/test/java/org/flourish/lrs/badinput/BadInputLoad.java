package org.flourish.lrs.badinput;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * The generated bad input as a load for a running LRS, for the memory benchmark ({@code lrs/bench/run-rss.sh}):
 * rounds of 2,000 requests and 12 large ones (6-14 MB each) over the given connections until the time is up. Arguments: the LRS's root URL, a key, its
 * secret, seconds, connections, seed.
 */
public final class BadInputLoad {

    private BadInputLoad() {
    }

    public static void main(String[] args) throws Exception {
        URI root = URI.create(args[0].endsWith("/") ? args[0] : args[0] + "/");
        String authorization = "Basic " + Base64.getEncoder().encodeToString((args[1] + ":" + args[2])
                .getBytes(StandardCharsets.UTF_8));
        long end = System.nanoTime() + Long.parseLong(args[3]) * 1_000_000_000L;
        int connections = Integer.parseInt(args[4]);
        Random random = new Random(Long.parseLong(args[5]));
        long sent = 0;
        long errors = 0;
        while (System.nanoTime() < end) {
            List<BadRequest> round = new ArrayList<>(BadRequests.generate(random, 2_000));
            round.addAll(large(random));
            Collections.shuffle(round, random);
            List<BadInputRun.Outcome> outcomes = BadInputRun.send(root, authorization, round, connections,
                    Duration.ofMinutes(10));
            sent += outcomes.size();
            errors += outcomes.stream().filter(o -> o.status() < 200 || o.status() >= 500).count();
        }
        System.out.printf("requests %d, 5xx or no answer %d%n", sent, errors);
    }

    /**
     * Large bodies, each read whole before it is refused or stored: a statement whose response is a string over the
     * reader's limit, a body that stops being UTF-8 at its end, and a large JSON document, which is stored.
     */
    private static List<BadRequest> large(Random random) {
        List<BadRequest> requests = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            int size = (6 + random.nextInt(9)) * 1_000_000;
            String statement = "{\"actor\":{\"mbox\":\"mailto:large@example.org\"},\"verb\":{\"id\":"
                    + "\"http://adlnet.gov/expapi/verbs/answered\"},\"object\":{\"id\":\"https://e.org/q\"},"
                    + "\"result\":{\"response\":\"" + "a".repeat(size) + "\"}}";
            requests.add(new BadRequest("large statement", "POST", "xapi/statements", "application/json",
                    statement.getBytes(StandardCharsets.UTF_8), List.of(), null, 1));
            byte[] notUtf8 = statement.getBytes(StandardCharsets.UTF_8);
            notUtf8[notUtf8.length - 4] = (byte) 0xFF;
            requests.add(new BadRequest("large not UTF-8", "POST", "xapi/statements", "application/json", notUtf8,
                    List.of(), null, 1));
            String id = "large-" + UUID.randomUUID();
            String document = "{\"notes\":[" + ("\"" + "n".repeat(1000) + "\",").repeat(size / 1003) + "\"end\"]}";
            requests.add(new BadRequest("large document", "PUT", "xapi/activities/profile?activityId="
                    + "https%3A%2F%2Fe.org%2Flarge&profileId=" + id, "application/json",
                    document.getBytes(StandardCharsets.UTF_8), List.of(), id, 0));
        }
        return requests;
    }
}
