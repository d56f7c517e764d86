package org.flourish.pathways.rdf;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.flourish.pathways.model.AccessibilityFeature;
import org.flourish.pathways.model.GeoPoint;
import org.flourish.pathways.model.LearnerContext;
import org.flourish.pathways.model.Modality;
import org.flourish.pathways.model.StatedContext;
import org.flourish.pathways.vocab.FL;
import org.flourish.pathways.xapi.LearnerKeys;

/**
 * Reads each {@code fl:Learner}'s context, keyed by the learner key of its xAPI identity ({@code fl:mbox}, or
 * {@code fl:accountHomePage} + {@code fl:accountName}). The modalities that reach the learner are the
 * {@code fl:reachableBy} ones when stated, else all but those {@code fl:NoInternet}, {@code fl:NoPhone} and
 * {@code fl:NoRadio} take away (online, SMS, radio). {@code fl:availableOn} slots, when given, restrict when the
 * learner is free. A learner is taken to have materials unless {@code fl:hasMaterials false}, and to be 0 when
 * neither {@code fl:age} nor {@code fl:birthDate} is stated. A learner without an identity cannot be matched with
 * statements and is left out.
 */
public final class LearnerContextReader {

    private LearnerContextReader() {
    }

    /** Every learner's context today (UTC), ages from birth dates included. */
    public static Map<String, LearnerContext> read(Model learners) {
        return read(learners, LocalDate.now(ZoneOffset.UTC));
    }

    public static Map<String, LearnerContext> read(Model learners, LocalDate today) {
        Map<String, LearnerContext> contexts = new HashMap<>();
        learners.listResourcesWithProperty(RDF.type, FL.Learner).forEach(learner ->
                keyOf(learner).ifPresent(key -> contexts.put(key, stated(learner).on(today, goals(learner)))));
        return contexts;
    }

    /** Every learner's context as stated, by learner key. */
    public static Map<String, StatedContext> readStated(Model learners) {
        Map<String, StatedContext> contexts = new HashMap<>();
        learners.listResourcesWithProperty(RDF.type, FL.Learner).forEach(learner ->
                keyOf(learner).ifPresent(key -> contexts.put(key, stated(learner))));
        return contexts;
    }

    public static Optional<String> keyOf(Resource learner) {
        Optional<String> mbox = Properties.optionalIri(learner, FL.mbox).flatMap(LearnerKeys::mbox);
        if (mbox.isPresent()) {
            return mbox;
        }
        Optional<String> home = Properties.optionalIri(learner, FL.accountHomePage);
        Optional<String> name = Properties.optionalLiteral(learner, FL.accountName).map(Literal::getLexicalForm);
        return home.isPresent() && name.isPresent() ? Optional.of(LearnerKeys.account(home.get(), name.get()))
                : Optional.empty();
    }

    /** The context stated for one {@code fl:Learner}. */
    public static StatedContext stated(Resource learner) {
        Optional<LocalDate> birthDate = Properties.optionalLiteral(learner, FL.birthDate)
                .map(date -> LocalDate.parse(date.getLexicalForm()));
        OptionalInt age = birthDate.isPresent() ? OptionalInt.empty() : OptionalInt.of(
                Properties.optionalLiteral(learner, FL.age).map(Literal::getInt).orElse(0));
        return new StatedContext(learner.listProperties(FL.speaks).mapWith(s -> s.getString()).toSet(), age,
                birthDate, locationOf(learner),
                Properties.optionalLiteral(learner, FL.maxTravelKm).map(Literal::getDouble).orElse(0.0),
                Properties.optionalLiteral(learner, FL.maxCostPerMonth)
                        .map(cost -> new BigDecimal(cost.getLexicalForm())).orElse(BigDecimal.ZERO),
                modalitiesOf(learner), Schedules.read(learner, FL.availableOn),
                Properties.optionalLiteral(learner, FL.hasMaterials).map(Literal::getBoolean).orElse(true),
                needsOf(learner));
    }

    /** The competencies of the learner's {@code fl:goal}s. */
    public static Set<String> goals(Resource learner) {
        return learner.listProperties(FL.goal).mapWith(goal -> goal.getResource())
                .filterKeep(goal -> goal.hasProperty(FL.targetCompetency))
                .mapWith(goal -> Properties.requiredIri(goal, FL.targetCompetency)).toSet();
    }

    private static Optional<GeoPoint> locationOf(Resource learner) {
        Optional<Literal> latitude = Properties.optionalLiteral(learner, FL.latitude);
        Optional<Literal> longitude = Properties.optionalLiteral(learner, FL.longitude);
        return latitude.isPresent() && longitude.isPresent()
                ? Optional.of(new GeoPoint(latitude.get().getDouble(), longitude.get().getDouble()))
                : Optional.empty();
    }

    private static Set<Modality> modalitiesOf(Resource learner) {
        if (learner.hasProperty(FL.reachableBy)) {
            Set<Modality> stated = EnumSet.noneOf(Modality.class);
            learner.listProperties(FL.reachableBy).forEach(s -> stated.add(Terms.modality(s.getObject())
                    .orElseThrow(() -> new IllegalArgumentException("unknown modality " + s.getObject()))));
            return stated;
        }
        Set<Modality> modalities = EnumSet.allOf(Modality.class);
        if (learner.hasProperty(FL.constraint, FL.NoInternet)) {
            modalities.remove(Modality.ONLINE);
        }
        if (learner.hasProperty(FL.constraint, FL.NoPhone)) {
            modalities.remove(Modality.SMS);
        }
        if (learner.hasProperty(FL.constraint, FL.NoRadio)) {
            modalities.remove(Modality.RADIO);
        }
        return modalities;
    }

    private static Set<AccessibilityFeature> needsOf(Resource learner) {
        Set<AccessibilityFeature> needs = EnumSet.noneOf(AccessibilityFeature.class);
        learner.listProperties(FL.accessibilityNeed).forEach(s -> needs.add(Terms.feature(s.getObject())
                .orElseThrow(() -> new IllegalArgumentException("unknown accessibility feature " + s.getObject()))));
        return needs;
    }
}
