package org.flourish.pathways.rdf;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.flourish.pathways.model.AccessibilityFeature;
import org.flourish.pathways.model.GeoPoint;
import org.flourish.pathways.model.Modality;
import org.flourish.pathways.model.Opportunity;
import org.flourish.pathways.vocab.FL;

/**
 * Reads the {@code fl:LearningOpportunity} resources of a catalogue. The title is the {@code schema:name} (the
 * catalogues' term) or else the {@code skos:prefLabel} whose language tag sorts first. {@code fl:materialsNeeded}
 * is a description of the materials (or a boolean): any value but {@code false} means materials are needed.
 * {@code fl:schedule} slots say when it runs (none: any time). Enrolment is runtime state that the catalogue does
 * not hold (0).
 */
public final class OpportunityReader {

    private OpportunityReader() {
    }

    /** The opportunities in IRI order. */
    public static List<Opportunity> read(Model catalogue) {
        return catalogue.listResourcesWithProperty(RDF.type, FL.LearningOpportunity).toList().stream()
                .map(OpportunityReader::readOpportunity)
                .sorted(Comparator.comparing(Opportunity::iri))
                .toList();
    }

    private static Opportunity readOpportunity(Resource opportunity) {
        Modality modality = modalityOf(opportunity);
        return new Opportunity(Properties.iri(opportunity), titleOf(opportunity),
                Properties.requiredIri(opportunity, FL.offeredBy),
                opportunity.listProperties(FL.develops).mapWith(s -> Properties.iri(s.getObject())).toSet(),
                opportunity.listProperties(FL.inLanguage).mapWith(s -> s.getString()).toSet(),
                optionalInt(opportunity, FL.minAge), optionalInt(opportunity, FL.maxAge), modality,
                locationOf(opportunity), Schedules.read(opportunity, FL.schedule),
                Properties.optionalLiteral(opportunity, FL.costPerMonth)
                        .map(cost -> new BigDecimal(cost.getLexicalForm())).orElse(BigDecimal.ZERO),
                optionalInt(opportunity, FL.capacity), 0,
                materialsNeeded(opportunity),
                Properties.optionalIri(opportunity, FL.activityId), accessibilityOf(opportunity));
    }

    private static Set<AccessibilityFeature> accessibilityOf(Resource opportunity) {
        Set<AccessibilityFeature> features = EnumSet.noneOf(AccessibilityFeature.class);
        opportunity.listProperties(FL.accessibility).forEach(s -> features.add(Terms.feature(s.getObject())
                .orElseThrow(() -> new IllegalArgumentException("unknown accessibility feature " + s.getObject()
                        + " on " + Properties.describe(opportunity)))));
        return features;
    }

    private static boolean materialsNeeded(Resource opportunity) {
        return Properties.optionalLiteral(opportunity, FL.materialsNeeded)
                .map(value -> !"false".equals(value.getLexicalForm())).orElse(false);
    }

    private static String titleOf(Resource opportunity) {
        Property title = opportunity.hasProperty(FL.name) ? FL.name : SKOS.prefLabel;
        return opportunity.listProperties(title).mapWith(s -> s.getLiteral()).toList().stream()
                .min(Comparator.comparing(Literal::getLanguage))
                .map(Literal::getLexicalForm)
                .orElseThrow(() -> new IllegalArgumentException(Properties.describe(opportunity) + " has no prefLabel"));
    }

    private static OptionalInt optionalInt(Resource subject, Property property) {
        return Properties.optionalLiteral(subject, property).map(value -> OptionalInt.of(value.getInt()))
                .orElse(OptionalInt.empty());
    }

    private static Optional<GeoPoint> locationOf(Resource opportunity) {
        Optional<Literal> latitude = Properties.optionalLiteral(opportunity, FL.latitude);
        Optional<Literal> longitude = Properties.optionalLiteral(opportunity, FL.longitude);
        if (latitude.isPresent() != longitude.isPresent()) {
            throw new IllegalArgumentException(Properties.describe(opportunity) + " has only half a location");
        }
        return latitude.map(lat -> new GeoPoint(lat.getDouble(), longitude.orElseThrow().getDouble()));
    }

    private static Modality modalityOf(Resource opportunity) {
        RDFNode modality = Properties.required(opportunity, FL.modality);
        return Terms.modality(modality).orElseThrow(() -> new IllegalArgumentException("unknown modality " + modality + " on "
                        + Properties.describe(opportunity)));
    }
}
