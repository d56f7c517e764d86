package org.flourish.pathways.recommend.constraints;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;

import org.flourish.pathways.model.ConstraintCheck;
import org.flourish.pathways.model.LearnerContext;
import org.flourish.pathways.model.WeeklySlot;
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
    void afternoonClubFitsALearnerFreeOnWednesdayAfternoons() {
        LearnerContext wednesdayAfternoons = Catalogue.amina().availability(List.of(
                WeeklySlot.of(EnumSet.of(DayOfWeek.WEDNESDAY), LocalTime.of(15, 0), LocalTime.of(18, 0)))).build();
        ConstraintCheck check = constraint.check(Catalogue.readingCourse().schedule(List.of(WeeklySlot.of(
                EnumSet.of(DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY), LocalTime.of(16, 0), LocalTime.of(17, 30))))
                .build(), wednesdayAfternoons);
        assertTrue(check.satisfied(), check::reason);
        assertTrue(check.reason().contains("WEDNESDAY 16:00-17:30"), check::reason);
    }

    @Test
    void morningClassIsExcludedForALearnerFreeOnlyInTheAfternoonOfTheSameDays() {
        LearnerContext afternoons = Catalogue.amina().availability(List.of(WeeklySlot.of(
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(15, 0), LocalTime.of(19, 0))))
                .build();
        ConstraintCheck check = constraint.check(Catalogue.readingCourse().schedule(List.of(WeeklySlot.of(
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(8, 0), LocalTime.of(10, 0))))
                .build(), afternoons);
        assertFalse(check.satisfied());
        assertTrue(check.reason().contains("08:00-10:00"), check::reason);
    }

    @Test
    void slotOverrunningTheLearnersFreeTimeIsExcluded() {
        LearnerContext untilSix = Catalogue.amina().availability(List.of(
                WeeklySlot.of(EnumSet.of(DayOfWeek.SATURDAY), LocalTime.of(15, 0), LocalTime.of(18, 0)))).build();
        assertFalse(constraint.check(Catalogue.readingCourse().schedule(List.of(WeeklySlot.of(
                EnumSet.of(DayOfWeek.SATURDAY), LocalTime.of(17, 0), LocalTime.of(19, 0)))).build(), untilSix)
                .satisfied());
    }

    @Test
    void anyOfSeveralSlotsMayFit() {
        LearnerContext saturdays = Catalogue.amina().availability(List.of(
                WeeklySlot.allDay(EnumSet.of(DayOfWeek.SATURDAY)))).build();
        assertTrue(constraint.check(Catalogue.readingCourse().schedule(List.of(
                WeeklySlot.of(EnumSet.of(DayOfWeek.MONDAY), LocalTime.of(9, 0), LocalTime.of(11, 0)),
                WeeklySlot.of(EnumSet.of(DayOfWeek.SATURDAY), LocalTime.of(9, 0), LocalTime.of(11, 0)))).build(),
                saturdays).satisfied());
    }

    @Test
    void selfPacedOpportunityFitsAnySchedule() {
        assertTrue(constraint.check(Catalogue.readingCourse().build(),
                Catalogue.amina().availableWeekdays(EnumSet.noneOf(DayOfWeek.class)).build()).satisfied());
    }
}
