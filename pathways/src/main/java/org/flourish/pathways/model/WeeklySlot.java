package org.flourish.pathways.model;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A weekly slot ({@code fl:Schedule}): some weekdays, from a start to an end time (local time), or the whole day
 * when no times are given. Opportunities run in slots; learners are free in slots.
 *
 * @param days  the weekdays of the slot ({@code fl:weekday}), at least one
 * @param start when the slot starts ({@code fl:startTime}); empty with {@code end} for the whole day
 * @param end   when it ends ({@code fl:endTime}), after {@code start}
 */
public record WeeklySlot(Set<DayOfWeek> days, Optional<LocalTime> start, Optional<LocalTime> end) {

    /** By first weekday, then start time (all day first), then the text: one order for slots RDF keeps unordered. */
    public static final Comparator<WeeklySlot> ORDER = Comparator
            .comparing((WeeklySlot slot) -> slot.days().stream().min(Comparator.naturalOrder()).orElseThrow())
            .thenComparing(slot -> slot.start().orElse(LocalTime.MIN))
            .thenComparing(slot -> slot.start().isPresent())
            .thenComparing(WeeklySlot::toString);

    public WeeklySlot {
        days = Set.copyOf(days);
        if (days.isEmpty()) {
            throw new IllegalArgumentException("a weekly slot has at least one weekday");
        }
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (start.isPresent() != end.isPresent()) {
            throw new IllegalArgumentException("a weekly slot has both a start and an end time, or neither");
        }
        if (start.isPresent() && !start.get().isBefore(end.get())) {
            throw new IllegalArgumentException("a weekly slot ends after it starts, was " + start.get() + "-"
                    + end.get());
        }
    }

    public static WeeklySlot allDay(Set<DayOfWeek> days) {
        return new WeeklySlot(days, Optional.empty(), Optional.empty());
    }

    public static WeeklySlot of(Set<DayOfWeek> days, LocalTime start, LocalTime end) {
        return new WeeklySlot(days, Optional.of(start), Optional.of(end));
    }

    /**
     * Whether this slot (an opportunity's) can be attended by someone free during {@code free} on {@code day}: both
     * include the day, and this slot's times lie within the free slot's. A slot without times is taken to fit any
     * part of a day that is free at all, since nothing says when it runs.
     */
    public boolean fitsWithin(WeeklySlot free, DayOfWeek day) {
        if (!days.contains(day) || !free.days.contains(day)) {
            return false;
        }
        if (start.isEmpty() || free.start.isEmpty()) {
            return true;
        }
        return !start.get().isBefore(free.start.get()) && !end.get().isAfter(free.end.get());
    }

    /** E.g. {@code MONDAY,WEDNESDAY 15:00-18:00}, days in week order. */
    @Override
    public String toString() {
        String dayList = String.join(",", days.stream().sorted().map(DayOfWeek::name).toList());
        return start.map(from -> dayList + " " + from + "-" + end.orElseThrow()).orElse(dayList + " all day");
    }
}
