package org.flourish.pathways.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.vocabulary.RDF;
import org.flourish.pathways.framework.PrerequisiteGraph;
import org.flourish.pathways.model.Modality;
import org.flourish.pathways.model.Opportunity;
import org.flourish.pathways.store.Graphs;
import org.flourish.pathways.store.SharedGraphs;
import org.flourish.pathways.store.RdfStore;
import org.flourish.pathways.testing.Directories;
import org.flourish.pathways.testing.FrameworkTriples;
import org.flourish.pathways.vocab.Engine;
import org.flourish.pathways.vocab.FL;

/**
 * A TDB2 directory holding what the engine serves at the scale, in the named graphs the service reads:
 * the synthetic framework and catalogue of {@link SyntheticScale}, an evidence rule per opportunity, competency and
 * verb (as the sample rules are written), a context for every learner, and each learner's statements in their own
 * graph, with exactly the triples {@code keep-statement.ru} writes. Built once per size and reused: a marker file
 * says the directory is complete.
 */
final class ScaleDataset {

    static final int COMPETENCIES = 2_000;
    static final int OPPORTUNITIES = 10_000;
    static final List<String> VERBS = List.of("http://adlnet.gov/expapi/verbs/passed",
            "http://adlnet.gov/expapi/verbs/failed", "http://adlnet.gov/expapi/verbs/attended",
            "http://adlnet.gov/expapi/verbs/mastered");
    private static final int LEARNERS_PER_TRANSACTION = 5_000;
    private static final Instant FIRST_STORED = Instant.parse("2026-09-01T08:00:00Z");

    private final Path directory;
    private final int learners;
    private final int statementsPerLearner;

    ScaleDataset(Path directory, int learners, int statementsPerLearner) {
        this.directory = directory;
        this.learners = learners;
        this.statementsPerLearner = statementsPerLearner;
    }

    static String learnerKey(int learner) {
        return "mbox:mailto:learner-" + learner + "@bench.example";
    }

    /** Whether a complete data set of this size is in the directory already. */
    boolean isComplete() {
        return Files.exists(marker());
    }

    private Path marker() {
        return directory.resolve("complete-" + learners + "x" + statementsPerLearner);
    }

