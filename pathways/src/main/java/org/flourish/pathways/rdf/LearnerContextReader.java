package org.flourish.pathways.rdf;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.flourish.pathways.model.GeoPoint;
import org.flourish.pathways.model.LearnerContext;
import org.flourish.pathways.model.Modality;
import org.flourish.pathways.vocab.FL;
import org.flourish.pathways.xapi.LearnerKeys;

/**
 * Reads each {@code fl:Learner}'s context, keyed by the learner key of its xAPI identity ({@code fl:mbox}, or
 * {@code fl:accountHomePage} + {@code fl:accountName}). {@code fl:NoInternet}, {@code fl:NoPhone} and
 * {@code fl:NoRadio} take away the online, SMS and radio modalities; {@code fl:availableOn} days, when given,
 * restrict the weekdays. The vocabulary cannot say yet whether a learner has materials: they are assumed to have
 * them. A learner without an identity cannot be matched with statements and is left out.
 */
public final class LearnerContextReader {

    private LearnerContextReader() {
    }

    public static Map<String, LearnerContext> read(Model learners) {
        Map<String, LearnerContext> contexts = new HashMap<>();
        learners.listResourcesWithProperty(RDF.type, FL.Learner).forEach(learner ->
                keyOf(learner).ifPresent(key -> contexts.put(key, contextOf(learner))));
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

    private static LearnerContext contextOf(Resource learner) {
        LearnerContext.Builder context = LearnerContext.builder()
                .languages(learner.listProperties(FL.speaks).mapWith(s -> s.getString()).toList()
                        .toArray(String[]::new))
                .age(Properties.optionalLiteral(learner, FL.age).map(Literal::getInt).orElse(0))
                .maxTravelKm(Properties.optionalLiteral(learner, FL.maxTravelKm).map(Literal::getDouble).orElse(0.0))
                .maxCostPerMonth(Properties.optionalLiteral(learner, FL.maxCostPerMonth)
                        .map(cost -> new BigDecimal(cost.getLexicalForm())).orElse(BigDecimal.ZERO))
                .modalities(modalitiesOf(learner))
                .hasMaterials(true)
                .goals(learner.listProperties(FL.goal).mapWith(goal -> goal.getResource())
                        .filterKeep(goal -> goal.hasProperty(FL.targetCompetency))
                        .mapWith(goal -> Properties.requiredIri(goal, FL.targetCompetency)).toList()
                        .toArray(String[]::new));
        Optional<Literal> latitude = Properties.optionalLiteral(learner, FL.latitude);
        Optional<Literal> longitude = Properties.optionalLiteral(learner, FL.longitude);
        if (latitude.isPresent() && longitude.isPresent()) {
            context.location(new GeoPoint(latitude.get().getDouble(), longitude.get().getDouble()));
        }
        Set<DayOfWeek> days = availableDays(learner);
        if (!days.isEmpty()) {
            context.availableWeekdays(days);
        }
        return context.build();
    }

    private static Set<Modality> modalitiesOf(Resource learner) {
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

    /** Days named by {@code fl:weekday fl:Monday ...}; the local name is the day's English name. */
    private static Set<DayOfWeek> availableDays(Resource learner) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        learner.listProperties(FL.availableOn).forEach(schedule -> schedule.getResource()
                .listProperties(FL.weekday).forEach(day -> {
                    Resource term = day.getResource();
                    if (term.isURIResource() && term.getURI().startsWith(FL.NS)) {
                        days.add(DayOfWeek.valueOf(term.getLocalName().toUpperCase(Locale.ROOT)));
                    }
                }));
        return days;
    }
}
