package org.flourish.lrs.bench;

import java.util.List;
import java.util.UUID;

/**
 * The fixed world the generated statements come from: learners, instructors, lessons grouped in courses and
 * programmes, and the ADL verbs. Every value is a pure function of its index, so the query benchmark can name what
 * the ingest wrote without sharing state with it.
 */
final class Population {

    static final int LEARNERS = 10_000;
    static final int INSTRUCTORS = 200;
    static final int LESSONS = 2_000;
    static final int LESSONS_PER_COURSE = 20;
    static final int COURSES = LESSONS / LESSONS_PER_COURSE;
    static final int COURSES_PER_PROGRAMME = 10;
    static final int COURSES_PER_LEARNER = 3;

    private static final String ACTIVITIES = "https://flourish.example.org/activities/";

    /** Twenty verbs of the ADL vocabulary; not "voided", whose object must be a StatementRef. */
    static final List<String> VERBS = List.of("experienced", "attended", "attempted", "completed", "passed", "failed",
            "answered", "interacted", "imported", "created", "shared", "mastered", "asked", "commented", "launched",
            "initialized", "terminated", "suspended", "resumed", "progressed");

    private Population() {
    }

    static String verbId(int verb) {
        return "http://adlnet.gov/expapi/verbs/" + VERBS.get(verb);
    }

    static String lessonId(int lesson) {
        return ACTIVITIES + "lesson/" + lesson;
    }

    static String courseId(int course) {
        return ACTIVITIES + "course/" + course;
    }

    static String programmeId(int programme) {
        return ACTIVITIES + "programme/" + programme;
    }

    static int courseOf(int lesson) {
        return lesson / LESSONS_PER_COURSE;
    }

    static int programmeOf(int course) {
        return course / COURSES_PER_PROGRAMME;
    }

    /** The k-th of the courses a learner is enrolled in; spread so that each course has learners. */
    static int enrolledCourse(int learner, int k) {
        return Math.floorMod(learner * 7 + k * 31, COURSES);
    }

    /** One registration per learner and course they are enrolled in. */
    static UUID registration(int learner, int course) {
        return UUID.nameUUIDFromBytes(("registration " + learner + " " + course).getBytes());
    }

    /** Half the learners are known by e-mail (schools), half by an account (radio listeners with a phone number). */
    static boolean byMbox(int learner) {
        return learner % 2 == 0;
    }

    static String mbox(int learner) {
        return "mailto:learner" + learner + "@school" + (learner % 50) + ".example.org";
    }

    static String accountHomePage() {
        return "https://radio.flourish.example.org";
    }

    static String accountName(int learner) {
        return "listener-" + learner;
    }

    static String instructorMbox(int instructor) {
        return "mailto:teacher" + instructor + "@ngo.example.org";
    }

    /** Each course has two instructors (morning and afternoon group); a learner is in one of them. */
    static int instructorOf(int course, int learner) {
        return (course * 2 + learner % 2) % INSTRUCTORS;
    }
}
