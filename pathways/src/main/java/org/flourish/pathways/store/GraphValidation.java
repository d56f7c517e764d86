package org.flourish.pathways.store;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;

/** Validates data against the Flourish SHACL shapes ({@code flourish/ontology/flourish-shapes.ttl}). */
public final class GraphValidation {

    private final Shapes shapes;

    public GraphValidation(Model shapesGraph) {
        this.shapes = Shapes.parse(shapesGraph.getGraph());
    }

    public ValidationReport validate(Model data) {
        return ShaclValidator.get().validate(shapes, data.getGraph());
    }

    /** The data if it conforms, else an {@link InvalidGraphException} carrying the report. */
    public Model requireConforming(String what, Model data) {
        ValidationReport report = validate(data);
        if (!report.conforms()) {
            throw new InvalidGraphException(what, report);
        }
        return data;
    }
}
