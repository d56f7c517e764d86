package org.flourish.pathways.simulate;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.flourish.pathways.model.GeoPoint;
import org.flourish.pathways.model.Modality;
import org.flourish.pathways.model.Opportunity;
import org.flourish.pathways.model.WeeklySlot;
import org.flourish.pathways.rdf.OpportunityReader;
import org.flourish.pathways.vocab.FL;

/**
 * A synthetic catalogue: providers (formal schools and government programmes, non-formal NGOs, clubs, libraries,
 * broadcasters, vendors) of very different sizes, each with a home cell, languages and a quality; opportunities
 * that develop one competency and perhaps its next level or a neighbour, in person, on the radio, online, by SMS
 * or offline (printed), free or at a low or high cost, on weekly slots. Every competency is developed by at least
 * two opportunities. The engine reads the RDF written here; the effectiveness stays with the world.
 */
final class SyntheticCatalogue {

    static final List<String> LANGUAGES = List.of("wo", "fr", "ff", "srr", "en");
    private static final String OPPORTUNITY = Vocabulary.SIM + "opportunity/";
    private static final String ACTIVITY = Vocabulary.SIM + "activity/";
    private static final String PROVIDER = Vocabulary.SIM + "provider/";
    private static final List<Set<DayOfWeek>> DAY_PATTERNS = List.of(
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
            EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY),
            EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY), EnumSet.of(DayOfWeek.SATURDAY),
            EnumSet.of(DayOfWeek.WEDNESDAY, DayOfWeek.SATURDAY), EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
    private static final int[][] HOURS = {{8, 10}, {10, 12}, {15, 17}, {17, 19}};

    private SyntheticCatalogue() {
    }

    private record Provider(String iri, String kind, int x, int y, List<String> languages, double quality,
                            double weight) {
        boolean formal() {
            return kind.equals("School") || kind.equals("GovernmentProgramme");
        }
    }

    static Catalogue generate(Curriculum curriculum, long seed, int size, int providerCount) {
        SplittableRandom random = Seeds.of(seed, "catalogue");
        List<Provider> providers = providers(random, providerCount);
        Model rdf = ModelFactory.createDefaultModel();
        rdf.setNsPrefix("fl", FL.NS);
        rdf.setNsPrefix("schema", FL.SCHEMA_NS);
        for (Provider provider : providers) {
            rdf.createResource(provider.iri(), FL.Provider)
                    .addProperty(FL.name, "Simulated provider " + Vocabulary.code(provider.iri()))
                    .addProperty(rdf.createProperty(FL.NS, "providerKind"), rdf.createResource(
                            Vocabulary.fl(provider.kind())));
        }
        List<String> competencies = curriculum.competencies();
        Map<String, Map<String, Double>> effectiveness = new HashMap<>();
        Map<String, Boolean> assessed = new HashMap<>();
        Map<String, Integer> providerOf = new HashMap<>();
        double totalWeight = providers.stream().mapToDouble(Provider::weight).sum();
        for (int n = 0; n < size; n++) {
            Provider provider = pick(providers, random.nextDouble() * totalWeight);
            // Two rounds over the curriculum first, so every competency can be learnt somewhere.
            String primary = n < 2 * competencies.size() ? competencies.get(n % competencies.size())
                    : competencies.get(random.nextInt(competencies.size()));
            Map<String, Double> teaches = new HashMap<>();
            teaches.put(primary, provider.quality() * (0.25 + 0.25 * random.nextDouble()));
            if (random.nextDouble() < 0.7) {
                curriculum.next(primary).ifPresent(next -> teaches.put(next,
                        provider.quality() * (0.15 + 0.15 * random.nextDouble())));
            }
            if (random.nextDouble() < 0.5) {
                List<String> sameDomain = competencies.stream()
                        .filter(c -> curriculum.domainOf(c).equals(curriculum.domainOf(primary))).toList();
                teaches.putIfAbsent(sameDomain.get(random.nextInt(sameDomain.size())),
                        provider.quality() * (0.15 + 0.15 * random.nextDouble()));
            }
            String iri = OPPORTUNITY + String.format("o%04d", n);
            effectiveness.put(iri, teaches);
            assessed.put(iri, random.nextDouble() < (provider.formal() ? 0.9 : 0.6));
            providerOf.put(iri, providers.indexOf(provider));
            describe(rdf, random, iri, n, provider, teaches.keySet(), curriculum.level(primary));
        }
        List<SimOpportunity> opportunities = new ArrayList<>();
        for (Opportunity offer : OpportunityReader.read(rdf)) {
            opportunities.add(new SimOpportunity(offer, providerOf.get(offer.iri()), effectiveness.get(offer.iri()),
                    assessed.get(offer.iri())));
        }
        return new Catalogue(opportunities, providers.size(), providers.stream().map(Provider::iri).toList(), rdf,
                EvidenceRulesRdf.write(opportunities, competencies));
    }

    private static List<Provider> providers(SplittableRandom random, int count) {
        List<Provider> providers = new ArrayList<>();
        for (int p = 0; p < count; p++) {
            String kind = p < 4 ? "School" : p < 6 ? "GovernmentProgramme"
                    : Vocabulary.PROVIDER_KINDS.get(random.nextInt(Vocabulary.PROVIDER_KINDS.size()));
            List<String> languages = new ArrayList<>(List.of(random.nextDouble() < 0.7 ? "wo" : "fr"));
            int more = 1 + random.nextInt(2);
            while (languages.size() < 1 + more) {
                String language = LANGUAGES.get(random.nextInt(LANGUAGES.size()));
                if (!languages.contains(language)) {
                    languages.add(language);
                }
            }
            // Sizes follow a power law: a few large providers, many small ones.
            providers.add(new Provider(PROVIDER + String.format("p%02d", p), kind, random.nextInt(Grid.CELLS),
                    random.nextInt(Grid.CELLS), languages, 0.6 + 0.6 * random.nextDouble(),
                    1.0 / Math.pow(p + 1, 0.7)));
        }
        return providers;
    }

    private static Provider pick(List<Provider> providers, double at) {
        double sum = 0;
        for (Provider provider : providers) {
            sum += provider.weight();
            if (at < sum) {
                return provider;
            }
        }
        return providers.get(providers.size() - 1);
    }

    private static void describe(Model rdf, SplittableRandom random, String iri, int n, Provider provider,
                                 Set<String> develops, int level) {
        Modality modality = modality(random, provider.kind());
        Resource o = rdf.createResource(iri, FL.LearningOpportunity)
                .addProperty(FL.name, rdf.createLiteral("Simulated opportunity " + n, "en"))
                .addProperty(FL.offeredBy, rdf.createResource(provider.iri()))
                .addProperty(rdf.createProperty(FL.NS, "opportunityKind"), rdf.createResource(Vocabulary.fl(
                        kind(random, modality))))
                .addProperty(FL.activityId, rdf.createResource(ACTIVITY + String.format("o%04d", n)))
                .addProperty(FL.modality, rdf.createResource(term(modality)));
        develops.stream().sorted().forEach(c -> o.addProperty(FL.develops, rdf.createResource(c)));
        Set<String> languages = new LinkedHashSet<>();
        languages.add(provider.languages().get(random.nextInt(provider.languages().size())));
        if (random.nextDouble() < 0.4) {
            languages.add(provider.languages().get(random.nextInt(provider.languages().size())));
        }
        languages.forEach(language -> o.addProperty(FL.inLanguage, language));
        if (random.nextDouble() < 0.6) {
            int youngest = Math.min(11, 3 + 2 * level + random.nextInt(3));
            o.addProperty(FL.minAge, integer(rdf, youngest))
                    .addProperty(FL.maxAge, integer(rdf, youngest + 6 + random.nextInt(4)));
        }
        double tier = random.nextDouble();
        String cost = tier < 0.6 || provider.kind().equals("Broadcaster") ? "0"
                : tier < 0.85 ? String.valueOf(2 + random.nextInt(4)) : String.valueOf(15 + random.nextInt(16));
        o.addProperty(FL.costPerMonth, rdf.createTypedLiteral(cost, XSDDatatype.XSDdecimal));
        if (modality == Modality.IN_PERSON) {
            int x = Math.max(0, Math.min(Grid.CELLS - 1, provider.x() + random.nextInt(5) - 2));
            int y = Math.max(0, Math.min(Grid.CELLS - 1, provider.y() + random.nextInt(5) - 2));
            GeoPoint place = Grid.in(x, y, random);
            o.addProperty(FL.latitude, rdf.createTypedLiteral(String.valueOf(place.latitude()), XSDDatatype.XSDdecimal))
                    .addProperty(FL.longitude, rdf.createTypedLiteral(String.valueOf(place.longitude()),
                            XSDDatatype.XSDdecimal))
                    .addProperty(FL.capacity, integer(rdf, 8 + random.nextInt(33)));
        }
        boolean fixedTimes = modality == Modality.IN_PERSON || random.nextDouble() < 0.3;
        if (fixedTimes) {
            int[] hours = HOURS[random.nextInt(HOURS.length)];
            schedule(rdf, o, FL.schedule, WeeklySlot.of(DAY_PATTERNS.get(random.nextInt(DAY_PATTERNS.size())),
                    LocalTime.of(hours[0], 0), LocalTime.of(hours[1], 0)));
        }
        if (random.nextDouble() < 0.2) {
            o.addProperty(FL.materialsNeeded, rdf.createLiteral("Exercise book and pencil", "en"));
        }
    }

    static org.apache.jena.rdf.model.Literal integer(Model rdf, int value) {
        return rdf.createTypedLiteral(String.valueOf(value), XSDDatatype.XSDinteger);
    }

    static void schedule(Model rdf, Resource subject, org.apache.jena.rdf.model.Property property,
                         WeeklySlot slot) {
        Resource node = rdf.createResource().addProperty(RDF.type, FL.Schedule);
        slot.days().stream().sorted().forEach(day -> node.addProperty(FL.weekday,
                rdf.createResource(Vocabulary.weekday(day))));
        slot.start().ifPresent(start -> node.addProperty(FL.startTime,
                rdf.createTypedLiteral(start + ":00", XSDDatatype.XSDtime)));
        slot.end().ifPresent(end -> node.addProperty(FL.endTime,
                rdf.createTypedLiteral(end + ":00", XSDDatatype.XSDtime)));
        subject.addProperty(property, node);
    }

    private static Modality modality(SplittableRandom random, String providerKind) {
        double draw = random.nextDouble();
        return switch (providerKind) {
            case "Broadcaster" -> draw < 0.75 ? Modality.RADIO : Modality.SMS;
            case "Library" -> draw < 0.5 ? Modality.OFFLINE : Modality.IN_PERSON;
            case "Vendor" -> draw < 0.5 ? Modality.ONLINE : Modality.IN_PERSON;
            default -> draw < 0.7 ? Modality.IN_PERSON : draw < 0.8 ? Modality.OFFLINE : draw < 0.92
                    ? Modality.ONLINE : Modality.RADIO;
        };
    }

    private static String kind(SplittableRandom random, Modality modality) {
        return switch (modality) {
            case RADIO -> "RadioSeries";
            case SMS -> "SmsCourse";
            case OFFLINE -> "ReadingProgramme";
            default -> List.of("SchoolClass", "BridgingClass", "RemedialSession", "Club", "Workshop", "Mentoring")
                    .get(random.nextInt(6));
        };
    }

    static String term(Modality modality) {
        return switch (modality) {
            case IN_PERSON -> FL.InPerson.getURI();
            case ONLINE -> FL.Online.getURI();
            case RADIO -> FL.Radio.getURI();
            case SMS -> FL.SMS.getURI();
            case OFFLINE -> FL.Offline.getURI();
        };
    }
}
