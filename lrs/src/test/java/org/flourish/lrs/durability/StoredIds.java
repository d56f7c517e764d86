package org.flourish.lrs.durability;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * The ids of every statement the LRS holds, read over HTTP as a client would: the bulk export, one per line, checked
 * complete by its end line.
 */
final class StoredIds {

    private StoredIds() {
    }

    static Set<UUID> read(URI root, String key, String secret) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(root.resolve("bulk/statements"))
                .timeout(Duration.ofMinutes(10))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((key + ":" + secret)
                        .getBytes(StandardCharsets.UTF_8)))
                .header("X-Experience-API-Version", "2.0.0").GET().build();
        HttpResponse<InputStream> response = HttpClient.newHttpClient().send(request,
                HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() != 200) {
            throw new IOException("bulk export answered " + response.statusCode());
        }
        Set<UUID> ids = new HashSet<>();
        long lineCount = 0;
        long stated = -1;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(),
                StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                try (JsonReader reader = Json.createReader(new StringReader(line))) {
                    JsonObject statement = reader.readObject();
                    if (statement.containsKey("exportEnd")) {
                        stated = statement.getJsonObject("exportEnd").getJsonNumber("statements").longValue();
                        continue;
                    }
                    lineCount++;
                    if (statement.containsKey("id") && statement.containsKey("verb")) {
                        ids.add(UUID.fromString(statement.getString("id")));
                    }
                }
            }
        }
        if (stated != lineCount) {
            throw new IOException("the bulk export is incomplete: " + lineCount + " lines, its end line states "
                    + (stated < 0 ? "nothing (missing)" : stated));
        }
        return ids;
    }
}
