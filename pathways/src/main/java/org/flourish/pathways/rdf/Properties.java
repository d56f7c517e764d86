package org.flourish.pathways.rdf;

import java.util.Optional;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;

/** Typed access to the properties of one resource, failing with the resource and property named. */
final class Properties {

    private Properties() {
    }

    static Optional<RDFNode> optional(Resource subject, Property property) {
        return Optional.ofNullable(subject.getProperty(property)).map(Statement::getObject);
    }

    static RDFNode required(Resource subject, Property property) {
        return optional(subject, property).orElseThrow(() -> new IllegalArgumentException(
                describe(subject) + " has no " + property.getLocalName()));
    }

    static String requiredIri(Resource subject, Property property) {
        return iri(required(subject, property));
    }

    static Optional<String> optionalIri(Resource subject, Property property) {
        return optional(subject, property).map(Properties::iri);
    }

    static Optional<Literal> optionalLiteral(Resource subject, Property property) {
        return optional(subject, property).map(node -> {
            if (!node.isLiteral()) {
                throw new IllegalArgumentException(property.getLocalName() + " of " + describe(subject)
                        + " must be a literal");
            }
            return node.asLiteral();
        });
    }

    static Literal requiredLiteral(Resource subject, Property property) {
        return optionalLiteral(subject, property).orElseThrow(() -> new IllegalArgumentException(
                describe(subject) + " has no " + property.getLocalName()));
    }

    static String iri(RDFNode node) {
        if (!node.isURIResource()) {
            throw new IllegalArgumentException("expected an IRI, found " + node);
        }
        return node.asResource().getURI();
    }

    static String describe(Resource subject) {
        return subject.isURIResource() ? "<" + subject.getURI() + ">" : "a blank node";
    }
}
