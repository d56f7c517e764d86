package org.flourish.pathways.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.flourish.pathways.testing.HttpCaller;
import org.flourish.pathways.testing.HttpCaller.Reply;
import org.flourish.pathways.testing.LrsAndPathwaysServer;
import org.flourish.pathways.testing.Statements;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The LRS and the engine side by side, as deployed: statements posted to the LRS reach the engine through its
 * xAPI reader and change the learner's pathway and recommendations, with explanations that cite them. Each test
 * uses its own learner, so tests do not depend on one another's statements.
 */
class PathwaysEndToEndIT {

    private static final String IBRAHIMA = "mbox:mailto:ibrahima.fall@example.sn";
    private static final String MEMORISATION = "https://w3id.org/flourish/samples/thies/activity/daara-memorisation-tivaouane";
    private static final String LA_06 = "https://w3id.org/flourish/samples/foundations/LA-06";
    private static final Duration PROPAGATION = Duration.ofSeconds(15);

    private static LrsAndPathwaysServer server;

    private static final String NEWCOMER = "mbox:mailto:newcomer@example.org";
    private static final String MOVING = "mbox:mailto:moving@example.org";
    private static final String SETTLED = "mbox:mailto:settled@example.org";
    private static final String PINNING = "mbox:mailto:pinning@example.org";
    private static final String REFUSED = "mbox:mailto:refused@example.org";
    private static final String SUNRISE_PUPIL = "mbox:mailto:aminata@sunrise.example.org";
    private static final String OBSERVED = "mbox:mailto:observed@example.org";
    private static final String THIES_CONTEXT = "{\"languages\":[\"wo\",\"fr\"],\"birthDate\":\"2016-05-01\","
            + "\"maxTravelKm\":3,\"maxCostPerMonth\":0,\"location\":{\"latitude\":14.7962,\"longitude\":-16.9301},"
            + "\"availability\":[{\"weekdays\":[\"wednesday\",\"saturday\"],\"startTime\":\"09:00\","
            + "\"endTime\":\"18:00\"}]}";

