package org.flourish.pathways.rdf;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.flourish.pathways.learner.EvidenceRule;
import org.flourish.pathways.model.EvidenceKind;
import org.flourish.pathways.vocab.FL;

/** Reads every {@code fl:EvidenceRule} of a model; a rule without weight counts like one assessment (weight 1). */
public final class EvidenceRuleReader {

    private EvidenceRuleReader() {
    }

    /** The rules, ordered by competency then verb, so that applying them is deterministic. */
    public static List<EvidenceRule> read(Model rules) {
        return rules.listResourcesWithProperty(RDF.type, FL.EvidenceRule).toList().stream()
                .map(EvidenceRuleReader::readRule)
                .sorted(Comparator.comparing(EvidenceRule::competency).thenComparing(EvidenceRule::verb)
                        .thenComparing(rule -> rule.activity().or(rule::activityType).orElseThrow()))
                .toList();
    }

    private static EvidenceRule readRule(Resource rule) {
        return new EvidenceRule(Properties.requiredIri(rule, FL.verb), Properties.optionalIri(rule, FL.activity),
                Properties.optionalIri(rule, FL.activityType), Properties.requiredIri(rule, FL.evidenceOf),
                Properties.optionalLiteral(rule, FL.weight).map(weight -> weight.getDouble()).orElse(1.0),
                kindOf(rule));
    }

    private static EvidenceKind kindOf(Resource rule) {
        RDFNode kind = Properties.required(rule, FL.evidenceKind);
        return kindFor(kind).orElseThrow(() -> new IllegalArgumentException(
                "unknown evidence kind " + kind + " on " + Properties.describe(rule)));
    }

    private static Optional<EvidenceKind> kindFor(RDFNode kind) {
        if (kind.equals(FL.Assessed)) {
            return Optional.of(EvidenceKind.ASSESSED);
        }
        if (kind.equals(FL.Observed)) {
            return Optional.of(EvidenceKind.OBSERVED);
        }
        if (kind.equals(FL.Participation)) {
            return Optional.of(EvidenceKind.PARTICIPATION);
        }
        return Optional.empty();
    }
}
