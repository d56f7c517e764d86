package org.flourish.pathways.rdf;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.flourish.pathways.model.AccessibilityFeature;
import org.flourish.pathways.model.Modality;
import org.flourish.pathways.vocab.FL;

/** The vocabulary's individuals for modalities, weekdays and accessibility features, both ways. */
final class Terms {

    private record ModalityTerm(Resource term, Modality modality) {
    }

    private static final List<ModalityTerm> MODALITIES = List.of(
            new ModalityTerm(FL.InPerson, Modality.IN_PERSON), new ModalityTerm(FL.Online, Modality.ONLINE),
            new ModalityTerm(FL.Radio, Modality.RADIO), new ModalityTerm(FL.SMS, Modality.SMS),
            new ModalityTerm(FL.Offline, Modality.OFFLINE));

    private Terms() {
    }

    static Optional<Modality> modality(RDFNode term) {
        return MODALITIES.stream().filter(pair -> pair.term().equals(term)).map(ModalityTerm::modality).findFirst();
    }

    static Resource term(Modality modality) {
        return MODALITIES.stream().filter(pair -> pair.modality() == modality).map(ModalityTerm::term).findFirst()
                .orElseThrow();
    }

    /** {@code fl:Monday} ... {@code fl:Sunday}: the local name is the day's English name. */
    static Optional<DayOfWeek> weekday(RDFNode term) {
        if (!term.isURIResource() || !term.asResource().getURI().startsWith(FL.NS)) {
            return Optional.empty();
        }
        String name = term.asResource().getURI().substring(FL.NS.length()).toUpperCase(Locale.ROOT);
        try {
            return Optional.of(DayOfWeek.valueOf(name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static Resource term(DayOfWeek day) {
        String name = day.name();
        return ResourceFactory.createResource(FL.NS + name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT));
    }

    static Optional<AccessibilityFeature> feature(RDFNode term) {
        return term.isURIResource() && term.asResource().getURI().startsWith(FL.NS)
                ? AccessibilityFeature.ofLocalName(term.asResource().getURI().substring(FL.NS.length()))
                : Optional.empty();
    }

    static Resource term(AccessibilityFeature feature) {
        return ResourceFactory.createResource(FL.NS + feature.localName());
    }
}