    @BeforeAll
    static void start() throws IOException {
        server = LrsAndPathwaysServer.start();
        for (String learner : List.of(IBRAHIMA, Statements.NDEYE, "mbox:mailto:voided@example.org",
                "mbox:mailto:pushed@example.org", NEWCOMER, MOVING, SETTLED,
                PINNING, REFUSED, SUNRISE_PUPIL, OBSERVED)) {
            Reply assigned = server.pathways(LrsAndPathwaysServer.COORDINATOR)
                    .put(learnerPath(learner, "mentors/" + LrsAndPathwaysServer.MENTOR), "text/plain", "");
            assertEquals(204, assigned.status(), assigned.body());
        }
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    private static HttpCaller mentor() {
        return server.pathways(LrsAndPathwaysServer.MENTOR);
    }

    private static String learnerPath(String key, String rest) {
        return "learners/" + URLEncoder.encode(key, StandardCharsets.UTF_8).replace("+", "%20") + "/" + rest;
    }

    @Test
    void everyApiCallNeedsCredentials() {
        assertEquals(401, server.pathwaysAnonymously().get(learnerPath(IBRAHIMA, "pathway")).status());
        assertEquals(401, server.pathwaysAnonymously().get("sparql?query=ASK%7B%7D").status());
        assertEquals(401, HttpCaller.at(server.root().resolve("pathways/api/")).as("mentor", "wrong")
                .get(learnerPath(IBRAHIMA, "pathway")).status());
    }

    @Test
    void coordinatorMayNotSeeALearnersOwnDataNorMentorPushStatements() {
        assertEquals(403, server.pathways(LrsAndPathwaysServer.COORDINATOR).get(learnerPath(IBRAHIMA, "pathway"))
                .status());
        assertEquals(403, server.pathways(LrsAndPathwaysServer.COORDINATOR)
                .get(learnerPath(IBRAHIMA, "recommendations")).status());
        assertEquals(403, mentor().post("statements", "[]").status());
    }

    @Test
    void mentorSeesOnlyAssignedLearnersAndStatesANewcomersContextOverHttp() {
        Reply unassigned = mentor().get(learnerPath("mbox:mailto:unassigned@example.org", "pathway"));
        assertEquals(403, unassigned.status(), unassigned.body());
        assertTrue(unassigned.body().contains("not assigned"), unassigned.body());
        assertEquals(403, mentor().put(learnerPath(NEWCOMER, "mentors/" + LrsAndPathwaysServer.MENTOR),
                "text/plain", "").status());
        JsonObject mentors = (JsonObject) server.pathways(LrsAndPathwaysServer.COORDINATOR)
                .get(learnerPath(NEWCOMER, "mentors")).json();
        assertEquals(List.of(LrsAndPathwaysServer.MENTOR), strings(mentors.getJsonArray("mentors")));

        assertEquals(404, mentor().get(learnerPath(NEWCOMER, "recommendations")).status());
        String context = "{\"languages\":[\"wo\",\"fr\"],\"birthDate\":\"2016-05-01\",\"maxTravelKm\":3,"
                + "\"maxCostPerMonth\":0,\"location\":{\"latitude\":14.7962,\"longitude\":-16.9301},"
                + "\"availability\":[{\"weekdays\":[\"wednesday\",\"saturday\"],\"startTime\":\"09:00\","
                + "\"endTime\":\"18:00\"}]}";
        Reply stated = mentor().put(learnerPath(NEWCOMER, "context"), "application/json", context);
        assertEquals(200, stated.status(), stated.body());
        Reply read = mentor().get(learnerPath(NEWCOMER, "context"));
        assertEquals(stated.json(), read.json());
        Reply recommendations = mentor().get(learnerPath(NEWCOMER, "recommendations"));
        assertEquals(200, recommendations.status(), recommendations.body());

        Reply invalid = mentor().put(learnerPath(NEWCOMER, "context"), "application/json",
                context.replace("\"maxTravelKm\":3", "\"maxTravelKm\":-3"));
        assertEquals(400, invalid.status(), invalid.body());
        assertTrue(invalid.body().contains("maxTravelKm:"), invalid.body());
        assertEquals(403, server.pathways(LrsAndPathwaysServer.COORDINATOR).get(learnerPath(NEWCOMER, "context"))
                .status());
    }

    @Test
    void everyContextUpdateReplacesDistanceAndCostWholeAndTheConstraintsUseTheLastOne() {
        for (String value : List.of("5", "2", "9", "1", "3", "2.5", "0.5", "2.5e0", "12", "3.0", "1", "3")) {
            Reply stated = mentor().put(learnerPath(MOVING, "context"), "application/json", inPersonNearThies(value));
            assertEquals(200, stated.status(), stated.body());
            JsonObject read = (JsonObject) mentor().get(learnerPath(MOVING, "context")).json();
            assertEquals(new BigDecimal(value).doubleValue(), read.getJsonNumber("maxTravelKm").doubleValue(),
                    () -> "maxTravelKm after stating " + value + ": " + read);
            assertEquals(0, new BigDecimal(value).compareTo(read.getJsonNumber("maxCostPerMonth").bigDecimalValue()),
                    () -> "maxCostPerMonth after stating " + value + ": " + read);
        }
        Reply nine = mentor().put(learnerPath(SETTLED, "context"), "application/json", inPersonNearThies("12"));
        assertEquals(200, nine.status(), nine.body());
        List<String> withinTwelve = recommendedTo(SETTLED);
        assertEquals(200, mentor().put(learnerPath(SETTLED, "context"), "application/json", inPersonNearThies("3"))
                .status());
        List<String> withinThree = recommendedTo(SETTLED);
        assertFalse(withinThree.containsAll(withinTwelve), "12 km and $12 reach more than 3 km and $3: "
                + withinTwelve + " / " + withinThree);
        assertEquals(withinThree, recommendedTo(MOVING), "the last context stated is the one checked");
    }

    private static String inPersonNearThies(String distanceAndCost) {
        return "{\"languages\":[\"wo\",\"fr\"],\"age\":10,\"maxTravelKm\":" + distanceAndCost
                + ",\"maxCostPerMonth\":" + distanceAndCost + ",\"modalities\":[\"in-person\"],"
                + "\"location\":{\"latitude\":14.7962,\"longitude\":-16.9301}}";
    }

    private static List<String> recommendedTo(String learner) {
        return recommendedTo(learner, 500);
    }

    private static List<String> recommendedTo(String learner, int limit) {
        Reply reply = mentor().get(learnerPath(learner, "recommendations?limit=" + limit));
        assertEquals(200, reply.status(), reply.body());
        return ((JsonObject) reply.json()).getJsonArray("recommendations").getValuesAs(JsonObject.class).stream()
                .map(recommendation -> recommendation.getString("opportunity")).toList();
    }

    @Test
    void statementsPostedToTheLrsChangeRecommendationsWithExplanationsCitingThem() {
        assertEquals(List.of(), readyCompetenciesOf(MEMORISATION).stream().filter(LA_06::equals).toList());
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String id = UUID.randomUUID().toString();
            ids.add(id);
            Reply stored = server.lrs().post("statements", masteredMemorisation(id).toString());
            assertEquals(200, stored.status(), stored.body());
        }
        Instant posted = Instant.now();
        awaitTrue(() -> timelineOf(IBRAHIMA).size() == 3, "the engine read the three statements from the LRS");
        System.out.println("statements stored to pathway updated: " + Duration.between(posted, Instant.now()));

        JsonObject pathway = (JsonObject) mentor().get(learnerPath(IBRAHIMA, "pathway"), "Accept-Language", "fr")
                .json();
        assertTrue(pathway.getJsonArray("domains").stream().map(JsonObject.class::cast)
                .flatMap(d -> d.getJsonArray("competencies").stream()).map(JsonObject.class::cast)
                .anyMatch(c -> c.getJsonArray("statements").size() == 3), pathway::toString);

        JsonObject memorisation = recommendationOf(MEMORISATION);
        JsonObject explanation = memorisation.getJsonObject("explanation");
        assertTrue(ids(explanation.getJsonArray("readyCompetencies")).contains(LA_06), explanation::toString);
        JsonObject prerequisite = explanation.getJsonArray("prerequisitesMet").getJsonObject(0);
        assertEquals(ids.stream().sorted().toList(), strings(prerequisite.getJsonArray("statements")).stream()
                .sorted().toList());
        assertFalse(explanation.getJsonArray("constraints").isEmpty());
    }

