package org.flourish.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shacl.ValidationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each file under {@code broken/} breaks one rule; {@code broken/manifest.csv} says which node the validation report
 * must name and what its message must say. The files under {@code valid/} are the same data unbroken, proving the
 * fixtures fail for the stated reason only.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrokenFilesAreRefusedTest {

    private final FlourishShapes shapes = new FlourishShapes();

    @ParameterizedTest(name = "{0} is refused, naming {1}")
    @CsvFileSource(resources = "/broken/manifest.csv", delimiter = '|', numLinesToSkip = 1)
    void brokenFileIsRefusedWithAReportNamingTheNode(String file, String focusNode, String messageFragment) {
        ValidationReport report = shapes.validate(ClasspathGraphs.load("broken/" + file));

        assertFalse(report.conforms(), file + " was accepted");
        boolean named = report.getEntries().stream()
                .anyMatch(entry -> entry.focusNode().equals(NodeFactory.createURI(focusNode))
                        && entry.message().contains(messageFragment));
        assertTrue(named, () -> "no entry for " + focusNode + " saying '" + messageFragment + "' in:\n"
                + SamplesConformToShapesTest.asTurtle(report));
    }

    @ParameterizedTest
    @ValueSource(strings = {"minimal-framework.ttl", "minimal-catalogue.ttl", "minimal-evidence-rules.ttl",
        "minimal-learners.ttl"})
    void theUnbrokenFixtureConforms(String file) {
        ValidationReport report = shapes.validate(ClasspathGraphs.load("valid/" + file));
        assertTrue(report.conforms(), () -> SamplesConformToShapesTest.asTurtle(report));
    }

    @Test
    void everyBrokenFixtureIsListedInTheManifest() throws IOException, URISyntaxException {
        Set<String> listed = new TreeSet<>();
        try (InputStream in = getClass().getResourceAsStream("/broken/manifest.csv")) {
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1)
                    .forEach(line -> listed.add(line.substring(0, line.indexOf('|'))));
        }
        assertEquals(fixtureFiles(), listed);
    }

    private static Set<String> fixtureFiles() throws IOException, URISyntaxException {
        Path directory = Path.of(BrokenFilesAreRefusedTest.class.getResource("/broken").toURI());
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".ttl"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }
}
