package org.flourish.pathways.recommend.constraints;

import java.time.DayOfWeek;
import java.util.Optional;

import org.flourish.pathways.model.ConstraintCheck;
import org.flourish.pathways.model.LearnerContext;
import org.flourish.pathways.model.Opportunity;

/**
 * The opportunity runs on at least one day the learner is free. An opportunity without fixed days (self-paced,
 * replayable) fits any schedule.
 */
public final class ScheduleConstraint implements HardConstraint {

    @Override
    public String name() {
        return "schedule";
    }

    @Override
    public ConstraintCheck check(Opportunity opportunity, LearnerContext learner) {
        if (opportunity.weekdays().isEmpty()) {
            return ConstraintCheck.fits(name(), "no fixed days");
        }
        Optional<DayOfWeek> shared = opportunity.weekdays().stream()
                .filter(learner.availableWeekdays()::contains).sorted().findFirst();
        return shared.map(day -> ConstraintCheck.fits(name(), "runs on " + day + ", when the learner is free"))
                .orElseGet(() -> ConstraintCheck.violated(name(), "runs only on days the learner is not free"));
    }
}