    @Test
    void explanationCitesTheStatementsBehindTheMasteryOfWhatItTeachesWithItsUncertaintyAndTheLrsServesThem() {
        assertEquals(200, mentor().put(learnerPath(OBSERVED, "context"), "application/json", THIES_CONTEXT).status());
        JsonObject first = recommendationsOf(OBSERVED).get(0);
        String opportunity = first.getString("opportunity");
        String taught = first.getJsonObject("explanation").getJsonArray("readyCompetencies").getJsonObject(0)
                .getString("id");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            String id = UUID.randomUUID().toString();
            ids.add(id);
            JsonObject notYet = Json.createObjectBuilder().add("id", id)
                    .add("actor", Json.createObjectBuilder().add("mbox", "mailto:observed@example.org"))
                    .add("verb", Json.createObjectBuilder().add("id", "https://w3id.org/flourish/verbs/observed"))
                    .add("object", Json.createObjectBuilder().add("id", taught))
                    .add("result", Json.createObjectBuilder().add("success", false)).build();
            Reply stored = server.lrs().post("statements", notYet.toString());
            assertEquals(200, stored.status(), stored.body());
        }
        awaitTrue(() -> timelineOf(OBSERVED).size() == 2, "the engine read the two observations");

        List<JsonObject> recommendations = recommendationsOf(OBSERVED);
        JsonObject explanation = recommendations.stream().filter(r -> r.getString("opportunity").equals(opportunity))
                .findFirst().orElseThrow().getJsonObject("explanation");
        JsonObject claim = explanation.getJsonArray("readyCompetencies").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("id").equals(taught)).findFirst().orElseThrow();
        assertEquals(ids.stream().sorted().toList(), strings(claim.getJsonArray("statements")).stream().sorted()
                .toList(), claim::toString);
        assertTrue(claim.getJsonNumber("uncertainty").doubleValue() < 0.5, claim::toString);
        assertTrue(claim.getJsonNumber("mastery").doubleValue() < 0.8, claim::toString);
        assertTrue(strings(explanation.getJsonArray("statements")).containsAll(ids), explanation::toString);
        java.util.Set<String> cited = new java.util.TreeSet<>();
        recommendations.forEach(r -> cited.addAll(strings(r.getJsonObject("explanation").getJsonArray("statements"))));
        assertTrue(cited.containsAll(ids));
        for (String id : cited) {
            Reply served = server.lrs().get("statements?statementId=" + id);
            assertEquals(200, served.status(), id + ": " + served.body());
            assertEquals(id, ((JsonObject) served.json()).getString("id"));
        }
    }

    private static List<JsonObject> recommendationsOf(String learner) {
        Reply reply = mentor().get(learnerPath(learner, "recommendations?limit=500"));
        assertEquals(200, reply.status(), reply.body());
        List<JsonObject> list = ((JsonObject) reply.json()).getJsonArray("recommendations")
                .getValuesAs(JsonObject.class);
        assertFalse(list.isEmpty(), reply.body());
        return list;
    }

    @Test
    void recommendationsSpeakTheReadersLanguageWithEveryIriBesideItsLabel() {
        java.util.Map<String, String> teachesIn = java.util.Map.of("en", "Teaches “", "fr", "Enseigne « ",
                "es", "Enseña «", "pt", "Ensina “", "ar", "يعلّم «");
        java.util.Map<String, List<String>> titlesIn = new java.util.HashMap<>();
        java.util.Map<String, String> firstCompetencyIn = new java.util.HashMap<>();
        for (String language : teachesIn.keySet()) {
            Reply reply = mentor().get(learnerPath(Statements.NDEYE, "recommendations"), "Accept-Language",
                    language + "-SN, en;q=0.5");
            assertEquals(200, reply.status(), reply.body());
            assertFalse(reply.body().contains("??"), reply.body());
            JsonObject answer = (JsonObject) reply.json();
            assertEquals(language, answer.getString("language"));
            List<JsonObject> recommendations = answer.getJsonArray("recommendations").getValuesAs(JsonObject.class);
            assertFalse(recommendations.isEmpty(), reply.body());
            titlesIn.put(language, recommendations.stream().map(r -> r.getString("title")).toList());
            for (JsonObject recommendation : recommendations) {
                assertReadable(recommendation.getJsonObject("provider"));
                JsonObject explanation = recommendation.getJsonObject("explanation");
                for (JsonObject ready : explanation.getJsonArray("readyCompetencies").getValuesAs(JsonObject.class)) {
                    assertReadable(ready);
                    assertTrue(ready.getString("sentence").startsWith(teachesIn.get(language)), ready::toString);
                    assertTrue(ready.getString("sentence").contains(ready.getString("label")), ready::toString);
                }
                explanation.getJsonArray("prerequisitesMet").getValuesAs(JsonObject.class)
                        .forEach(PathwaysEndToEndIT::assertReadable);
                assertReadable(explanation.getJsonObject("domainBalance").getJsonObject("domain"));
                for (String note : strings(explanation.getJsonArray("notes"))) {
                    assertFalse(note.contains("http"), note);
                }
                for (JsonObject check : explanation.getJsonArray("constraints").getValuesAs(JsonObject.class)) {
                    assertFalse(check.getString("label").isBlank() || check.getString("reason").isBlank(),
                            check::toString);
                }
            }
            firstCompetencyIn.put(language, recommendations.get(0).getJsonObject("explanation")
                    .getJsonArray("readyCompetencies").getJsonObject(0).getString("label"));
        }
        assertFalse(titlesIn.get("fr").equals(titlesIn.get("en")), titlesIn::toString);
        assertFalse(firstCompetencyIn.get("fr").equals(firstCompetencyIn.get("en")), firstCompetencyIn::toString);
        assertFalse(firstCompetencyIn.get("es").equals(firstCompetencyIn.get("en")), firstCompetencyIn::toString);

        java.util.Map<String, List<String>> frontierIn = new java.util.HashMap<>();
        for (String language : List.of("en", "pt", "ar")) {
            JsonObject pathway = (JsonObject) mentor().get(learnerPath(Statements.NDEYE, "pathway"),
                    "Accept-Language", language).json();
            List<JsonObject> frontier = pathway.getJsonArray("frontier").getValuesAs(JsonObject.class);
            assertFalse(frontier.isEmpty(), pathway::toString);
            frontier.forEach(PathwaysEndToEndIT::assertReadable);
            frontierIn.put(language, frontier.stream().map(c -> c.getString("label")).toList());
            for (JsonObject domain : pathway.getJsonArray("domains").getValuesAs(JsonObject.class)) {
                assertFalse(domain.getString("label").startsWith("http"), domain::toString);
            }
            for (JsonObject experience : pathway.getJsonArray("timeline").getValuesAs(JsonObject.class)) {
                assertFalse(experience.getString("title").startsWith("http"), experience::toString);
                assertReadable(experience.getJsonObject("provider"));
            }
        }
        assertFalse(frontierIn.get("pt").equals(frontierIn.get("en")), frontierIn::toString);
        assertFalse(frontierIn.get("ar").equals(frontierIn.get("en")), frontierIn::toString);
    }

    private static void assertReadable(JsonObject named) {
        assertTrue(named.getString("id").contains(":"), named::toString);
        assertFalse(named.getString("label").isBlank() || named.getString("label").startsWith("http")
                || named.getString("label").startsWith("urn:"), named::toString);
    }

    @Test
    void mentorsPinIsRecordedInTheLrsWithTheMentorAsActorAndComesFirst() {
        String learner = Statements.NDEYE;
        JsonArray before = ((JsonObject) mentor().get(learnerPath(learner, "recommendations")).json())
                .getJsonArray("recommendations");
        assertTrue(before.size() >= 2, before::toString);
        String last = before.getJsonObject(before.size() - 1).getString("opportunity");
        Reply pinned = mentor().post(learnerPath(learner, "pins"),
                Json.createObjectBuilder().add("opportunity", last).build().toString());
        assertEquals(200, pinned.status(), pinned.body());
        String statementId = ((JsonObject) pinned.json()).getString("statement");

        JsonObject recorded = (JsonObject) server.lrs().get("statements?statementId=" + statementId).json();
        assertEquals(LrsAndPathwaysServer.MENTOR, recorded.getJsonObject("actor").getJsonObject("account")
                .getString("name"));
        assertEquals(last, recorded.getJsonObject("object").getString("id"));
        JsonObject after = (JsonObject) mentor().get(learnerPath(learner, "recommendations")).json();
        assertEquals(last, after.getJsonArray("recommendations").getJsonObject(0).getString("opportunity"));
        assertEquals(List.of(last), strings(after.getJsonArray("pinned")));
    }

    @Test
    void pinRankedThirteenthComesFirstAtEveryLimitVetoNeverAppearsAndAPinThatStopsFittingIsListedApart() {
        String near = "{\"languages\":[\"wo\",\"fr\"],\"age\":10,\"maxTravelKm\":12,\"maxCostPerMonth\":12,"
                + "\"location\":{\"latitude\":14.7962,\"longitude\":-16.9301}}";
        assertEquals(200, mentor().put(learnerPath(PINNING, "context"), "application/json", near).status());
        List<String> ranked = recommendedTo(PINNING);
        JsonObject inPersonRows = (JsonObject) mentor().get("sparql?query=" + encode(
                "SELECT ?o WHERE { ?o <https://w3id.org/flourish/ns#modality> <https://w3id.org/flourish/ns#InPerson> }"))
                .json();
        List<String> inPerson = inPersonRows.getJsonObject("results").getJsonArray("bindings")
                .getValuesAs(JsonObject.class).stream().map(row -> row.getJsonObject("o").getString("value")).toList();
        String pin = ranked.stream().skip(12).filter(inPerson::contains).findFirst()
                .orElseThrow(() -> new AssertionError("no in-person opportunity ranked 13th or lower: " + ranked));
        String veto = ranked.get(0);
        assertEquals(200, mentor().post(learnerPath(PINNING, "pins"), opportunityJson(pin)).status());
        assertEquals(200, mentor().post(learnerPath(PINNING, "vetoes"), opportunityJson(veto)).status());

        for (int limit : List.of(1, 3, 20, 500)) {
            List<String> shown = recommendedTo(PINNING, limit);
            assertEquals(pin, shown.get(0), "limit " + limit);
            assertFalse(shown.contains(veto), "limit " + limit + ": the vetoed one is shown");
            assertEquals(1, shown.stream().filter(pin::equals).count(), "limit " + limit);
        }

        String tooFar = near.replace("\"maxTravelKm\":12", "\"maxTravelKm\":0");
        assertEquals(200, mentor().put(learnerPath(PINNING, "context"), "application/json", tooFar).status());
        JsonObject after = (JsonObject) mentor().get(learnerPath(PINNING, "recommendations?limit=3")).json();
        assertFalse(after.getJsonArray("recommendations").getValuesAs(JsonObject.class).stream()
                .anyMatch(recommendation -> recommendation.getString("opportunity").equals(pin)), after::toString);
        JsonObject notFitting = after.getJsonArray("pinnedNoLongerFitting").getJsonObject(0);
        assertEquals(pin, notFitting.getString("opportunity"), after::toString);
        assertEquals("distance", notFitting.getJsonArray("brokenConstraints").getJsonObject(0)
                .getString("constraint"), after::toString);

        assertEquals(200, mentor().put(learnerPath(PINNING, "context"), "application/json", near).status());
        assertEquals(pin, recommendedTo(PINNING, 1).get(0), "fitting again, the pin is first again");
    }

    @Test
    void mentorActionsNamingUnknownOrMalformedReferencesAre400AndNothingReachesTheLrs() {
        assertEquals(200, mentor().put(learnerPath(REFUSED, "context"), "application/json", inPersonNearThies("5"))
                .status());
        String newestBefore = newestStatementInTheLrs();
        String unknownOpportunity = "https://w3id.org/flourish/samples/thies/opportunity/no-such-opportunity";
        String unknownCompetency = "https://w3id.org/flourish/samples/foundations/LIT-99";
        List<Reply> refused = List.of(
                mentor().post(learnerPath(REFUSED, "pins"), opportunityJson(unknownOpportunity)),
                mentor().post(learnerPath(REFUSED, "vetoes"), opportunityJson(unknownOpportunity)),
                mentor().post(learnerPath(REFUSED, "vetoes"), opportunityJson("the one near the mosque")),
                mentor().put(learnerPath(REFUSED, "goals"), "application/json",
                        "[{\"competency\":\"" + unknownCompetency + "\",\"targetMastery\":0.8}]"),
                mentor().put(learnerPath(REFUSED, "goals"), "application/json", "[{\"competency\":\"LIT-05\"}]"),
                mentor().put(learnerPath(REFUSED, "goals"), "application/json", "[{\"competency\":5}]"));
        List<String> named = List.of(unknownOpportunity, unknownOpportunity, "'the one near the mosque' is not an IRI",
                unknownCompetency, "'LIT-05' is not an IRI", "competency IRI");
        for (int i = 0; i < refused.size(); i++) {
            Reply reply = refused.get(i);
            assertEquals(400, reply.status(), reply.body());
            assertTrue(((JsonObject) reply.json()).getJsonObject("error").getString("message").contains(named.get(i)),
                    reply.body());
        }
        assertEquals(newestBefore, newestStatementInTheLrs(), "the LRS holds no new statement");
        JsonObject recommendations = (JsonObject) mentor().get(learnerPath(REFUSED, "recommendations")).json();
        assertEquals(0, recommendations.getJsonArray("pinned").size() + recommendations.getJsonArray("vetoed").size()
                + recommendations.getJsonArray("goals").size(), recommendations::toString);
    }

    private static String newestStatementInTheLrs() {
        JsonArray newest = ((JsonObject) server.lrs().get("statements?limit=1").json()).getJsonArray("statements");
        return newest.isEmpty() ? "" : newest.getJsonObject(0).getString("id");
    }

    private static String opportunityJson(String iri) {
        return Json.createObjectBuilder().add("opportunity", iri).build().toString();
    }

    @Test
    void timelineNamesTheProviderTheLrsKnowsNeverItsCredentialKey() {
        JsonObject provider = (JsonObject) server.lrsAdmin().post("providers",
                "{\"name\":\"Sunrise Primary School\",\"homepage\":\"https://sunrise.example.org\"}").json();
        JsonObject credential = (JsonObject) server.lrsAdmin().post("providers/" + provider.getInt("id")
                + "/credentials", "{\"scopes\":[\"statements/write\"]}").json();
        HttpCaller sunrise = HttpCaller.at(server.root().resolve("flourish-lrs/xapi/")).xapi()
                .as(credential.getString("key"), credential.getString("secret"));
        String outsideCatalogue = "https://sunrise.example.org/activities/reading-circle";
        for (String activity : List.of(outsideCatalogue, MEMORISATION)) {
            JsonObject statement = Json.createObjectBuilder(masteredMemorisation(UUID.randomUUID().toString()))
                    .add("actor", Json.createObjectBuilder().add("mbox", "mailto:aminata@sunrise.example.org"))
                    .add("object", Json.createObjectBuilder().add("id", activity)).build();
            Reply stored = sunrise.post("statements", statement.toString());
            assertEquals(200, stored.status(), stored.body());
        }
        awaitTrue(() -> timelineOf(SUNRISE_PUPIL).size() == 2, "the engine read both statements");

        Reply pathway = mentor().get(learnerPath(SUNRISE_PUPIL, "pathway"));
        assertFalse(pathway.body().contains(credential.getString("key")), pathway.body());
        for (JsonObject experience : timelineOf(SUNRISE_PUPIL)) {
            JsonObject recordedBy = experience.getJsonObject("recordedBy");
            assertEquals("Sunrise Primary School", recordedBy.getString("label"), experience::toString);
            assertEquals("https://sunrise.example.org", recordedBy.getString("id"), experience::toString);
            JsonObject offeredBy = experience.getJsonObject("provider");
            if (experience.getString("activity").equals(outsideCatalogue)) {
                assertEquals(recordedBy, offeredBy, experience::toString);
            } else {
                assertTrue(offeredBy.getString("id").startsWith("https://w3id.org/flourish/samples/thies/"),
                        experience::toString);
                assertFalse(offeredBy.getString("label").contains("/"), experience::toString);
            }
        }
    }

    @Test
    void statementVoidedInTheLrsIsForgottenByTheEngine() {
        String learner = "mbox:mailto:voided@example.org";
        String id = UUID.randomUUID().toString();
        JsonObject statement = Json.createObjectBuilder(masteredMemorisation(id))
                .add("actor", Json.createObjectBuilder().add("mbox", "mailto:voided@example.org")).build();
        assertEquals(200, server.lrs().post("statements", statement.toString()).status());
        awaitTrue(() -> timelineOf(learner).size() == 1, "the engine read the statement");
        JsonObject voiding = Json.createObjectBuilder().add("id", UUID.randomUUID().toString())
                .add("actor", Json.createObjectBuilder().add("mbox", "mailto:teacher@example.org"))
                .add("verb", Json.createObjectBuilder().add("id", "http://adlnet.gov/expapi/verbs/voided")
                        .add("display", Json.createObjectBuilder().add("en", "voided")))
                .add("object", Json.createObjectBuilder().add("objectType", "StatementRef").add("id", id)).build();
        Reply voided = server.lrs().post("statements", voiding.toString());
        assertEquals(200, voided.status(), voided.body());
        awaitTrue(() -> timelineOf(learner).isEmpty(), "the engine forgot the voided statement");
    }

    @Test
    void pushedStatementsAreAppliedAtOnceAndCountOnce() {
        String learner = "mbox:mailto:pushed@example.org";
        JsonObject statement = Json.createObjectBuilder(Statements.fixture("passed-reading-quiz.json"))
                .add("id", UUID.randomUUID().toString())
                .add("actor", Json.createObjectBuilder().add("mbox", "mailto:pushed@example.org")).build();
        HttpCaller forwarder = server.pathways(LrsAndPathwaysServer.FORWARDER);
        assertEquals(1, ((JsonObject) forwarder.post("statements", statement.toString()).json()).getInt("kept"));
        assertEquals(1, ((JsonObject) forwarder.post("statements", "[" + statement + "]").json())
                .getInt("already_kept"));
        assertEquals(1, timelineOf(learner).size());
    }

    @Test
    void evidenceFromASchoolAndAnNgoUnderTwoIdentifiersIsOneLearnerOnceLinked() {
        String school = "account:https://school.example|TH-0142";
        String ngo = "mbox:mailto:awa@ngo.example";
        HttpCaller coordinator = server.pathways(LrsAndPathwaysServer.COORDINATOR);
        Reply linked = coordinator.put(learnerPath(school, "links/" + encodeSegment(ngo)), "text/plain", "");
        assertEquals(204, linked.status(), linked.body());
        Reply assigned = coordinator.put(learnerPath(ngo, "mentors/" + LrsAndPathwaysServer.MENTOR), "text/plain",
                "");
        assertEquals(204, assigned.status(), assigned.body());
        Reply chain = coordinator.put(learnerPath(ngo, "links/" + encodeSegment("mbox:mailto:x@example.org")),
                "text/plain", "");
        assertEquals(400, chain.status(), chain.body());
        assertTrue(chain.body().contains("is itself an alias of " + school), chain.body());

        String atSchool = UUID.randomUUID().toString();
        String atNgo = UUID.randomUUID().toString();
        JsonObject bySchool = Json.createObjectBuilder(masteredMemorisation(atSchool)).add("actor",
                Json.createObjectBuilder().add("account", Json.createObjectBuilder()
                        .add("homePage", "https://school.example").add("name", "TH-0142"))).build();
        JsonObject byNgo = Json.createObjectBuilder(masteredMemorisation(atNgo)).add("actor",
                Json.createObjectBuilder().add("mbox", "mailto:awa@ngo.example")).build();
        for (JsonObject statement : List.of(bySchool, byNgo)) {
            Reply stored = server.lrs().post("statements", statement.toString());
            assertEquals(200, stored.status(), stored.body());
        }
        awaitTrue(() -> timelineOf(ngo).size() == 2, "both providers' statements reach the one learner");
        Reply pathway = mentor().get(learnerPath(ngo, "pathway"));
        assertEquals(school, ((JsonObject) pathway.json()).getString("learner"));
        assertEquals(java.util.Set.of(atSchool, atNgo), java.util.Set.copyOf(timelineOf(school).stream()
                .map(experience -> experience.getString("statement")).toList()));
        JsonObject links = (JsonObject) coordinator.get(learnerPath(ngo, "links")).json();
        assertEquals(school, links.getString("learner"));
        assertEquals(List.of(ngo), strings(links.getJsonArray("aliases")));
    }

    @Test
    void sparqlAnswersOverTheCatalogueButNeverOverLearnerData() {
        HttpCaller coordinator = server.pathways(LrsAndPathwaysServer.COORDINATOR);
        JsonObject count = (JsonObject) coordinator.get("sparql?query=" + encode(
                "SELECT (COUNT(?o) AS ?n) WHERE { ?o a <https://w3id.org/flourish/ns#LearningOpportunity> }")).json();
        assertTrue(Integer.parseInt(count.getJsonObject("results").getJsonArray("bindings").getJsonObject(0)
                .getJsonObject("n").getString("value")) >= 300);
        JsonObject learnerData = (JsonObject) coordinator.get("sparql?query=" + encode(
                "SELECT ?s WHERE { { ?s <https://w3id.org/flourish/engine#json> ?j } UNION "
                        + "{ GRAPH ?g { ?s ?p ?o } } }")).json();
        assertEquals(0, learnerData.getJsonObject("results").getJsonArray("bindings").size());
        assertEquals(400, coordinator.get("sparql?query=" + encode("DELETE WHERE { ?s ?p ?o }")).status());
        Reply federated = coordinator.get("sparql?query=" + encode(
                "SELECT * WHERE { SERVICE <" + server.root() + "pathways/api/sparql> { ?s ?p ?o } }"));
        assertEquals(400, federated.status(), federated.body());
    }

    @Test
    void coordinatorSeesTotalsAndTheOpenApiDocumentDescribesTheApi() {
        Reply totals = server.pathways(LrsAndPathwaysServer.COORDINATOR).get("aggregates");
        assertEquals(200, totals.status(), totals.body());
        assertTrue(((JsonObject) totals.json()).containsKey("learners"));
        assertEquals(403, mentor().get("aggregates").status());
        Reply openApi = HttpCaller.at(server.root()).get("openapi");
        assertEquals(200, openApi.status());
        assertTrue(openApi.body().contains("/api/learners/{key}/recommendations"), openApi.body());
        assertTrue(openApi.body().contains("/api/learners/{key}/context"), openApi.body());
        assertTrue(openApi.body().contains("/api/learners/{key}/mentors/{mentor}"), openApi.body());
        assertTrue(openApi.body().contains("/api/learners/{key}/links/{alias}"), openApi.body());
    }

    @Test
    void catalogueUploadThatBreaksTheShapesIsRefusedWithTheResults() {
        Reply refused = server.pathways(LrsAndPathwaysServer.COORDINATOR).put("shared/catalogue", "text/turtle",
                "<https://example.org/o/1> a <https://w3id.org/flourish/ns#LearningOpportunity> .");
        assertEquals(400, refused.status(), refused.body());
        assertTrue(refused.body().contains("https://example.org/o/1"), refused.body());
        assertEquals(403, mentor().put("shared/catalogue", "text/turtle", "").status());
    }

    private static JsonObject masteredMemorisation(String id) {
        return Json.createObjectBuilder().add("id", id)
                .add("actor", Json.createObjectBuilder().add("mbox", "mailto:ibrahima.fall@example.sn"))
                .add("verb", Json.createObjectBuilder().add("id", "http://adlnet.gov/expapi/verbs/mastered")
                        .add("display", Json.createObjectBuilder().add("en", "mastered")))
                .add("object", Json.createObjectBuilder().add("id", MEMORISATION))
                .add("result", Json.createObjectBuilder().add("success", true)
                        .add("score", Json.createObjectBuilder().add("scaled", 0.95))).build();
    }

    private static List<JsonObject> timelineOf(String learner) {
        Reply reply = mentor().get(learnerPath(learner, "pathway"));
        assertEquals(200, reply.status(), reply.body());
        return ((JsonObject) reply.json()).getJsonArray("timeline").getValuesAs(JsonObject.class);
    }

    private static JsonObject recommendationOf(String activity) {
        String opportunity = "https://w3id.org/flourish/samples/thies/opportunity/"
                + activity.substring(activity.lastIndexOf('/') + 1);
        Reply reply = mentor().get(learnerPath(IBRAHIMA, "recommendations"));
        assertEquals(200, reply.status(), reply.body());
        return ((JsonObject) reply.json()).getJsonArray("recommendations").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("opportunity").equals(opportunity)).findFirst()
                .orElseThrow(() -> new AssertionError(opportunity + " not recommended: " + reply.body()));
    }

    private static List<String> readyCompetenciesOf(String activity) {
        return ids(recommendationOf(activity).getJsonObject("explanation").getJsonArray("readyCompetencies"));
    }

    private static List<String> ids(JsonArray named) {
        return named.getValuesAs(JsonObject.class).stream().map(object -> object.getString("id")).toList();
    }

    private static List<String> strings(JsonArray array) {
        return array.getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString)
                .toList();
    }

    private static String encodeSegment(String key) {
        return URLEncoder.encode(key, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String encode(String query) {
        return URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    private static void awaitTrue(BooleanSupplier condition, String what) {
        Instant deadline = Instant.now().plus(PROPAGATION);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not within " + PROPAGATION + ": " + what);
            }
            LrsAndPathwaysServer.sleep(Duration.ofMillis(100));
        }
    }
}
