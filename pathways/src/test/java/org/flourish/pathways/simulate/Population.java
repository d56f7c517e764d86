package org.flourish.pathways.simulate;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.flourish.pathways.framework.PrerequisiteGroup;
import org.flourish.pathways.model.Modality;
import org.flourish.pathways.model.WeeklySlot;
import org.flourish.pathways.vocab.FL;

/**
 * The simulated children and their description as a learners' graph ({@code fl:Learner}, what an enrolment drive
 * would load), which is where the engine takes their contexts and goals from. Latent mastery falls with a
 * competency's level and rises with age; goals are competencies not yet held whose prerequisites are at most two
 * steps away, in different domains where possible, and that some opportunity the child can attend develops (a mentor
 * sets goals the ecosystem can serve).
 */
final class Population {

    static final double TARGET = 0.8;
    private static final List<String> PRIMARY = List.of("wo", "fr", "ff", "srr", "en");
    private static final double[] PRIMARY_SHARE = {0.45, 0.2, 0.15, 0.12, 0.08};
    private static final List<WeeklySlot> FREE_SLOTS = List.of(
            WeeklySlot.of(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(15, 0), LocalTime.of(19, 0)),
            WeeklySlot.allDay(EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY)),
            WeeklySlot.of(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(8, 0), LocalTime.of(12, 0)),
            WeeklySlot.of(EnumSet.of(DayOfWeek.WEDNESDAY, DayOfWeek.SATURDAY), LocalTime.of(15, 0),
                    LocalTime.of(18, 0)),
            WeeklySlot.of(EnumSet.allOf(DayOfWeek.class), LocalTime.of(17, 0), LocalTime.of(20, 0)));

    final List<SimLearner> learners;
    final Model rdf;

    private Population(List<SimLearner> learners, Model rdf) {
        this.learners = List.copyOf(learners);
        this.rdf = rdf;
    }

    static Population generate(Curriculum curriculum, Catalogue catalogue, long seed, int size) {
        SplittableRandom random = Seeds.of(seed, "learners");
        List<String> competencies = curriculum.competencies();
        List<SimLearner> learners = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            int age = 6 + random.nextInt(10);
            Set<String> languages = new LinkedHashSet<>(List.of(primaryLanguage(random)));
            if (random.nextDouble() < 0.4) {
                languages.add("fr");
            }
            Set<Modality> reachable = random.nextDouble() < 0.35
                    ? EnumSet.of(Modality.IN_PERSON, Modality.RADIO, Modality.SMS, Modality.OFFLINE)
                    : EnumSet.allOf(Modality.class);
            List<WeeklySlot> free = new ArrayList<>(List.of(FREE_SLOTS.get(random.nextInt(FREE_SLOTS.size()))));
            while (free.size() < 2) {
                WeeklySlot other = FREE_SLOTS.get(random.nextInt(FREE_SLOTS.size()));
                if (!free.contains(other)) {
                    free.add(other);
                }
            }
            double budgetDraw = random.nextDouble();
            BigDecimal budget = BigDecimal.valueOf(budgetDraw < 0.55 ? 0 : budgetDraw < 0.85 ? 5 : 30);
            double[] latent = new double[competencies.size()];
            for (int c = 0; c < latent.length; c++) {
                double base = 0.15 * (age - 5) - 0.3 * (curriculum.level(competencies.get(c)) - 1);
                latent[c] = Math.max(0.0, Math.min(0.95, base * (0.4 + 0.8 * random.nextDouble())));
            }
            Map<String, Double> interest = new HashMap<>();
            Vocabulary.DOMAINS.forEach(domain -> interest.put(domain, random.nextDouble()));
            SimLearner learner = new SimLearner(i, age, languages, Grid.anywhere(random),
                    List.of(2.0, 3.0, 5.0, 8.0).get(random.nextInt(4)), budget, reachable, free,
                    random.nextDouble() < 0.75, Math.exp(0.25 * gaussian(random)), interest, latent, List.of());
            learner.goals.addAll(goals(curriculum, latent, offeredTo(learner, catalogue), random));
            learners.add(learner);
        }
        return new Population(learners, rdf(learners));
    }

    private static String primaryLanguage(SplittableRandom random) {
        double draw = random.nextDouble();
        double sum = 0;
        for (int i = 0; i < PRIMARY.size(); i++) {
            sum += PRIMARY_SHARE[i];
            if (draw < sum) {
                return PRIMARY.get(i);
            }
        }
        return PRIMARY.get(0);
    }

    static double gaussian(SplittableRandom random) {
        double u = Math.max(1e-12, random.nextDouble());
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    /** The competencies that some opportunity the child can attend develops, by the world's own rules. */
    static Set<String> offeredTo(SimLearner child, Catalogue catalogue) {
        Set<String> offered = new HashSet<>();
        for (SimOpportunity opportunity : catalogue.opportunities()) {
            if (WorldRules.violated(opportunity.offer(), child).isEmpty()) {
                offered.addAll(opportunity.offer().develops());
            }
        }
        return offered;
    }

    private static List<String> goals(Curriculum curriculum, double[] latent, Set<String> offered,
                                      SplittableRandom random) {
        List<String> competencies = curriculum.competencies();
        Map<String, Integer> index = new HashMap<>();
        for (int c = 0; c < competencies.size(); c++) {
            index.put(competencies.get(c), c);
        }
        List<String> candidates = new ArrayList<>();
        for (int c = 0; c < competencies.size(); c++) {
            String competency = competencies.get(c);
            if (latent[c] < 0.5 && curriculum.level(competency) >= 2 && offered.contains(competency)
                    && withinTwo(curriculum, competency, latent, index)) {
                candidates.add(competency);
            }
        }
        List<String> goals = new ArrayList<>();
        Set<String> domains = new LinkedHashSet<>();
        for (int attempt = 0; goals.size() < 3 && !candidates.isEmpty() && attempt < 60; attempt++) {
            String goal = candidates.get(random.nextInt(candidates.size()));
            if (!goals.contains(goal) && (domains.add(curriculum.domainOf(goal)) || attempt > 30)) {
                goals.add(goal);
            }
        }
        // Few near goals on offer: any offered competency not held yet, else any competency at all.
        List<String> fallbacks = new ArrayList<>();
        for (int c = 0; c < competencies.size(); c++) {
            if (latent[c] < TARGET && offered.contains(competencies.get(c))) {
                fallbacks.add(competencies.get(c));
            }
        }
        if (fallbacks.size() < 3) {
            fallbacks = competencies;
        }
        while (goals.size() < 3) {
            String fallback = fallbacks.get(random.nextInt(fallbacks.size()));
            if (!goals.contains(fallback)) {
                goals.add(fallback);
            }
        }
        return goals;
    }

    /** Each prerequisite group has a member held (latent 0.4) or itself one step from held. */
    private static boolean withinTwo(Curriculum curriculum, String competency, double[] latent,
                                     Map<String, Integer> index) {
        for (PrerequisiteGroup group : curriculum.truth().prerequisitesOf(competency)) {
            boolean near = group.required().stream().anyMatch(required -> latent[index.get(required)] >= 0.4
                    || curriculum.truth().prerequisitesOf(required).stream().allMatch(inner -> inner.required()
                            .stream().anyMatch(r -> latent[index.get(r)] >= 0.4)));
            if (!near) {
                return false;
            }
        }
        return true;
    }

    private static Model rdf(List<SimLearner> learners) {
        Model model = ModelFactory.createDefaultModel();
        for (SimLearner learner : learners) {
            Resource node = model.createResource(Vocabulary.SIM + "learner/" + learner.index, FL.Learner)
                    .addProperty(FL.mbox, model.createResource(learner.mbox))
                    .addProperty(FL.age, SyntheticCatalogue.integer(model, learner.age))
                    .addProperty(FL.latitude, decimal(model, learner.location.latitude()))
                    .addProperty(FL.longitude, decimal(model, learner.location.longitude()))
                    .addProperty(FL.maxTravelKm, decimal(model, learner.maxTravelKm))
                    .addProperty(FL.maxCostPerMonth, model.createTypedLiteral(learner.budget.toPlainString(),
                            XSDDatatype.XSDdecimal))
                    .addLiteral(FL.hasMaterials, model.createTypedLiteral(learner.hasMaterials));
            learner.languages.forEach(language -> node.addProperty(FL.speaks, language));
            learner.reachableBy.stream().sorted().forEach(modality -> node.addProperty(FL.reachableBy,
                    model.createResource(SyntheticCatalogue.term(modality))));
            learner.availability.forEach(slot -> SyntheticCatalogue.schedule(model, node, FL.availableOn, slot));
            learner.goals.forEach(goal -> node.addProperty(FL.goal, model.createResource(FL.Goal)
                    .addProperty(FL.targetCompetency, model.createResource(goal))
                    .addProperty(FL.targetMastery, model.createTypedLiteral("0.8", XSDDatatype.XSDdecimal))));
        }
        return model;
    }

    private static org.apache.jena.rdf.model.Literal decimal(Model model, double value) {
        return model.createTypedLiteral(BigDecimal.valueOf(value).toPlainString(), XSDDatatype.XSDdecimal);
    }
}
