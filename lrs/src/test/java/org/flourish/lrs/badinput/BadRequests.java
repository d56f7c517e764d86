package org.flourish.lrs.badinput;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The generated requests of one run. */
final class BadRequests {

    private BadRequests() {
    }

    /**
     * Requests until {@code mutated} statements and documents in them are damaged; valid ones come on top. Two
     * requests in five go to the Document resources, the rest to the Statement resource.
     */
    static List<BadRequest> generate(Random random, int mutated) {
        StatementMutants statements = new StatementMutants(random);
        DocumentMutants documents = new DocumentMutants(random);
        List<BadRequest> requests = new ArrayList<>();
        int count = 0;
        while (count < mutated) {
            BadRequest request = random.nextInt(5) < 2 ? documents.next() : statements.next();
            requests.add(request);
            count += request.mutated();
        }
        return requests;
    }

    /** For each kind of request, how many got each status: "statement BAD_IRI: 400 x812". */
    static String tally(List<BadInputRun.Outcome> outcomes) {
        Map<String, Map<Integer, Long>> byKind = outcomes.stream().collect(Collectors.groupingBy(
                o -> o.request().mutation(), TreeMap::new,
                Collectors.groupingBy(BadInputRun.Outcome::status, TreeMap::new, Collectors.counting())));
        StringBuilder text = new StringBuilder();
        byKind.forEach((kind, statuses) -> text.append("  ").append(kind).append(": ").append(statuses.entrySet()
                .stream().map(e -> e.getKey() + " x" + e.getValue()).collect(Collectors.joining(", "))).append('\n'));
        return text.toString();
    }
}
