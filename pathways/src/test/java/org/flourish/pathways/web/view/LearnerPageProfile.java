package org.flourish.pathways.web.view;

import java.time.Instant;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;

import jakarta.json.Json;

import org.flourish.pathways.boot.SharedKnowledgeHolder;
import org.flourish.pathways.model.GeoPoint;
import org.flourish.pathways.model.Modality;
import org.flourish.pathways.model.StatedContext;
import org.flourish.pathways.store.LearnerDirectory;
import org.flourish.pathways.testing.SampleEngine;
import org.flourish.pathways.web.i18n.Messages;
import org.flourish.pathways.web.lrs.ProviderDirectory;

/** Where the learner page's time goes, in-process, for a learner with 500 statements (a diagnosis tool, not a test). */
public final class LearnerPageProfile {

    public static void main(String[] args) {
        SampleEngine engine = new SampleEngine();
        String key = "mbox:mailto:bench.learner@example.org";
        List<String> activities = SampleEngine.knowledge().catalogue().stream()
                .map(o -> o.activityId().orElse(null)).filter(java.util.Objects::nonNull).sorted().toList();
        Random random = new Random(7);
        Instant start = Instant.now().minus(Duration.ofDays(300));
        String[] verbs = {"attended", "completed", "passed", "failed"};
        for (int i = 0; i < 500; i++) {
            String verb = verbs[random.nextInt(4)];
            engine.intake.take(Json.createObjectBuilder().add("id", UUID.randomUUID().toString())
                    .add("actor", Json.createObjectBuilder().add("mbox", "mailto:bench.learner@example.org")
                            .add("name", "Bench Learner"))
                    .add("verb", Json.createObjectBuilder().add("id", "http://adlnet.gov/expapi/verbs/" + verb))
                    .add("object", Json.createObjectBuilder().add("id", activities.get(random.nextInt(activities.size()))))
                    .add("timestamp", start.plus(Duration.ofMinutes(864L * i)).toString())
                    .add("stored", start.plus(Duration.ofMinutes(864L * i)).toString()).build());
        }
        engine.contexts.state(key, new StatedContext(java.util.Set.of("wo", "fr"), java.util.OptionalInt.of(10),
                Optional.empty(), Optional.of(new GeoPoint(14.79, -16.93)), 5, java.math.BigDecimal.valueOf(5),
                java.util.EnumSet.allOf(Modality.class), List.of(), true, java.util.Set.of()));
        engine.assignments.assign("mentor", key);
        LearnerViews views = new LearnerViews();
        views.pathways = engine.pathways;
        views.states = engine.states;
        views.records = engine.records;
        views.links = engine.linking;
        views.assignments = engine.assignments;
        views.knowledge = new SharedKnowledgeHolder(SampleEngine.knowledge());
        views.directory = new LearnerDirectory(engine.store);
        views.providers = new ProviderDirectory(Optional.empty(), java.time.Clock.systemUTC());
        views.build();
        Messages messages = Messages.in("en");
        if (args.length > 0) {
            for (int i = 0; i < Integer.parseInt(args[0]); i++) {
                views.page(key, messages, false);
            }
            return;
        }
        for (int round = 0; round < 3; round++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < 20; i++) {
                views.page(key, messages, false);
            }
            long t1 = System.nanoTime();
            for (int i = 0; i < 20; i++) {
                engine.pathways.pathway(key, List.of(Locale.ENGLISH));
            }
            long t2 = System.nanoTime();
            for (int i = 0; i < 20; i++) {
                engine.pathways.recommendations(key, 6);
            }
            long t3 = System.nanoTime();
            for (int i = 0; i < 20; i++) {
                views.names().of(key);
            }
            long t4 = System.nanoTime();
            for (int i = 0; i < 20; i++) {
                views.competencyGroups(SampleEngine.knowledge(), List.of(Locale.ENGLISH), Locale.ENGLISH);
            }
            long t5 = System.nanoTime();
            var context = engine.contexts.contextOf(key).orElseThrow();
            long t6 = System.nanoTime();
            for (int i = 0; i < 20; i++) {
                engine.contexts.contextOf(key);
            }
            long t7 = System.nanoTime();
            var mastery = engine.states.of(key).mastery();
            for (int i = 0; i < 20; i++) {
                SampleEngine.knowledge().recommender().recommend(mastery, context, 6);
            }
            long t8 = System.nanoTime();
            for (int i = 0; i < 20; i++) {
                engine.records.goals(key);
                engine.records.pinned(key);
                engine.records.vetoed(key);
            }
            long t9 = System.nanoTime();
            System.out.printf(Locale.ROOT, "  context %.1f ms, ranking %.1f, goals+marks %.1f, estimates %d%n",
                    (t7 - t6) / 20e6, (t8 - t7) / 20e6, (t9 - t8) / 20e6, mastery.estimates().size());
            System.out.printf(Locale.ROOT, "page %.1f ms, pathway %.1f, recommendations %.1f, name %.1f, "
                    + "competency options %.1f%n", (t1 - t0) / 20e6, (t2 - t1) / 20e6, (t3 - t2) / 20e6,
                    (t4 - t3) / 20e6, (t5 - t4) / 20e6);
        }
    }
}
