package org.flourish.pathways.web.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.flourish.pathways.model.Modality;
import org.flourish.pathways.model.StatedContext;
import org.junit.jupiter.api.Test;

class ContextFormTest {

    private final Map<String, String> fields = new HashMap<>(Map.of("languages", "wo, fr", "age", "9",
            "maxTravelKm", "2,5", "maxCostPerMonth", "0", "latitude", "14.79", "longitude", "-16.93",
            "slot0Start", "15:00", "slot0End", "18:00"));
    private final Map<String, List<String>> boxes = new HashMap<>(Map.of("modalities", List.of("in-person", "radio"),
            "slot0Days", List.of("wednesday", "saturday"), "needs", List.of("wheelchair-accessible")));

    private ContextForm sent() {
        return ContextForm.sent(new ContextForm.Sent() {
            @Override
            public Optional<String> parameter(String name) {
                return Optional.ofNullable(fields.get(name)).filter(v -> !v.isBlank());
            }

            @Override
            public List<String> parameters(String name) {
                return boxes.getOrDefault(name, List.of());
            }

            @Override
            public boolean checked(String name) {
                return false;
            }
        });
    }

    @Test
    void aCompleteFormGivesTheContextItStates() {
        ContextForm form = sent();
        assertEquals(Map.of(), form.errors());
        StatedContext context = form.context(LocalDate.of(2026, 12, 1));
        assertEquals(Set.of("wo", "fr"), context.languages());
        assertEquals(2.5, context.maxTravelKm(), "a decimal comma is read");
        assertEquals(0, context.maxCostPerMonth().compareTo(BigDecimal.ZERO));
        assertEquals(Set.of(Modality.IN_PERSON, Modality.RADIO), context.reachableBy());
        assertEquals(Set.of(DayOfWeek.WEDNESDAY, DayOfWeek.SATURDAY), context.availability().get(0).days());
        assertEquals(Optional.of(LocalTime.of(15, 0)), context.availability().get(0).start());
        assertFalse(context.hasMaterials());
    }

    @Test
    void eachWrongFieldGetsItsOwnMessage() {
        fields.put("maxTravelKm", "-1");
        fields.put("languages", "");
        fields.put("latitude", "95");
        fields.put("slot0End", "14:00");
        boxes.put("modalities", List.of());
        assertEquals(Map.of("languages", "context.error.languages", "maxTravelKm", "context.error.maxTravelKm",
                "latitude", "context.error.latitude", "modalities", "context.error.modalities",
                "slot0", "context.error.slotOrder"), sent().errors());
    }

    @Test
    void ageAndBirthDateAreOneOrTheOther() {
        fields.put("birthDate", "2017-03-01");
        assertEquals(Map.of("age", "context.error.ageOrBirthDate"), sent().errors());
        fields.remove("age");
        assertEquals(Map.of(), sent().errors());
        fields.put("birthDate", "2999-01-01");
        assertEquals(Map.of("birthDate", "context.error.birthDate"), sent().errors());
    }

    @Test
    void aStatedContextFillsTheFormBackAsItWasTyped() {
        ContextForm again = ContextForm.of(Optional.of(sent().context(LocalDate.of(2026, 12, 1))));
        assertEquals("fr, wo", again.values().get("languages"));
        assertEquals("2.5", again.values().get("maxTravelKm"));
        assertEquals(Set.of("wednesday", "saturday"), again.slots().get(0).days());
        assertEquals("15:00", again.slots().get(0).start());
    }
}
