package org.flourish.lrs.xapi.validate;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.flourish.lrs.xapi.XapiVersion;

/**
 * The statement fixtures under {@code src/test/resources/xapi/statements}: {@code valid/} holds statements, {@code
 * invalid/} objects {@code {"expectedPath": ..., "statement": ...}} naming where the broken rule must be reported. Each
 * has a {@code both} folder and one per version ({@code 1.0.3}, {@code 2.0.0}) for the rules that differ.
 */
final class StatementFixtures {

    private static final String ROOT = "/xapi/statements/";

    /** One statement fixture, to be validated under {@code version}. */
    record Fixture(String name, XapiVersion version, JsonValue statement, String expectedPath) {
        @Override
        public String toString() {
            return version.full() + " " + name;
        }
    }

    private StatementFixtures() {
    }

    static List<Fixture> valid() {
        return load("valid");
    }

    static List<Fixture> invalid() {
        return load("invalid");
    }

    private static List<Fixture> load(String kind) {
        List<Fixture> fixtures = new ArrayList<>();
        for (XapiVersion version : XapiVersion.values()) {
            for (String folder : List.of("both", version.full())) {
                for (Path file : files(ROOT + kind + "/" + folder)) {
                    JsonValue content = read(file);
                    String name = folder + "/" + file.getFileName();
                    if (kind.equals("valid")) {
                        fixtures.add(new Fixture(name, version, content, ""));
                    } else {
                        JsonObject wrapper = content.asJsonObject();
                        fixtures.add(new Fixture(name, version, wrapper.get("statement"),
                                wrapper.getString("expectedPath")));
                    }
                }
            }
        }
        return fixtures;
    }

    private static List<Path> files(String resource) {
        URL url = StatementFixtures.class.getResource(resource);
        if (url == null) {
            return List.of();
        }
        try (Stream<Path> listing = Files.list(Path.of(url.toURI()))) {
            return listing.filter(file -> file.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonValue read(Path file) {
        try (Reader source = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             JsonReader reader = Json.createReader(source)) {
            return reader.readValue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
