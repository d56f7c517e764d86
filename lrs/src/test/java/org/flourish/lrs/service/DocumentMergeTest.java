package org.flourish.lrs.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.flourish.lrs.error.InvalidRequestException;
import org.flourish.lrs.store.DocumentContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The POST merge of xAPI-Communication 2.2.s7 and its refusals (2.2.s8), from the fixtures in documents/merge. */
class DocumentMergeTest {

    private static JsonArray fixture(String name) {
        InputStream in = DocumentMergeTest.class.getResourceAsStream("/documents/merge/" + name);
        try (JsonReader reader = Json.createReader(in)) {
            return reader.readArray();
        }
    }

    private static JsonObject parse(DocumentContent content) {
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(content.bytes()))) {
            return reader.readObject();
        }
    }

    @TestFactory
    Stream<DynamicTest> topLevelPropertiesOfThePostedObjectReplaceTheStoredOnes() {
        return fixture("merges.json").getValuesAs(JsonObject.class).stream().map(c -> DynamicTest.dynamicTest(
                c.getString("name"), () -> {
                    DocumentContent merged = DocumentMerge.merge(
                            DocumentContent.json(c.getJsonObject("stored").toString()),
                            DocumentContent.json(c.getJsonObject("posted").toString()));
                    assertEquals(c.getJsonObject("merged"), parse(merged));
                    assertEquals("application/json", merged.contentType());
                }));
    }

    @TestFactory
    Stream<DynamicTest> mergeIsRefusedWith400UnlessBothAreJsonObjectsSentAsJson() {
        return fixture("refusals.json").getValuesAs(JsonObject.class).stream().map(c -> DynamicTest.dynamicTest(
                c.getString("name"), refused(
                        content(c.getString("storedType"), c.getString("stored")),
                        content(c.getString("postedType"), c.getString("posted")))));
    }

    @Test
    void jsonWithCharsetParameterStillMerges() {
        DocumentContent stored = content("application/json; charset=utf-8", "{\"a\":1}");
        DocumentContent posted = content("Application/JSON", "{\"b\":2}");
        assertEquals(Json.createObjectBuilder().add("a", 1).add("b", 2).build(),
                parse(DocumentMerge.merge(stored, posted)));
    }

    private static DocumentContent content(String type, String text) {
        return new DocumentContent(type, text.getBytes(StandardCharsets.UTF_8));
    }

    private static Executable refused(DocumentContent stored, DocumentContent posted) {
        return () -> assertEquals(400,
                assertThrows(InvalidRequestException.class, () -> DocumentMerge.merge(stored, posted)).status());
    }
}
