package org.flourish.pathways.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.flourish.pathways.model.AccessibilityFeature;
import org.flourish.pathways.model.Modality;
import org.flourish.pathways.recommend.constraints.HardConstraints;
import org.junit.jupiter.api.Test;

/**
 * The five bundles say the same things, and every message a page or a class asks for exists in each. A page reads
 * the web app's messages and, beside them, the engine's words (explanations, constraints, costs, times), which the
 * API gives too: both are checked here, as one.
 */
class MessageBundlesTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/org/flourish/pathways/web/templates");
    private static final List<Path> JAVA = List.of(Path.of("src/main/java/org/flourish/pathways/web"),
            Path.of("src/main/java/org/flourish/pathways/explain"));

    @Test
    void everyLanguageHasExactlyTheKeysOfEnglish() throws IOException {
        Set<String> english = bundle("").stringPropertyNames();
        for (String language : List.of("fr", "es", "pt", "ar")) {
            assertEquals(new TreeSet<>(english), new TreeSet<>(bundle("_" + language).stringPropertyNames()),
                    language);
        }
    }

    @Test
    void everyMessageParsesAndTakesTheSameArgumentsInEveryLanguage() throws IOException {
        Properties english = bundle("");
        for (String language : List.of("fr", "es", "pt", "ar")) {
            Properties translated = bundle("_" + language);
            for (String key : english.stringPropertyNames()) {
                MessageFormat source = new MessageFormat(english.getProperty(key));
                MessageFormat target = new MessageFormat(translated.getProperty(key));
                assertEquals(source.getFormatsByArgumentIndex().length, target.getFormatsByArgumentIndex().length,
                        language + " " + key);
            }
        }
    }

    @Test
    void everyKeyTheTemplatesNameExists() throws IOException {
        Set<String> keys = bundle("").stringPropertyNames();
        Pattern named = Pattern.compile("#\\{([a-zA-Z][a-zA-Z.]*[a-zA-Z])[(}]");
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.list(TEMPLATES)) {
            for (Path file : files.toList()) {
                Matcher matcher = named.matcher(Files.readString(file));
                while (matcher.find()) {
                    if (!keys.contains(matcher.group(1))) {
                        missing.add(file.getFileName() + ": " + matcher.group(1));
                    }
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void everyKeyTheJavaCodeNamesExists() throws IOException {
        Set<String> keys = bundle("").stringPropertyNames();
        Pattern quoted = Pattern.compile("\"((?:attention|action|accounts|account|card|constraint|context|cost"
                + "|coordinator|erasure|links|lrs|learner|nav|refusal|signIn|subscriptions|time|timeline|uploads"
                + "|verb|audit|provider|explain)\\.[a-zA-Z.]*[a-zA-Z])\"");
        List<String> missing = new ArrayList<>();
        for (Path directory : JAVA) {
            try (Stream<Path> files = Files.walk(directory)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    Matcher matcher = quoted.matcher(Files.readString(file));
                    while (matcher.find()) {
                        if (!keys.contains(matcher.group(1))) {
                            missing.add(file.getFileName() + ": " + matcher.group(1));
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void everyKeyBuiltFromAValueExistsForEachValue() throws IOException {
        Set<String> keys = bundle("").stringPropertyNames();
        List<String> wanted = new ArrayList<>();
        for (Modality modality : Modality.values()) {
            wanted.add("modality." + modality.name().toLowerCase(java.util.Locale.ROOT));
        }
        for (AccessibilityFeature feature : AccessibilityFeature.values()) {
            wanted.add("accessibility." + feature.term());
        }
        HardConstraints.standard().constraints().forEach(constraint -> wanted.add("constraint." + constraint.name()));
        for (String day : List.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")) {
            wanted.add("day." + day);
        }
        for (String role : List.of("mentor", "coordinator", "admin", "forwarder")) {
            wanted.add("role." + role);
        }
        for (String reason : List.of("tooFar", "cost", "schedule", "notInterested", "alreadyDoing", "notSuitable",
                "other")) {
            wanted.add("veto.reason." + reason);
        }
        for (String field : List.of("languages", "age", "birthDate", "maxTravelKm", "maxCostPerMonth", "latitude",
                "longitude")) {
            wanted.add("context.field." + field);
            wanted.add("context.hint." + field);
        }
        List<String> missing = wanted.stream().filter(key -> !keys.contains(key)).toList();
        assertEquals(List.of(), missing);
        assertTrue(keys.contains("audit.page.learner") && keys.contains("audit.page.family-card"));
    }

    /** The web app's messages and the engine's words in one language; a key in both would be said twice. */
    private static Properties bundle(String suffix) throws IOException {
        Properties web = load("/org/flourish/pathways/web/messages" + suffix + ".properties");
        Properties words = load("/org/flourish/pathways/explain/words" + suffix + ".properties");
        Set<String> twice = new TreeSet<>(web.stringPropertyNames());
        twice.retainAll(words.stringPropertyNames());
        assertEquals(Set.of(), twice, "keys in both bundles" + suffix);
        web.putAll(words);
        return web;
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