    /** The directory, built now unless a complete one of this size is there already. */
    Path prepared() {
        Path marker = marker();
        if (Files.exists(marker)) {
            return directory;
        }
        try {
            Directories.delete(directory);
            Files.createDirectories(directory);
            build();
            Files.writeString(marker, Instant.now().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return directory;
    }

    private void build() {
        SyntheticScale scale = new SyntheticScale();
        PrerequisiteGraph framework = scale.framework(COMPETENCIES);
        List<Opportunity> catalogue = scale.catalogue(OPPORTUNITIES, COMPETENCIES);
        Dataset dataset = TDB2Factory.connectDataset(directory.resolve("tdb2").toString());
        Txn.executeWrite(dataset, () -> {
            dataset.addNamedModel(Graphs.FRAMEWORK, FrameworkTriples.of(framework));
            dataset.addNamedModel(Graphs.CATALOGUE, catalogueTriples(catalogue));
            dataset.addNamedModel(Graphs.EVIDENCE_RULES, ruleTriples(catalogue));
        });
        Random random = new Random(20261126L);
        for (int first = 0; first < learners; first += LEARNERS_PER_TRANSACTION) {
            int from = first;
            int to = Math.min(learners, first + LEARNERS_PER_TRANSACTION);
            Txn.executeWrite(dataset, () -> {
                Model contexts = dataset.getNamedModel(Graphs.LEARNERS);
                for (int learner = from; learner < to; learner++) {
                    addContext(contexts, learner, random);
                    addStatements(dataset.asDatasetGraph(), learner, random);
                }
            });
        }
        dataset.close();
        try (RdfStore store = RdfStore.tdb2(directory.resolve("tdb2"))) {
            new SharedGraphs(store).seedAbsent(); // only the ontology and shapes are still absent
        }
    }

    private static Model catalogueTriples(List<Opportunity> catalogue) {
        Model model = ModelFactory.createDefaultModel();
        for (Opportunity opportunity : catalogue) {
            Resource o = model.createResource(opportunity.iri(), FL.LearningOpportunity)
                    .addProperty(FL.name, opportunity.title())
                    .addProperty(FL.offeredBy, model.createResource(opportunity.provider()))
                    .addProperty(FL.modality, opportunity.modality() == Modality.IN_PERSON ? FL.InPerson : FL.Radio)
                    .addLiteral(FL.minAge, model.createTypedLiteral(opportunity.minAge().getAsInt()))
                    .addLiteral(FL.maxAge, model.createTypedLiteral(opportunity.maxAge().getAsInt()))
                    .addProperty(FL.costPerMonth, model.createTypedLiteral(opportunity.costPerMonth().toPlainString(),
                            XSDDatatype.XSDdecimal))
                    .addProperty(FL.activityId, model.createResource(opportunity.activityId().orElseThrow()));
            opportunity.develops().forEach(c -> o.addProperty(FL.develops, model.createResource(c)));
            opportunity.languages().forEach(language -> o.addProperty(FL.inLanguage, language));
            opportunity.location().ifPresent(place -> o
                    .addLiteral(FL.latitude, model.createTypedLiteral(decimal(place.latitude()), XSDDatatype.XSDdecimal))
                    .addLiteral(FL.longitude, model.createTypedLiteral(decimal(place.longitude()),
                            XSDDatatype.XSDdecimal)));
        }
        return model;
    }

    private static Model ruleTriples(List<Opportunity> catalogue) {
        Model model = ModelFactory.createDefaultModel();
        for (Opportunity opportunity : catalogue) {
            for (String competency : opportunity.develops()) {
                for (String verb : VERBS) {
                    boolean attended = verb.endsWith("attended");
                    model.createResource(FL.EvidenceRule)
                            .addProperty(FL.verb, model.createResource(verb))
                            .addProperty(FL.activity, model.createResource(opportunity.activityId().orElseThrow()))
                            .addProperty(FL.evidenceOf, model.createResource(competency))
                            .addProperty(FL.evidenceKind, attended ? FL.Participation : FL.Assessed)
                            .addLiteral(FL.weight, model.createTypedLiteral(attended ? "0.10" : "0.80",
                                    XSDDatatype.XSDdecimal));
                }
            }
        }
        return model;
    }

    private static void addContext(Model contexts, int learner, Random random) {
        Resource context = contexts.createResource("https://example.org/bench/learner/" + learner, FL.Learner)
                .addProperty(FL.mbox, contexts.createResource("mailto:learner-" + learner + "@bench.example"))
                .addLiteral(FL.age, contexts.createTypedLiteral(6 + random.nextInt(9)))
                .addProperty(FL.speaks, random.nextInt(3) == 0 ? "fr" : "wo")
                .addLiteral(FL.latitude, contexts.createTypedLiteral(decimal(14.79 + random.nextGaussian() * 0.05),
                        XSDDatatype.XSDdecimal))
                .addLiteral(FL.longitude, contexts.createTypedLiteral(decimal(-16.93 + random.nextGaussian() * 0.05),
                        XSDDatatype.XSDdecimal))
                .addLiteral(FL.maxTravelKm, contexts.createTypedLiteral(String.valueOf(2 + random.nextInt(8)),
                        XSDDatatype.XSDdecimal))
                .addLiteral(FL.maxCostPerMonth, contexts.createTypedLiteral("0", XSDDatatype.XSDdecimal));
        if (random.nextBoolean()) {
            context.addProperty(FL.speaks, "fr");
        }
        if (random.nextBoolean()) {
            context.addProperty(FL.goal, contexts.createResource(FL.Goal).addProperty(FL.targetCompetency,
                    contexts.createResource("https://example.org/bench/c/" + (100 + random.nextInt(COMPETENCIES - 100)))));
        }
    }

    /** The learner's statements, as {@code keep-statement.ru} keeps them: id, stored instant and JSON. */
    private void addStatements(DatasetGraph dataset, int learner, Random random) {
        Node graph = NodeFactory.createURI(Graphs.ofLearner(learnerKey(learner)));
        for (int i = 0; i < statementsPerLearner; i++) {
            UUID id = new UUID(random.nextLong(), random.nextLong());
            Instant stored = FIRST_STORED.plusSeconds((long) learner * 60 + i * 86_400L);
            String verb = VERBS.get(random.nextInt(VERBS.size()));
            int opportunity = random.nextInt(OPPORTUNITIES);
            double scaled = 0.4 + random.nextDouble() * 0.6;
            String json = String.format(Locale.ROOT, "{\"id\":\"%s\",\"actor\":{\"objectType\":\"Agent\","
                    + "\"mbox\":\"mailto:learner-%d@bench.example\"},\"verb\":{\"id\":\"%s\"},\"object\":"
                    + "{\"objectType\":\"Activity\",\"id\":\"https://example.org/bench/activity/%d\"},"
                    + "\"result\":{\"score\":{\"scaled\":%.2f},\"success\":%b},\"timestamp\":\"%s\","
                    + "\"stored\":\"%s\",\"authority\":{\"objectType\":\"Agent\",\"account\":{\"homePage\":"
                    + "\"https://lrs.example\",\"name\":\"provider-%d\"}},\"version\":\"1.0.3\"}",
                    id, learner, verb, opportunity, scaled, scaled >= 0.6, stored, stored, opportunity % 200);
            Node statement = NodeFactory.createURI("urn:uuid:" + id);
            dataset.add(graph, statement, RDF.type.asNode(), Engine.Statement.asNode());
            dataset.add(graph, statement, Engine.statementId.asNode(), NodeFactory.createLiteralString(id.toString()));
            dataset.add(graph, statement, Engine.stored.asNode(),
                    NodeFactory.createLiteralDT(stored.toString(), XSDDatatype.XSDdateTime));
            dataset.add(graph, statement, Engine.json.asNode(), NodeFactory.createLiteralString(json));
        }
    }

    private static String decimal(double value) {
        return BigDecimal.valueOf(value).setScale(5, java.math.RoundingMode.HALF_UP).toPlainString();
    }
}
