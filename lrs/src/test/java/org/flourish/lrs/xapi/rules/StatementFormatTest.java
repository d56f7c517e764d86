package org.flourish.lrs.xapi.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.flourish.lrs.xapi.rules.StatementFormat.Format;
import org.junit.jupiter.api.Test;

class StatementFormatTest {

    private static final List<Locale.LanguageRange> FRENCH_THEN_ENGLISH = Locale.LanguageRange.parse("fr, en;q=0.5");

    @Test
    void formatParameterValuesAreParsed() {
        assertEquals(Optional.of(Format.IDS), Format.parse("ids"));
        assertEquals(Optional.of(Format.EXACT), Format.parse("exact"));
        assertEquals(Optional.of(Format.CANONICAL), Format.parse("canonical"));
    }

    @Test
    void formatParameterOfAnotherCaseOrValueIsNotAFormat() {
        assertEquals(Optional.empty(), Format.parse("IDS"));
        assertEquals(Optional.empty(), Format.parse("full"));
        assertEquals(Optional.empty(), Format.parse(""));
        assertEquals(Optional.empty(), Format.parse(null));
    }

    @Test
    void exactFormatReturnsTheStatementAsStored() {
        JsonObject statement = Fixtures.statement("full");
        assertSame(statement, StatementFormat.apply(statement, Format.EXACT, FRENCH_THEN_ENGLISH));
    }

    @Test
    void idsFormatReducesAgentsVerbsAndActivitiesEverywhereAndKeepsTheRest() {
        assertEquals(Fixtures.object("format/full.ids.json"), ids(Fixtures.statement("full")));
    }

    @Test
    void idsFormatReducesInsideSubStatementsAndXapi2ContextAgentsAndGroups() {
        assertEquals(Fixtures.object("format/sub-statement.ids.json"), ids(Fixtures.statement("sub-statement")));
    }

    @Test
    void idsFormatKeepsOnlyTheIfiOfAnIdentifiedGroup() {
        assertEquals(Fixtures.object("format/group-object.ids.json"), ids(Fixtures.statement("group-object")));
    }

    @Test
    void idsFormatLeavesStatementRefsAlone() {
        JsonObject statement = Fixtures.statement("statement-ref");
        JsonObject reduced = ids(statement);
        assertEquals(statement.getJsonObject("object"), reduced.getJsonObject("object"));
        assertEquals(statement.getJsonObject("context"), reduced.getJsonObject("context"));
        assertEquals(Json.createObjectBuilder().add("id", "http://adlnet.gov/expapi/verbs/voided").build(),
                reduced.getJsonObject("verb"));
    }

    @Test
    void canonicalFormatKeepsOneLanguageInVerbDisplayAndActivityDefinitions() {
        JsonObject canonical = canonical(Fixtures.statement("full"), FRENCH_THEN_ENGLISH);
        assertEquals(map("fr", "a répondu"), canonical.getJsonObject("verb").getJsonObject("display"));
        JsonObject definition = canonical.getJsonObject("object").getJsonObject("definition");
        assertEquals(map("fr", "Fractions, question 1"), definition.getJsonObject("name"));
        assertEquals(map("fr", "Quelle fraction est la plus grande ?"), definition.getJsonObject("description"));
        assertEquals(map("fr", "un demi"), definition.getJsonArray("choices").getJsonObject(0).getJsonObject(
                "description"));
        assertEquals(map("fr", "un tiers"), definition.getJsonArray("choices").getJsonObject(1).getJsonObject(
                "description"));
    }

    @Test
    void canonicalFormatFallsToALowerQualityLanguageWhenTheBestIsMissing() {
        JsonObject canonical = canonical(Fixtures.statement("full"), FRENCH_THEN_ENGLISH);
        assertEquals(map("en", "Maths, primary 4"), groupingDefinition(canonical).getJsonObject("name"));
    }

    @Test
    void canonicalFormatUsesTheLrsCanonicalDefinitionWhenItHasOne() {
        JsonObject definitions = Fixtures.object("format/canonical-definitions.json");
        JsonObject canonical = StatementFormat.apply(Fixtures.statement("full"), Format.CANONICAL,
                FRENCH_THEN_ENGLISH, id -> Optional.ofNullable(definitions.getJsonObject(id)));
        JsonObject grouping = groupingDefinition(canonical);
        assertEquals(map("fr", "Mathématiques, CM1"), grouping.getJsonObject("name"));
        assertEquals("http://adlnet.gov/expapi/activities/course", grouping.getString("type"));
    }

    @Test
    void canonicalFormatReturnsAgentsAttachmentsAndResultExactly() {
        JsonObject statement = Fixtures.statement("full");
        JsonObject canonical = canonical(statement, FRENCH_THEN_ENGLISH);
        for (String key : List.of("actor", "authority", "result", "attachments", "stored", "id")) {
            assertEquals(statement.get(key), canonical.get(key), key);
        }
        assertEquals(statement.getJsonObject("context").getJsonObject("team"),
                canonical.getJsonObject("context").getJsonObject("team"));
    }

    @Test
    void canonicalFormatReducesLanguageMapsInsideSubStatements() {
        JsonObject canonical = canonical(Fixtures.statement("sub-statement"), FRENCH_THEN_ENGLISH);
        JsonObject sub = canonical.getJsonObject("object");
        assertEquals(map("fr", "a tenté"), sub.getJsonObject("verb").getJsonObject("display"));
        assertEquals(map("fr", "Cercle de lecture"),
                sub.getJsonObject("object").getJsonObject("definition").getJsonObject("name"));
    }

    @Test
    void canonicalFormatWithoutAcceptLanguageKeepsTheFirstLanguageOfEachMap() {
        JsonObject canonical = canonical(Fixtures.statement("full"), List.of());
        assertEquals(map("en-US", "answered"), canonical.getJsonObject("verb").getJsonObject("display"));
    }

    private static JsonObject ids(JsonObject statement) {
        return StatementFormat.apply(statement, Format.IDS, List.of());
    }

    private static JsonObject canonical(JsonObject statement, List<Locale.LanguageRange> ranges) {
        return StatementFormat.apply(statement, Format.CANONICAL, ranges);
    }

    private static JsonObject groupingDefinition(JsonObject statement) {
        return statement.getJsonObject("context").getJsonObject("contextActivities").getJsonArray("grouping")
                .getJsonObject(0).getJsonObject("definition");
    }

    private static JsonObject map(String tag, String text) {
        return Json.createObjectBuilder().add(tag, text).build();
    }
}
