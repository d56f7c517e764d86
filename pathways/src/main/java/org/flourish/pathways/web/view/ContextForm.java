package org.flourish.pathways.web.view;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.flourish.pathways.model.AccessibilityFeature;
import org.flourish.pathways.model.GeoPoint;
import org.flourish.pathways.model.Modality;
import org.flourish.pathways.model.StatedContext;
import org.flourish.pathways.model.WeeklySlot;

/**
 * The child's context as the edit form holds it: the text of each field as typed (so a refused form comes back as
 * it was sent), parsed into a {@link StatedContext} or a message key per field that is wrong.
 */
public record ContextForm(Map<String, String> values, Set<String> modalities, Set<String> needs,
                          List<SlotValues> slots, boolean hasMaterials, Map<String, String> errors) {

    /** How many availability rows the form offers. */
    public static final int SLOTS = 3;
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*");

    /** One availability row: the days ticked and the times typed. */
    public record SlotValues(Set<String> days, String start, String end) {
    }

    /** The form a person sent; {@code parameter} reads a field, {@code parameters} a group of checkboxes. */
    public interface Sent {
        Optional<String> parameter(String name);

        List<String> parameters(String name);

        boolean checked(String name);
    }

    public static List<String> modalityTerms() {
        return Arrays.stream(Modality.values()).map(ContextForm::term).toList();
    }

    public static List<String> needTerms() {
        return Arrays.stream(AccessibilityFeature.values()).map(AccessibilityFeature::term).toList();
    }

    public static List<String> weekdayTerms() {
        return Arrays.stream(DayOfWeek.values()).map(day -> day.name().toLowerCase(Locale.ROOT)).toList();
    }

    static String term(Modality modality) {
        return modality.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** The form filled with a context already stated (or empty, with every modality ticked). */
    public static ContextForm of(Optional<StatedContext> stated) {
        Map<String, String> values = new LinkedHashMap<>();
        if (stated.isEmpty()) {
            return new ContextForm(values, Set.copyOf(modalityTerms()), Set.of(), emptySlots(List.of()), true,
                    Map.of());
        }
        StatedContext context = stated.get();
        values.put("languages", context.languages().stream().sorted().collect(Collectors.joining(", ")));
        context.age().ifPresent(age -> values.put("age", String.valueOf(age)));
        context.birthDate().ifPresent(date -> values.put("birthDate", date.toString()));
        values.put("maxTravelKm", BigDecimal.valueOf(context.maxTravelKm()).stripTrailingZeros().toPlainString());
        values.put("maxCostPerMonth", context.maxCostPerMonth().toPlainString());
        context.location().ifPresent(place -> {
            values.put("latitude", String.valueOf(place.latitude()));
            values.put("longitude", String.valueOf(place.longitude()));
        });
        List<SlotValues> slots = context.availability().stream().map(slot -> new SlotValues(
                slot.days().stream().map(day -> day.name().toLowerCase(Locale.ROOT)).collect(Collectors.toSet()),
                slot.start().map(LocalTime::toString).orElse(""), slot.end().map(LocalTime::toString).orElse("")))
                .toList();
        return new ContextForm(values, context.reachableBy().stream().map(ContextForm::term)
                .collect(Collectors.toSet()), context.accessibilityNeeds().stream().map(AccessibilityFeature::term)
                .collect(Collectors.toSet()), emptySlots(slots), context.hasMaterials(), Map.of());
    }

    private static List<SlotValues> emptySlots(List<SlotValues> filled) {
        List<SlotValues> slots = new ArrayList<>(filled);
        while (slots.size() < Math.max(SLOTS, filled.size())) {
            slots.add(new SlotValues(Set.of(), "", ""));
        }
        return slots;
    }

    /** The form as sent, with its errors; {@link #context(LocalDate)} is present when there are none. */
    public static ContextForm sent(Sent form) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String field : List.of("languages", "age", "birthDate", "maxTravelKm", "maxCostPerMonth", "latitude",
                "longitude")) {
            form.parameter(field).ifPresent(value -> values.put(field, value));
        }
        List<SlotValues> slots = new ArrayList<>();
        for (int i = 0; i < SLOTS; i++) {
            slots.add(new SlotValues(Set.copyOf(form.parameters("slot" + i + "Days")),
                    form.parameter("slot" + i + "Start").orElse(""), form.parameter("slot" + i + "End").orElse("")));
        }
        ContextForm parsed = new ContextForm(values, Set.copyOf(form.parameters("modalities")),
                Set.copyOf(form.parameters("needs")), slots, form.checked("hasMaterials"), Map.of());
        return new ContextForm(values, parsed.modalities(), parsed.needs(), slots, parsed.hasMaterials(),
                parsed.check(LocalDate.now()));
    }

    /** The message key of what is wrong, per field. */
    private Map<String, String> check(LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        try {
            context(today, errors);
        } catch (IllegalArgumentException refusedByTheModel) {
            errors.putIfAbsent("form", "context.error.form");
        }
        return errors;
    }

    /** The context the form states; call only when it has no errors. */
    public StatedContext context(LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        StatedContext context = context(today, errors);
        if (!errors.isEmpty()) {
            throw new IllegalStateException("the form has errors: " + errors.keySet());
        }
        return context;
    }

    private StatedContext context(LocalDate today, Map<String, String> errors) {
        Set<String> languages = Arrays.stream(values.getOrDefault("languages", "").split("[,;\\s]+"))
                .filter(tag -> !tag.isBlank()).collect(Collectors.toSet());
        if (languages.isEmpty() || !languages.stream().allMatch(tag -> LANGUAGE_TAG.matcher(tag).matches())) {
            errors.put("languages", "context.error.languages");
        }
        OptionalInt age = OptionalInt.empty();
        Optional<LocalDate> birthDate = Optional.empty();
        if (values.containsKey("age") == values.containsKey("birthDate")) {
            errors.put("age", "context.error.ageOrBirthDate");
        } else if (values.containsKey("age")) {
            age = wholeNumber(values.get("age")).filter(n -> n >= 0 && n <= 120).map(OptionalInt::of)
                    .orElseGet(() -> {
                        errors.put("age", "context.error.age");
                        return OptionalInt.empty();
                    });
        } else {
            birthDate = date(values.get("birthDate")).filter(date -> !date.isAfter(today));
            if (birthDate.isEmpty()) {
                errors.put("birthDate", "context.error.birthDate");
            }
        }
        Optional<BigDecimal> travel = amount(values.get("maxTravelKm"));
        if (travel.isEmpty()) {
            errors.put("maxTravelKm", "context.error.maxTravelKm");
        }
        Optional<BigDecimal> cost = amount(values.get("maxCostPerMonth"));
        if (cost.isEmpty()) {
            errors.put("maxCostPerMonth", "context.error.maxCostPerMonth");
        }
        Optional<GeoPoint> location = location(errors);
        Set<Modality> reachable = EnumSet.noneOf(Modality.class);
        Arrays.stream(Modality.values()).filter(m -> modalities.contains(term(m))).forEach(reachable::add);
        if (reachable.isEmpty()) {
            errors.put("modalities", "context.error.modalities");
        }
        List<WeeklySlot> availability = availability(errors);
        Set<AccessibilityFeature> accessibility = EnumSet.noneOf(AccessibilityFeature.class);
        needs.forEach(term -> AccessibilityFeature.ofTerm(term).ifPresent(accessibility::add));
        if (!errors.isEmpty()) {
            return null;
        }
        return new StatedContext(languages, age, birthDate, location, travel.get().doubleValue(), cost.get(),
                reachable, availability, hasMaterials, accessibility);
    }

    private Optional<GeoPoint> location(Map<String, String> errors) {
        boolean latitude = values.containsKey("latitude");
        if (latitude != values.containsKey("longitude")) {
            errors.put(latitude ? "longitude" : "latitude", "context.error.location");
            return Optional.empty();
        }
        if (!latitude) {
            return Optional.empty();
        }
        Optional<Double> lat = decimal(values.get("latitude")).filter(v -> v >= -90 && v <= 90);
        Optional<Double> lon = decimal(values.get("longitude")).filter(v -> v >= -180 && v <= 180);
        if (lat.isEmpty()) {
            errors.put("latitude", "context.error.latitude");
        }
        if (lon.isEmpty()) {
            errors.put("longitude", "context.error.longitude");
        }
        return lat.isPresent() && lon.isPresent() ? Optional.of(new GeoPoint(lat.get(), lon.get())) : Optional.empty();
    }

    private List<WeeklySlot> availability(Map<String, String> errors) {
        List<WeeklySlot> availability = new ArrayList<>();
        for (int i = 0; i < slots.size(); i++) {
            SlotValues slot = slots.get(i);
            if (slot.days().isEmpty() && slot.start().isEmpty() && slot.end().isEmpty()) {
                continue;
            }
            Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
            slot.days().forEach(day -> Arrays.stream(DayOfWeek.values())
                    .filter(d -> d.name().equalsIgnoreCase(day)).forEach(days::add));
            Optional<LocalTime> start = time(slot.start());
            Optional<LocalTime> end = time(slot.end());
            if (days.isEmpty()) {
                errors.put("slot" + i, "context.error.slotDays");
            } else if (slot.start().isEmpty() != slot.end().isEmpty()
                    || (!slot.start().isEmpty() && (start.isEmpty() || end.isEmpty()))) {
                errors.put("slot" + i, "context.error.slotTimes");
            } else if (start.isPresent() && !start.get().isBefore(end.get())) {
                errors.put("slot" + i, "context.error.slotOrder");
            } else {
                availability.add(new WeeklySlot(days, start, end));
            }
        }
        return availability;
    }

    private static Optional<Integer> wholeNumber(String text) {
        try {
            return Optional.of(Integer.parseInt(text.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** 0 or more; a decimal comma is read as a point (French, Spanish and Portuguese keyboards write one). */
    private static Optional<BigDecimal> amount(String text) {
        return decimal(text).filter(v -> v >= 0 && v <= 1_000_000).map(v -> new BigDecimal(text.strip()
                .replace(',', '.')));
    }

    private static Optional<Double> decimal(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            double value = Double.parseDouble(text.strip().replace(',', '.'));
            return Double.isFinite(value) ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> date(String text) {
        try {
            return Optional.of(LocalDate.parse(text.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalTime> time(String text) {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalTime.parse(text.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
