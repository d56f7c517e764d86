package org.flourish.pathways.api;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.BadRequestException;

import org.flourish.pathways.model.AccessibilityFeature;
import org.flourish.pathways.model.GeoPoint;
import org.flourish.pathways.model.Modality;
import org.flourish.pathways.model.StatedContext;
import org.flourish.pathways.model.WeeklySlot;

/**
 * A learner's context as JSON, both ways, e.g.
 * <pre>
 * {"languages": ["wo", "fr"], "birthDate": "2017-03-01", "location": {"latitude": 14.79, "longitude": -16.93},
 *  "maxTravelKm": 2, "maxCostPerMonth": 0, "modalities": ["in-person", "radio", "offline"],
 *  "availability": [{"weekdays": ["wednesday", "saturday"], "startTime": "15:00", "endTime": "18:00"}],
 *  "hasMaterials": false, "accessibilityNeeds": ["wheelchair-accessible"]}
 * </pre>
 * Required: {@code languages}, one of {@code age} or {@code birthDate}, {@code maxTravelKm}, {@code maxCostPerMonth}.
 * Optional: {@code location}, {@code modalities} (default all; {@code ["offline"]} is offline only),
 * {@code availability} (default any time), {@code hasMaterials} (default true), {@code accessibilityNeeds}. Any
 * other member is refused, and every refusal names the field.
 */
final class ContextJson {

    private static final Set<String> FIELDS = Set.of("languages", "age", "birthDate", "location", "maxTravelKm",
            "maxCostPerMonth", "modalities", "availability", "hasMaterials", "accessibilityNeeds");
    private static final Set<String> SLOT_FIELDS = Set.of("weekdays", "startTime", "endTime");
    private static final Pattern LANGUAGE_TAG = Pattern.compile("^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$");

    private ContextJson() {
    }

    static StatedContext parse(JsonValue body, LocalDate today) {
        if (!(body instanceof JsonObject json)) {
            throw invalid("the body", "must be a JSON object");
        }
        json.keySet().stream().filter(name -> !FIELDS.contains(name)).sorted().findFirst().ifPresent(name -> {
            throw invalid(name, "is not a context field; the fields are " + String.join(", ",
                    FIELDS.stream().sorted().toList()));
        });
        Set<String> languages = Set.copyOf(strings(json, "languages", tag -> {
            if (!LANGUAGE_TAG.matcher(tag).matches()) {
                throw invalid("languages", "'" + tag + "' is not a BCP 47 language tag such as fr or wo-SN");
            }
            return tag;
        }));
        if (languages.isEmpty()) {
            throw invalid("languages", "at least one language is needed");
        }
        OptionalInt age = json.containsKey("age") ? OptionalInt.of(wholeNumber(json, "age", 0, 120))
                : OptionalInt.empty();
        Optional<LocalDate> birthDate = json.containsKey("birthDate")
                ? Optional.of(date(json, "birthDate", today)) : Optional.empty();
        if (age.isPresent() == birthDate.isPresent()) {
            throw invalid("age", "give either age (whole years) or birthDate (YYYY-MM-DD), exactly one");
        }
        return new StatedContext(languages, age, birthDate, location(json), number(json, "maxTravelKm").doubleValue(),
                number(json, "maxCostPerMonth"), modalities(json), availability(json),
                json.containsKey("hasMaterials") ? bool(json, "hasMaterials") : true, needs(json));
    }

