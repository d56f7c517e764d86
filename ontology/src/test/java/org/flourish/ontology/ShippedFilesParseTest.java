package org.flourish.ontology;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

class ShippedFilesParseTest {

    static final List<String> SHIPPED = ClasspathGraphs.SHIPPED;

    @ParameterizedTest
    @FieldSource("SHIPPED")
    void everyShippedFileParsesAsNonEmptyTurtle(String resource) {
        Graph graph = ClasspathGraphs.load(resource);
        assertTrue(graph.size() > 50, resource + " has only " + graph.size() + " triples");
    }
}
