package org.flourish.pathways.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.jena.rdf.model.Model;
import org.flourish.pathways.rdf.EvidenceRuleReader;
import org.flourish.pathways.store.GraphLearnerLinks;
import org.flourish.pathways.store.Graphs;
import org.flourish.pathways.store.LearnerRecords;
import org.flourish.pathways.store.RdfStore;
import org.flourish.pathways.store.SharedGraphs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Replacing a shared graph on TDB2 (the default store) as a coordinator's upload does, with the sample evidence
 * rules (19,000 triples): statement intake goes on meanwhile (it waits for one short write step at a time, not for
 * the whole upload), and the new graph is read whole afterwards.
 */
class SharedGraphUploadTest {

    private static RdfStore store;
    private static final List<SharedKnowledge> PUBLISHED = new ArrayList<>();
    private static CatalogueUploads uploads;

    @BeforeAll
    static void seed() throws IOException {
        store = RdfStore.tdb2(Files.createTempDirectory(Path.of("target"), "tdb2-uploads"));
        new SharedGraphs(store).seedAbsent();
        PUBLISHED.add(SharedKnowledge.load(store));
        uploads = new CatalogueUploads(store, PUBLISHED::add, new LearnerStates(new LearnerRecords(store),
                new GraphLearnerLinks(store), () -> PUBLISHED.get(PUBLISHED.size() - 1)));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void statementIntakeGoesOnWhileTheSampleEvidenceRulesAreReplacedTwice() throws InterruptedException {
        Model rules = SharedGraphs.turtleResource("/flourish/samples/thies-evidence-rules.ttl");
        LearnerRecords records = new LearnerRecords(store);
        AtomicBoolean uploading = new AtomicBoolean(true);
        List<Instant> kept = new ArrayList<>();
        Thread intake = new Thread(() -> {
            while (uploading.get()) {
                records.keep("mbox:mailto:busy@example.org", UUID.randomUUID(), Instant.now(), "{}");
                synchronized (kept) {
                    kept.add(Instant.now());
                }
            }
        });
        intake.start();
        Thread.sleep(3_000);
        Instant start = Instant.now();
        uploads.replace(Graphs.EVIDENCE_RULES, rules);
        uploads.replace(Graphs.EVIDENCE_RULES, rules);
        Instant end = Instant.now();
        uploading.set(false);
        intake.join();

        List<Instant> during = kept.stream().filter(at -> at.isAfter(start) && at.isBefore(end)).toList();
        long longestWaitMillis = longestWait(during, start, end);
        List<Instant> before = kept.stream().filter(at -> at.isBefore(start)).toList();
        System.out.printf("two uploads of the evidence rules: %d ms; %d statements kept meanwhile, longest wait "
                + "%d ms (%d ms in the 3 s before, without uploads)%n", end.toEpochMilli() - start.toEpochMilli(),
                during.size(), longestWaitMillis, longestWait(before, before.get(0), start));
        assertFalse(during.isEmpty(), "no statement was kept during the uploads");
        // Before, the graph was replaced in one write transaction, and intake waited for most of the upload. The
        // absolute figure (under 1 s) depends on the machine's load: pathways/bench/run-upload-benchmark.sh.
        long uploadMillis = end.toEpochMilli() - start.toEpochMilli();
        assertTrue(longestWaitMillis < uploadMillis / 10, "intake waited " + longestWaitMillis + " ms of "
                + uploadMillis);
        SharedGraphs shared = new SharedGraphs(store);
        // TDB2 gives some literals back in canonical form (1 as 1.0): the same triples, not the same terms.
        assertEquals(rules.size(), shared.read(Graphs.EVIDENCE_RULES).size());
        assertEquals(EvidenceRuleReader.read(rules).size(), EvidenceRuleReader.read(shared.read(Graphs.EVIDENCE_RULES))
                .size());
        assertFalse(store.hasGraph(Graphs.EVIDENCE_RULES), "the seeded graph was dropped once replaced");
        assertEquals(List.of(), shared.seedAbsent(), "a replaced graph is not seeded again");
        assertEquals(3, PUBLISHED.size());
    }

    private static long longestWait(List<Instant> moments, Instant from, Instant to) {
        long longest = 0;
        Instant previous = from;
        for (Instant at : moments) {
            longest = Math.max(longest, at.toEpochMilli() - previous.toEpochMilli());
            previous = at;
        }
        return Math.max(longest, to.toEpochMilli() - previous.toEpochMilli());
    }
}
