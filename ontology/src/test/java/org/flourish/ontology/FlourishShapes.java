package org.flourish.ontology;

import org.apache.jena.graph.Graph;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;

/** The shipped SHACL shapes, parsed once per test class, and the one way the tests validate a data graph. */
final class FlourishShapes {

    private final Shapes shapes = Shapes.parse(ClasspathGraphs.load(ClasspathGraphs.SHAPES));

    ValidationReport validate(Graph data) {
        return ShaclValidator.get().validate(shapes, data);
    }
}
