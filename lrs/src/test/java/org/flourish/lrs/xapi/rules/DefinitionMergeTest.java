package org.flourish.lrs.xapi.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class DefinitionMergeTest {

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text.replace('\'', '"'))).readObject();
    }

    @Test
    void languageMapsAndExtensionsMergeKeyByKeyWithTheNewestWinning() {
        JsonObject newest = json("{'name':{'fr':'Lecture'},'extensions':{'https://e.org/level':2}}");
        JsonObject older = json("{'name':{'en':'Reading','fr':'Lire'},'description':{'en':'Read aloud'},"
                + "'extensions':{'https://e.org/level':1,'https://e.org/minutes':20}}");
        JsonObject merged = DefinitionMerge.merge(List.of(newest, older));
        assertEquals(json("{'en':'Reading','fr':'Lecture'}"), merged.getJsonObject("name"));
        assertEquals(json("{'en':'Read aloud'}"), merged.getJsonObject("description"));
        assertEquals(json("{'https://e.org/level':2,'https://e.org/minutes':20}"), merged.getJsonObject("extensions"));
    }

    @Test
    void otherPropertiesAreTakenWholeFromTheNewestThatHasThem() {
        JsonObject newest = json("{'type':'https://e.org/types/quiz'}");
        JsonObject older = json("{'type':'https://e.org/types/lesson','moreInfo':'https://e.org/info',"
                + "'interactionType':'choice','choices':[{'id':'a','description':{'en':'A'}}]}");
        JsonObject merged = DefinitionMerge.merge(List.of(newest, older));
        assertEquals("https://e.org/types/quiz", merged.getString("type"));
        assertEquals("https://e.org/info", merged.getString("moreInfo"));
        assertEquals("choice", merged.getString("interactionType"));
        assertEquals(1, merged.getJsonArray("choices").size());
    }

    @Test
    void oneDefinitionIsItsOwnMerge() {
        JsonObject only = json("{'name':{'en':'Reading'}}");
        assertEquals(only, DefinitionMerge.merge(List.of(only)));
    }
}
