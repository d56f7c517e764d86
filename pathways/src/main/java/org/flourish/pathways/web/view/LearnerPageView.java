package org.flourish.pathways.web.view;

import java.util.List;
import java.util.Optional;

/**
 * Everything the learner page shows about one child, in the mentor's language; {@code competencyOptions} is the
 * escaped markup of the framework's competencies by domain, for the selects of goals and observations.
 */
public record LearnerPageView(String id, String key, String name, Identity identity, MasteryChart mastery,
                              List<String> frontier, boolean contextKnown, List<RecommendationCard> cards,
                              List<Marked> vetoed, List<GoalView> goals, Timeline timeline,
                              String competencyOptions) {

    /** Who the child is: age, languages, the keys providers know them by and the names those carry. */
    public record Identity(Optional<Integer> age, String languages, List<KnownAs> keys, List<String> providers,
                           List<String> mentors, String context) {
    }

    /** One key of the child: as a person reads it, and the name the records give under it. */
    public record KnownAs(String key, Optional<String> name) {
    }

    /** A goal: the competency, the mastery aimed at and the mastery now. */
    public record GoalView(String competency, String label, String target, String now) {
    }

    /** A pinned or vetoed opportunity, by title. */
    public record Marked(String opportunity, String title) {
    }

    /** The framework's competencies of one domain, for choosing one by name. */
    public record CompetencyGroup(String domain, List<Option> competencies) {
    }

    /** One choice of a select: its value and its words. */
    public record Option(String value, String label) {
    }
}
