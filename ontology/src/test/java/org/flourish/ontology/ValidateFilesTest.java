package org.flourish.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class ValidateFilesTest {

    @Test
    void aConformingFileExitsWithZero() throws URISyntaxException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = ValidateFiles.run(List.of(fixture("valid/minimal-catalogue.ttl")), new PrintStream(out, true, StandardCharsets.UTF_8));
        assertEquals(0, status);
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("conforms"));
    }

    @Test
    void aBrokenFileExitsWithOneAndPrintsTheReportNamingTheNode() throws URISyntaxException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = ValidateFiles.run(List.of(fixture("valid/minimal-catalogue.ttl"), fixture("broken/prerequisite-cycle.ttl")),
                new PrintStream(out, true, StandardCharsets.UTF_8));
        assertEquals(1, status);
        String printed = out.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("prerequisite-cycle.ttl: does not conform, 3 problem(s)"), printed);
        assertTrue(printed.contains("https://example.org/fixture/") && printed.contains("counting"), printed);
    }

    private static Path fixture(String resource) throws URISyntaxException {
        return Path.of(ValidateFilesTest.class.getClassLoader().getResource(resource).toURI());
    }
}
