package org.flourish.pathways.rdf;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.flourish.pathways.vocab.FL;

/**
 * Human-readable labels ({@code skos:prefLabel}, else {@code schema:name}, else {@code rdfs:label}) in the first of
 * the reader's languages that the data has, else English, else any: a label is always shown if one exists.
 */
public final class Labels {

    private static final List<Property> LABEL_PROPERTIES = List.of(SKOS.prefLabel, FL.name, RDFS.label);

    private final Model model;

    public Labels(Model model) {
        this.model = model;
    }

    public Optional<String> of(String iri, List<Locale> languages) {
        List<Literal> labels = LABEL_PROPERTIES.stream()
                .flatMap(property -> model.createResource(iri).listProperties(property).toList().stream())
                .filter(statement -> statement.getObject().isLiteral())
                .map(statement -> statement.getLiteral()).toList();
        for (Locale language : languages) {
            Optional<Literal> match = labels.stream()
                    .filter(label -> sameLanguage(label.getLanguage(), language.getLanguage())).findFirst();
            if (match.isPresent()) {
                return match.map(Literal::getLexicalForm);
            }
        }
        return labels.stream().filter(label -> sameLanguage(label.getLanguage(), "en")).findFirst()
                .or(() -> labels.stream().min(Comparator.comparing(Literal::getLanguage)))
                .map(Literal::getLexicalForm);
    }

    private static boolean sameLanguage(String tag, String language) {
        return !language.isEmpty() && (tag.equalsIgnoreCase(language)
                || tag.toLowerCase(Locale.ROOT).startsWith(language.toLowerCase(Locale.ROOT) + "-"));
    }
}