    static JsonObject of(StatedContext context) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("languages", array(context.languages().stream().sorted().toList()));
        context.age().ifPresent(age -> json.add("age", age));
        context.birthDate().ifPresent(date -> json.add("birthDate", date.toString()));
        context.location().ifPresent(point -> json.add("location", Json.createObjectBuilder()
                .add("latitude", point.latitude()).add("longitude", point.longitude())));
        json.add("maxTravelKm", context.maxTravelKm()).add("maxCostPerMonth", context.maxCostPerMonth())
                .add("modalities", array(context.reachableBy().stream().sorted().map(ContextJson::term).toList()));
        JsonArrayBuilder slots = Json.createArrayBuilder();
        for (WeeklySlot slot : context.availability()) {
            JsonObjectBuilder item = Json.createObjectBuilder().add("weekdays", array(slot.days().stream().sorted()
                    .map(day -> day.name().toLowerCase(Locale.ROOT)).toList()));
            slot.start().ifPresent(start -> item.add("startTime", start.toString()));
            slot.end().ifPresent(end -> item.add("endTime", end.toString()));
            slots.add(item);
        }
        return json.add("availability", slots).add("hasMaterials", context.hasMaterials())
                .add("accessibilityNeeds", array(context.accessibilityNeeds().stream().sorted()
                        .map(AccessibilityFeature::term).toList())).build();
    }

    private static Optional<GeoPoint> location(JsonObject json) {
        if (!json.containsKey("location")) {
            return Optional.empty();
        }
        if (!(json.get("location") instanceof JsonObject point)) {
            throw invalid("location", "must be {\"latitude\": number, \"longitude\": number}");
        }
        double latitude = number(point, "location.latitude", "latitude").doubleValue();
        double longitude = number(point, "location.longitude", "longitude").doubleValue();
        if (latitude < -90 || latitude > 90) {
            throw invalid("location.latitude", "must be between -90 and 90");
        }
        if (longitude < -180 || longitude > 180) {
            throw invalid("location.longitude", "must be between -180 and 180");
        }
        return Optional.of(new GeoPoint(latitude, longitude));
    }

    private static Set<Modality> modalities(JsonObject json) {
        if (!json.containsKey("modalities")) {
            return EnumSet.allOf(Modality.class);
        }
        List<Modality> modalities = strings(json, "modalities", name -> EnumSet.allOf(Modality.class).stream()
                .filter(modality -> term(modality).equals(name)).findFirst()
                .orElseThrow(() -> invalid("modalities", "'" + name + "' is none of in-person, online, radio, "
                        + "sms, offline")));
        if (modalities.isEmpty()) {
            throw invalid("modalities", "at least one modality must reach the learner");
        }
        return EnumSet.copyOf(modalities);
    }

    private static List<WeeklySlot> availability(JsonObject json) {
        if (!json.containsKey("availability")) {
            return List.of();
        }
        if (!(json.get("availability") instanceof JsonArray slots)) {
            throw invalid("availability", "must be an array of {\"weekdays\": [...], \"startTime\": \"HH:MM\", "
                    + "\"endTime\": \"HH:MM\"}");
        }
        List<WeeklySlot> availability = new ArrayList<>();
        for (int i = 0; i < slots.size(); i++) {
            String field = "availability[" + i + "]";
            if (!(slots.get(i) instanceof JsonObject slot)) {
                throw invalid(field, "must be an object with weekdays and, optionally, startTime and endTime");
            }
            slot.keySet().stream().filter(name -> !SLOT_FIELDS.contains(name)).findFirst().ifPresent(name -> {
                throw invalid(field + "." + name, "is not a slot field (weekdays, startTime, endTime)");
            });
            List<DayOfWeek> days = strings(slot, field + ".weekdays", "weekdays",
                    name -> weekday(field + ".weekdays", name));
            if (days.isEmpty()) {
                throw invalid(field + ".weekdays", "at least one weekday is needed");
            }
            Optional<LocalTime> start = time(slot, field, "startTime");
            Optional<LocalTime> end = time(slot, field, "endTime");
            if (start.isPresent() != end.isPresent()) {
                throw invalid(field, "give both startTime and endTime, or neither for the whole day");
            }
            if (start.isPresent() && !start.get().isBefore(end.get())) {
                throw invalid(field + ".endTime", "must be after startTime");
            }
            availability.add(new WeeklySlot(EnumSet.copyOf(days), start, end));
        }
        return availability;
    }

    private static Set<AccessibilityFeature> needs(JsonObject json) {
        if (!json.containsKey("accessibilityNeeds")) {
            return Set.of();
        }
        return Set.copyOf(strings(json, "accessibilityNeeds", name -> AccessibilityFeature.ofTerm(name)
                .orElseThrow(() -> invalid("accessibilityNeeds", "'" + name + "' is none of " + String.join(", ",
                        EnumSet.allOf(AccessibilityFeature.class).stream().map(AccessibilityFeature::term)
                                .toList())))));
    }

    private static DayOfWeek weekday(String field, String name) {
        try {
            return DayOfWeek.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw invalid(field, "'" + name + "' is not a weekday (monday ... sunday)");
        }
    }

    private static Optional<LocalTime> time(JsonObject slot, String slotField, String name) {
        if (!slot.containsKey(name)) {
            return Optional.empty();
        }
        String field = slotField + "." + name;
        if (!(slot.get(name) instanceof JsonString text)) {
            throw invalid(field, "must be a local time such as \"15:30\"");
        }
        try {
            return Optional.of(LocalTime.parse(text.getString()));
        } catch (DateTimeParseException e) {
            throw invalid(field, "'" + text.getString() + "' is not a local time such as \"15:30\"");
        }
    }

    private static LocalDate date(JsonObject json, String field, LocalDate today) {
        if (!(json.get(field) instanceof JsonString text)) {
            throw invalid(field, "must be a date such as \"2017-03-01\"");
        }
        try {
            LocalDate date = LocalDate.parse(text.getString());
            if (date.isAfter(today)) {
                throw invalid(field, "must not be in the future");
            }
            return date;
        } catch (DateTimeParseException e) {
            throw invalid(field, "'" + text.getString() + "' is not a date such as \"2017-03-01\"");
        }
    }

    private static int wholeNumber(JsonObject json, String field, int min, int max) {
        if (!(json.get(field) instanceof JsonNumber number) || !number.isIntegral()) {
            throw invalid(field, "must be a whole number of years");
        }
        int value = number.intValue();
        if (value < min || value > max) {
            throw invalid(field, "must be between " + min + " and " + max);
        }
        return value;
    }

    private static BigDecimal number(JsonObject json, String field) {
        return number(json, field, field);
    }

    /** A required number, 0 or more. */
    private static BigDecimal number(JsonObject json, String field, String member) {
        if (!json.containsKey(member)) {
            throw invalid(field, "is required");
        }
        if (!(json.get(member) instanceof JsonNumber number)) {
            throw invalid(field, "must be a number");
        }
        BigDecimal value = number.bigDecimalValue();
        if (!field.startsWith("location.") && value.signum() < 0) {
            throw invalid(field, "must be 0 or more");
        }
        return value;
    }

    private static boolean bool(JsonObject json, String field) {
        JsonValue value = json.get(field);
        if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
            throw invalid(field, "must be true or false");
        }
        return value == JsonValue.TRUE;
    }

    private static <T> List<T> strings(JsonObject json, String field, Function<String, T> read) {
        return strings(json, field, field, read);
    }

    private static <T> List<T> strings(JsonObject json, String field, String member, Function<String, T> read) {
        if (!json.containsKey(member)) {
            throw invalid(field, "is required");
        }
        if (!(json.get(member) instanceof JsonArray array)) {
            throw invalid(field, "must be an array of strings");
        }
        List<T> values = new ArrayList<>();
        for (JsonValue value : array) {
            if (!(value instanceof JsonString text)) {
                throw invalid(field, "must be an array of strings");
            }
            values.add(read.apply(text.getString()));
        }
        return values;
    }

    private static JsonArray array(List<String> values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        values.forEach(array::add);
        return array.build();
    }

    private static String term(Modality modality) {
        return modality.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static BadRequestException invalid(String field, String problem) {
        return new BadRequestException(field + ": " + problem);
    }
}
