package org.flourish.pathways.recommend.constraints;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.util.EnumSet;

import org.flourish.pathways.model.LearnerContext;
import org.flourish.pathways.testing.Catalogue;
import org.junit.jupiter.api.Test;

class ScheduleConstraintTest {

    private final ScheduleConstraint constraint = new ScheduleConstraint();
    private final LearnerContext weekendsOnly = Catalogue.amina()
            .availableWeekdays(EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY)).build();

    @Test
    void opportunityOnOneOfTheLearnersFreeDaysFits() {
        assertTrue(constraint.check(Catalogue.readingCourse()
                .weekdays(EnumSet.of(DayOfWeek.WEDNESDAY, DayOfWeek.SATURDAY)).build(), weekendsOnly).satisfied());
    }

    @Test
    void opportunityOnlyOnSchoolDaysIsExcludedForAWeekendLearner() {
        assertFalse(constraint.check(Catalogue.readingCourse()
                .weekdays(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)).build(), weekendsOnly).satisfied());
    }

    @Test
    void selfPacedOpportunityFitsAnySchedule() {
        assertTrue(constraint.check(Catalogue.readingCourse().build(),
                Catalogue.amina().availableWeekdays(EnumSet.noneOf(DayOfWeek.class)).build()).satisfied());
    }
}
