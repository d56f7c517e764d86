package org.flourish.pathways.web.view;

import java.time.LocalDate;
import java.util.Optional;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Statement;
import org.flourish.pathways.vocab.FL;

/** What the catalogue says of an opportunity beyond what the recommender needs: where, and from when to when. */
public final class CatalogueFacts {

    private final Model catalogue;
    private final Property locality;
    private final Property startDate;
    private final Property endDate;

    public CatalogueFacts(Model catalogue) {
        this.catalogue = catalogue;
        this.locality = catalogue.createProperty(FL.NS, "locality");
        this.startDate = catalogue.createProperty(FL.NS, "startDate");
        this.endDate = catalogue.createProperty(FL.NS, "endDate");
    }

    public Optional<String> locality(String iri) {
        return text(iri, locality);
    }

    public Optional<LocalDate> startDate(String iri) {
        return text(iri, startDate).flatMap(CatalogueFacts::date);
    }

    public Optional<LocalDate> endDate(String iri) {
        return text(iri, endDate).flatMap(CatalogueFacts::date);
    }

    private Optional<String> text(String iri, Property property) {
        return Optional.ofNullable(catalogue.getResource(iri).getProperty(property)).map(Statement::getObject)
                .filter(node -> node.isLiteral()).map(node -> node.asLiteral().getLexicalForm());
    }

    private static Optional<LocalDate> date(String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
