package org.flourish.pathways.recommend.constraints;

import java.time.DayOfWeek;
import java.util.Optional;
import java.util.stream.Collectors;

import org.flourish.pathways.model.ConstraintCheck;
import org.flourish.pathways.model.LearnerContext;
import org.flourish.pathways.model.Opportunity;
import org.flourish.pathways.model.WeeklySlot;

/**
 * The opportunity runs, on at least one day, within a slot when the learner is free: one of its catalogue slots
 * ({@code fl:schedule}) and one of the learner's ({@code fl:availableOn}) share a weekday and the opportunity's
 * times lie within the learner's. A slot without times is taken to fit any free part of that day. An opportunity
 * without slots (self-paced, replayable) fits any schedule.
 */
public final class ScheduleConstraint implements HardConstraint {

    @Override
    public String name() {
        return "schedule";
    }

    @Override
    public ConstraintCheck check(Opportunity opportunity, LearnerContext learner) {
        if (opportunity.schedule().isEmpty()) {
            return ConstraintCheck.fits(name(), "no fixed days");
        }
        for (DayOfWeek day : DayOfWeek.values()) {
            for (WeeklySlot runs : opportunity.schedule()) {
                Optional<WeeklySlot> free = learner.availability().stream()
                        .filter(slot -> runs.fitsWithin(slot, day)).findFirst();
                if (free.isPresent()) {
                    return ConstraintCheck.fits(name(), "runs " + day + times(runs)
                            + ", when the learner is free (" + free.get() + ")");
                }
            }
        }
        return ConstraintCheck.violated(name(), "runs only " + slots(opportunity) + ", when the learner is not free");
    }

    private static String times(WeeklySlot slot) {
        return slot.start().map(start -> " " + start + "-" + slot.end().orElseThrow()).orElse("");
    }

    private static String slots(Opportunity opportunity) {
        return opportunity.schedule().stream().map(WeeklySlot::toString).collect(Collectors.joining("; "));
    }
}
