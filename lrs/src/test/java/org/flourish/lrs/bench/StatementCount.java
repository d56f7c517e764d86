package org.flourish.lrs.bench;

import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import org.flourish.lrs.xapi.Jsons;

/** Reads a StatementResult (xAPI-Data 2.5): how many statements it holds, and its {@code more} link. */
final class StatementCount {

    private StatementCount() {
    }

    static int of(String statementResult) {
        return parse(statementResult).getJsonArray("statements").size();
    }

    static String moreLink(String statementResult) {
        return parse(statementResult).getString("more", "");
    }

    private static JsonObject parse(String json) {
        try (JsonReader reader = Jsons.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
