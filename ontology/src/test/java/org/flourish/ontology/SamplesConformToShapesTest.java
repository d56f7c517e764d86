package org.flourish.ontology;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.jena.riot.RDFFormat;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.riot.RDFWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SamplesConformToShapesTest {

    static final List<String> SAMPLES_AND_VOCABULARY = List.of(ClasspathGraphs.VOCABULARY, ClasspathGraphs.FRAMEWORK,
            ClasspathGraphs.CATALOGUE, ClasspathGraphs.EVIDENCE_RULES, ClasspathGraphs.LEARNERS);

    private final FlourishShapes shapes = new FlourishShapes();

    @ParameterizedTest
    @FieldSource("SAMPLES_AND_VOCABULARY")
    void eachShippedDataFileConformsOnItsOwn(String resource) {
        ValidationReport report = shapes.validate(ClasspathGraphs.load(resource));
        assertTrue(report.conforms(), () -> resource + " does not conform:\n" + asTurtle(report));
    }

    @Test
    void theSamplesConformWhenLoadedTogether() {
        ValidationReport report = shapes.validate(ClasspathGraphs.union(SAMPLES_AND_VOCABULARY));
        assertTrue(report.conforms(), () -> asTurtle(report));
    }

    static String asTurtle(ValidationReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFWriter.source(report.getModel()).format(RDFFormat.TURTLE_PRETTY).output(out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
