package org.flourish.lrs.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Random;

/**
 * One kind of GET statements request the query benchmark times: a name and a source of requests with varying
 * values drawn from the {@link Population}. Every request has {@code limit=100}.
 */
record QueryKind(String name, Source source) {

    /** The next request (path and query); may itself send untimed requests, e.g. for the first page. */
    interface Source {
        String next(Random random) throws Exception;
    }

    private static final String STATEMENTS = "xapi/statements?limit=100";

    /** Every kind, given the range of {@code stored} in the LRS and a client for the untimed first pages. */
    static List<QueryKind> all(OffsetDateTime firstStored, OffsetDateTime lastStored, LrsClient lrs) {
        long span = Duration.between(firstStored, lastStored).toMillis();
        return List.of(
                new QueryKind("no filter (limit only)", random -> STATEMENTS),
                new QueryKind("agent", random -> STATEMENTS + param("agent", learner(random))),
                new QueryKind("verb", random -> STATEMENTS + param("verb", verb(random))),
                new QueryKind("activity", random -> STATEMENTS + param("activity", lesson(random))),
                new QueryKind("registration", random -> STATEMENTS + param("registration", registration(random))),
                new QueryKind("activity (course) + related_activities", random -> STATEMENTS
                        + param("activity", Population.courseId(random.nextInt(Population.COURSES)))
                        + "&related_activities=true"),
                new QueryKind("agent (instructor) + related_agents", random -> STATEMENTS
                        + param("agent", instructor(random)) + "&related_agents=true"),
                new QueryKind("agent + verb", random -> STATEMENTS + param("agent", learner(random))
                        + param("verb", verb(random))),
                new QueryKind("since", random -> STATEMENTS
                        + param("since", at(firstStored, span, random).toString())),
                new QueryKind("since + ascending=true", random -> STATEMENTS
                        + param("since", at(firstStored, span, random).toString()) + "&ascending=true"),
                new QueryKind("until", random -> STATEMENTS
                        + param("until", at(firstStored, span, random).toString())),
                new QueryKind("since + until (60 s window)", random -> {
                    OffsetDateTime since = at(firstStored, span, random);
                    return STATEMENTS + param("since", since.toString())
                            + param("until", since.plusSeconds(60).toString());
                }),
                new QueryKind("ascending=true", random -> STATEMENTS + "&ascending=true"),
                new QueryKind("verb + ascending=true", random -> STATEMENTS + param("verb", verb(random))
                        + "&ascending=true"),
                new QueryKind("verb + format=ids", random -> STATEMENTS + param("verb", verb(random))
                        + "&format=ids"),
                new QueryKind("more (page 2 of verb)", random -> morePage(lrs, STATEMENTS
                        + param("verb", verb(random)))),
                new QueryKind("more (page 2 of related course)", random -> morePage(lrs, STATEMENTS
                        + param("activity", Population.courseId(random.nextInt(Population.COURSES)))
                        + "&related_activities=true")));
    }

    /** Sends the first page (untimed) and returns the {@code more} link of its answer. */
    private static String morePage(LrsClient lrs, String first) throws Exception {
        String more = StatementCount.moreLink(lrs.get(first).body());
        if (more.isEmpty()) {
            throw new IllegalStateException("no more link for " + first);
        }
        return more;
    }

    private static String param(String name, String value) {
        return "&" + name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static OffsetDateTime at(OffsetDateTime first, long spanMillis, Random random) {
        return first.plusNanos((long) (random.nextDouble() * spanMillis) * 1_000_000L);
    }

    private static String verb(Random random) {
        return Population.verbId(random.nextInt(Population.VERBS.size()));
    }

    private static String lesson(Random random) {
        return Population.lessonId(random.nextInt(Population.LESSONS));
    }

    private static String registration(Random random) {
        int learner = random.nextInt(Population.LEARNERS);
        int course = Population.enrolledCourse(learner, random.nextInt(Population.COURSES_PER_LEARNER));
        return Population.registration(learner, course).toString();
    }

    private static String learner(Random random) {
        int learner = random.nextInt(Population.LEARNERS);
        return Population.byMbox(learner)
                ? "{\"mbox\":\"" + Population.mbox(learner) + "\"}"
                : "{\"account\":{\"homePage\":\"" + Population.accountHomePage() + "\",\"name\":\""
                        + Population.accountName(learner) + "\"}}";
    }

    private static String instructor(Random random) {
        return "{\"mbox\":\"" + Population.instructorMbox(random.nextInt(Population.INSTRUCTORS)) + "\"}";
    }
}
