package org.flourish.pathways.rdf;

import java.math.BigDecimal;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.flourish.pathways.model.StatedContext;
import org.flourish.pathways.model.WeeklySlot;
import org.flourish.pathways.vocab.FL;

/**
 * Writes a stated context as one {@code fl:Learner} with the xAPI identity of its learner key, in the terms
 * {@link LearnerContextReader} reads back (and the Flourish shapes check): what goes in comes out.
 */
public final class LearnerContextWriter {

    private LearnerContextWriter() {
    }

    /**
     * @param node       the IRI of the learner's node
     * @param learnerKey {@code mbox:mailto:...} or {@code account:home|name}; other identifiers have no RDF term
     */
    public static Model write(String node, String learnerKey, StatedContext context) {
        Model model = ModelFactory.createDefaultModel();
        Resource learner = model.createResource(node).addProperty(RDF.type, FL.Learner);
        identify(learner, learnerKey);
        context.languages().stream().sorted().forEach(tag -> learner.addProperty(FL.speaks, tag));
        context.age().ifPresent(age -> learner.addLiteral(FL.age, model.createTypedLiteral(
                String.valueOf(age), XSDDatatype.XSDinteger)));
        context.birthDate().ifPresent(date -> learner.addProperty(FL.birthDate,
                model.createTypedLiteral(date.toString(), XSDDatatype.XSDdate)));
        context.location().ifPresent(point -> {
            learner.addProperty(FL.latitude, decimal(model, BigDecimal.valueOf(point.latitude())));
            learner.addProperty(FL.longitude, decimal(model, BigDecimal.valueOf(point.longitude())));
        });
        learner.addProperty(FL.maxTravelKm, decimal(model, BigDecimal.valueOf(context.maxTravelKm())));
        learner.addProperty(FL.maxCostPerMonth, decimal(model, context.maxCostPerMonth()));
        context.reachableBy().stream().sorted().forEach(modality ->
                learner.addProperty(FL.reachableBy, Terms.term(modality)));
        for (WeeklySlot slot : context.availability()) {
            Schedules.write(model, learner, FL.availableOn, slot);
        }
        learner.addLiteral(FL.hasMaterials, context.hasMaterials());
        context.accessibilityNeeds().stream().sorted().forEach(need ->
                learner.addProperty(FL.accessibilityNeed, Terms.term(need)));
        return model;
    }

    private static void identify(Resource learner, String learnerKey) {
        if (learnerKey.startsWith("mbox:")) {
            learner.addProperty(FL.mbox, learner.getModel().createResource(learnerKey.substring("mbox:".length())));
            return;
        }
        int bar = learnerKey.indexOf('|');
        if (learnerKey.startsWith("account:") && bar > "account:".length()) {
            learner.addProperty(FL.accountHomePage, learner.getModel().createResource(
                    learnerKey.substring("account:".length(), bar)));
            learner.addProperty(FL.accountName, learnerKey.substring(bar + 1));
            return;
        }
        throw new IllegalArgumentException("key: a context can be kept only for a learner known by mbox or account, "
                + "not " + learnerKey.substring(0, Math.max(0, learnerKey.indexOf(':'))));
    }

    /**
     * In the canonical form ({@code 5.0}, {@code 2.5}): the one TDB2 gives back, so a SPARQL update that matches
     * the value read back (a remote TDB2 behind Fuseki) finds the term stored.
     */
    private static Literal decimal(Model model, BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        BigDecimal canonical = stripped.scale() <= 0 ? stripped.setScale(1) : stripped;
        return model.createTypedLiteral(canonical.toPlainString(), XSDDatatype.XSDdecimal);
    }
}
