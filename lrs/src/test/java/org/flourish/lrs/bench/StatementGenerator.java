package org.flourish.lrs.bench;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.Random;
import java.util.UUID;
import org.flourish.lrs.xapi.Jsons;

/**
 * Realistic statements from the {@link Population}, in a sequence fixed by the seed: a learner does something with a
 * lesson of a course they are enrolled in, with the course and programme as context, their instructor, their
 * registration, and a scored result. Not thread-safe: one generator per client.
 */
final class StatementGenerator {

    /** Timestamps start here and advance a few seconds per statement. */
    private static final Instant FIRST_TIMESTAMP = Instant.parse("2026-03-02T08:00:00Z");

    private final Random random;
    private Instant timestamp = FIRST_TIMESTAMP;

    StatementGenerator(long seed) {
        this.random = new Random(seed);
    }

    JsonObject next() {
        int learner = random.nextInt(Population.LEARNERS);
        int course = Population.enrolledCourse(learner, random.nextInt(Population.COURSES_PER_LEARNER));
        int lesson = course * Population.LESSONS_PER_COURSE + random.nextInt(Population.LESSONS_PER_COURSE);
        int verb = random.nextInt(Population.VERBS.size());
        timestamp = timestamp.plusSeconds(1 + random.nextInt(5));
        return Jsons.createObjectBuilder()
                .add("id", versionFourId().toString())
                .add("actor", learner(learner))
                .add("verb", Jsons.createObjectBuilder().add("id", Population.verbId(verb))
                        .add("display", Jsons.createObjectBuilder().add("en-US", Population.VERBS.get(verb))))
                .add("object", lesson(lesson))
                .add("result", result())
                .add("context", context(learner, course))
                .add("timestamp", timestamp.toString())
                .build();
    }

    /** A random (version 4) UUID, but from the seeded sequence so that reruns send the same ids. */
    private UUID versionFourId() {
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(high, low);
    }

    private static JsonObjectBuilder learner(int learner) {
        JsonObjectBuilder agent = Jsons.createObjectBuilder().add("objectType", "Agent")
                .add("name", "Learner " + learner);
        return Population.byMbox(learner) ? agent.add("mbox", Population.mbox(learner))
                : agent.add("account", Jsons.createObjectBuilder().add("homePage", Population.accountHomePage())
                        .add("name", Population.accountName(learner)));
    }

    private static JsonObjectBuilder lesson(int lesson) {
        return Jsons.createObjectBuilder().add("objectType", "Activity").add("id", Population.lessonId(lesson))
                .add("definition", Jsons.createObjectBuilder()
                        .add("type", "http://adlnet.gov/expapi/activities/lesson")
                        .add("name", Jsons.createObjectBuilder().add("en-US", "Lesson " + lesson)
                                .add("fr", "Leçon " + lesson))
                        .add("description", Jsons.createObjectBuilder()
                                .add("en-US", "Lesson " + lesson + " of course " + Population.courseOf(lesson))));
    }

    private JsonObjectBuilder result() {
        int raw = random.nextInt(101);
        return Jsons.createObjectBuilder()
                .add("score", Jsons.createObjectBuilder().add("scaled", raw / 100.0).add("raw", raw)
                        .add("min", 0).add("max", 100))
                .add("success", raw >= 50)
                .add("completion", random.nextBoolean())
                .add("duration", "PT" + (1 + random.nextInt(59)) + "M" + random.nextInt(60) + "S");
    }

    private static JsonObjectBuilder context(int learner, int course) {
        int programme = Population.programmeOf(course);
        return Jsons.createObjectBuilder()
                .add("registration", Population.registration(learner, course).toString())
                .add("instructor", Jsons.createObjectBuilder().add("objectType", "Agent")
                        .add("mbox", Population.instructorMbox(Population.instructorOf(course, learner))))
                .add("contextActivities", Jsons.createObjectBuilder()
                        .add("parent", Jsons.createArrayBuilder().add(Jsons.createObjectBuilder()
                                .add("id", Population.courseId(course))
                                .add("definition", Jsons.createObjectBuilder()
                                        .add("type", "http://adlnet.gov/expapi/activities/course"))))
                        .add("grouping", Jsons.createArrayBuilder().add(Jsons.createObjectBuilder()
                                .add("id", Population.programmeId(programme)))))
                .add("platform", "Flourish")
                .add("language", "en-US");
    }
}
