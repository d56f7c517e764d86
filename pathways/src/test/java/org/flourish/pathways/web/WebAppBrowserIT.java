package org.flourish.pathways.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.BooleanSupplier;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.flourish.pathways.testing.Browser;
import org.flourish.pathways.testing.HttpCaller.Reply;
import org.flourish.pathways.testing.LrsAndPathwaysServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The web app in headless Chromium against the real server (LRS and engine in one Payara Micro, the LRS on
 * PostgreSQL, the sample record loaded): each role signs in and does its work as a person would, every page is
 * checked by axe-core (WCAG 2.1 A and AA) and photographed under {@code target/screenshots}. Each test works on its
 * own sample learner, so that no test depends on another's changes.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebAppBrowserIT {

    private static final String SAMPLES = "account:https://w3id.org/flourish/samples/thies/enrolment|";
    private static final String AMINATA = SAMPLES + "TH-2026-0217";
    private static final String MOUSSA = SAMPLES + "TH-2026-0388";
    private static final String MAMADOU = SAMPLES + "MB-2026-0410";
    private static final String KHADY = SAMPLES + "TH-2026-0533";
    private static final String IBRAHIMA = "mbox:mailto:ibrahima.fall@example.sn";
    private static final String BABACAR = "mbox:mailto:babacar.mbaye@example.sn";
    private static final String FATOU = "mbox:mailto:fatou.sarr@example.sn";
    private static final String OTHER_MENTOR = "mentor2";
    private static final String PASSWORD = LrsAndPathwaysServer.PASSWORD;
    private static final int SAMPLE_STATEMENTS = 219;

    private static LrsAndPathwaysServer server;
    private static URI app;
    private static Path tdb2;
    /** Set by the erasure test: the engine's store is then searched for the child once the server has stopped. */
    private static volatile boolean fatouErased;

    @BeforeAll
    static void start() throws IOException {
        server = LrsAndPathwaysServer.start(Map.of("FLOURISH_SAMPLES", "true", "FLOURISH_PATHWAYS_USERS",
                "mentor:" + PASSWORD + ":mentor," + OTHER_MENTOR + ":" + PASSWORD + ":mentor,coordinator:" + PASSWORD
                        + ":coordinator,forwarder:" + PASSWORD + ":forwarder"));
        app = server.root().resolve("pathways/");
        tdb2 = Path.of(System.getProperty("flourish.it.dir", "target/it"), "data", "pathways", "tdb2");
        await("the engine read the sample record", () -> statementsInEngine() >= SAMPLE_STATEMENTS);
        for (String learner : List.of(AMINATA, MOUSSA, MAMADOU, IBRAHIMA, BABACAR)) {
            Reply assigned = server.pathways(LrsAndPathwaysServer.COORDINATOR)
                    .put("learners/" + segment(learner) + "/mentors/mentor", "text/plain", "");
            assertEquals(204, assigned.status(), assigned.body());
        }
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        if (fatouErased) {
            String dump = dumpOfTheEnginesStore();
            for (String trace : List.of("fatou.sarr", "Fatou Sarr", "Fatou")) {
                assertFalse(dump.contains(trace), "the engine's store still holds " + trace);
            }
        }
    }

    /** Every quad of the engine's TDB2 store, as N-Quads: readable once the server has let go of it. */
    private static String dumpOfTheEnginesStore() {
        Dataset dataset = TDB2Factory.connectDataset(tdb2.toString());
        try {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            Txn.executeRead(dataset, () -> RDFDataMgr.write(out, dataset, Lang.NQUADS));
            return out.toString(StandardCharsets.UTF_8);
        } finally {
            dataset.close();
        }
    }

    @Test
    void eachRoleSignsInAndStartsOnItsOwnPage() throws IOException {
        try (Browser browser = Browser.open(app)) {
            browser.signIn("mentor", PASSWORD);
            assertEquals("/pathways/learners", browser.path());
            assertTrue(browser.text().contains("Aminata Diop"), browser.text());
            checked(browser, "mentor-learners");
            browser.signOut().signIn(LrsAndPathwaysServer.COORDINATOR, PASSWORD);
            assertEquals("/pathways/coordinator/learners", browser.path());
            checked(browser, "coordinator-learners");
            browser.signOut().signIn(LrsAndPathwaysServer.ADMIN, LrsAndPathwaysServer.ADMIN_PASSWORD);
            assertEquals("/pathways/accounts", browser.path());
            checked(browser, "accounts");
            browser.signOut();
            assertEquals("/pathways/sign-in", browser.path());
            checked(browser, "sign-in");
        }
    }

    @Test
    void signingInWorksWithTheKeyboardAlone() throws IOException {
        try (Browser browser = Browser.open(app)) {
            browser.go("sign-in");
            WebElement body = browser.find("body");
            body.sendKeys(Keys.TAB);
            // The skip link comes first, then the header's controls; tab until the user name field has focus.
            for (int i = 0; i < 20 && !"username".equals(browser.script("return document.activeElement.id")); i++) {
                browser.driver().switchTo().activeElement().sendKeys(Keys.TAB);
            }
            assertEquals("username", browser.script("return document.activeElement.id"));
            browser.driver().switchTo().activeElement().sendKeys("mentor", Keys.TAB, PASSWORD, Keys.ENTER);
            browser.waitUntil(driver -> driver.getCurrentUrl().endsWith("/learners"));
        }
    }

    @Test
    void mentorPinsAndVetoesAndTheListOfNextStepsChanges() throws IOException {
        try (Browser browser = Browser.open(app)) {
            browser.signIn("mentor", PASSWORD).go(learnerPage(AMINATA));
            checked(browser, "learner");
            List<String> before = cardTitles(browser);
            assertTrue(before.size() >= 3, "Aminata has recommendations: " + before);
            String third = before.get(2);
            browser.submit(browser.all(".cards > li").get(2).findElement(By.cssSelector("form[action$='/pins'] button")));
            assertTrue(browser.text().contains("Pinned: " + third), browser.text());
            assertEquals(third, cardTitles(browser).get(0), "the pinned opportunity comes first");
            assertTrue(browser.find(".cards > li").getAttribute("class").contains("pinned"));

            WebElement second = browser.all(".cards > li").get(1);
            String vetoed = cardTitles(browser).get(1);
            second.findElement(By.cssSelector("details.veto summary")).click();
            new Select(second.findElement(By.cssSelector("select[name=reason]"))).selectByValue("tooFar");
            second.findElement(By.cssSelector("input[name=note]")).sendKeys("the road floods");
            browser.submit(second.findElement(By.cssSelector("details.veto button[type=submit]")));
            assertTrue(browser.text().contains("Vetoed: " + vetoed + " (Too far for the child)"), browser.text());
            assertFalse(cardTitles(browser).contains(vetoed), "a vetoed opportunity is no longer proposed");
            assertTrue(browser.find(".vetoed").getText().contains(vetoed));
            checked(browser, "learner-after-pin-and-veto");
        }
    }

    @Test
    void mentorRecordsAnObservationAndTheChildsMasteryMoves() throws IOException {
        try (Browser browser = Browser.open(app)) {
            browser.signIn("mentor", PASSWORD).go(learnerPage(MOUSSA));
            String before = domainNumbers(browser, "Numeracy and mathematics");
            new Select(browser.field("observed-competency")).selectByVisibleText("Counts aloud to 10");
            browser.find("input[name=shown][value=yes]").click();
            browser.field("observed-note").sendKeys("Counted the goats at the market without help.");
            browser.submit(browser.find("form[action$='/observations'] button[type=submit]"));
            assertTrue(browser.text().contains("Observation recorded: Counts aloud to 10."), browser.text());
            String after = domainNumbers(browser, "Numeracy and mathematics");
            assertNotEquals(before, after, "the observation moved the domain's mastery");
            assertTrue(browser.text().contains("Counts aloud to 10"), "the competency now has evidence");
            assertTrue(browser.find(".timeline").getText().contains("a mentor's observation"));
            checked(browser, "learner-after-observation");
        }
    }

    @Test
    void mentorEditsTheContextSeesAMessagePerWrongFieldAndARecommendationLeaveWithItsReason() throws IOException {
        try (Browser browser = Browser.open(app)) {
            browser.signIn("mentor", PASSWORD).go(learnerPage(MAMADOU));
            List<String> before = cardTitles(browser);
            browser.submit(browser.find("a[href$='/context']"));
            checked(browser, "context");
            browser.field("maxTravelKm").clear();
            browser.field("maxTravelKm").sendKeys("-1");
            browser.field("languages").clear();
            browser.submit(browser.find("form.stack button[type=submit]"));
            assertEquals("The distance is a number of kilometres, 0 or more.",
                    browser.field("maxTravelKm-error").getText());
            assertEquals("Give at least one language code, such as wo or fr.",
                    browser.field("languages-error").getText());
            assertEquals("true", browser.field("maxTravelKm").getAttribute("aria-invalid"));
            checked(browser, "context-with-errors");

            browser.field("languages").sendKeys("wo, fr");
            browser.field("maxTravelKm").clear();
            browser.field("maxTravelKm").sendKeys("0.5");
            browser.submit(browser.find("form.stack button[type=submit]"));
            assertEquals(learnerPage(MAMADOU), browser.path().replaceFirst("^/pathways/", ""));
            String notice = browser.find(".notice").getText();
            assertTrue(notice.contains("The context is saved."), notice);
            assertTrue(notice.contains("No longer recommended:") && notice.contains("farther than the 0.5 km the "
                    + "child can travel"), notice);
            List<String> after = cardTitles(browser);
            String gone = before.stream().filter(title -> notice.contains("No longer recommended: " + title))
                    .findFirst().orElseThrow(() -> new AssertionError("no title of " + before + " in " + notice));
            assertFalse(after.contains(gone), gone + " is no longer among " + after);
            checked(browser, "learner-after-context");
        }
    }

    @Test
    void coordinatorAssignsAMentorAndLinksTwoKeysOfOneChild() throws IOException {
        String ngoKey = "mbox:mailto:khady.diouf@ngo.example.org";
        Reply posted = server.lrs().post("statements", "{\"actor\":{\"mbox\":\"mailto:khady.diouf@ngo.example.org\","
                + "\"name\":\"Khady Diouf (NGO)\"},\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/attended\"},"
                + "\"object\":{\"id\":\"https://w3id.org/flourish/samples/thies/activity/radio-compter-wolof\"}}");
        assertEquals(200, posted.status(), posted.body());
        await("the engine read the NGO's statement", () -> statementsInEngine() >= SAMPLE_STATEMENTS + 1);
        try (Browser browser = Browser.open(app)) {
            browser.signIn(LrsAndPathwaysServer.COORDINATOR, PASSWORD).go("coordinator/learners?without=1");
            WebElement row = rowOf(browser, "Khady Diouf");
            new Select(row.findElement(By.cssSelector("select[name=mentor]"))).selectByValue(OTHER_MENTOR);
            browser.submit(row.findElement(By.cssSelector("form[action$='/mentors'] button")));
            assertTrue(browser.text().contains(OTHER_MENTOR + " is now a mentor of Khady Diouf."), browser.text());
            assertTrue(server.pathways(LrsAndPathwaysServer.COORDINATOR).get("learners/" + segment(KHADY)
                    + "/mentors").body().contains(OTHER_MENTOR));

            browser.go("coordinator/links");
            browser.field("first").sendKeys("khady");
            browser.field("second").sendKeys("ngo.example");
            browser.submit(browser.find("form[role=search] button"));
            checked(browser, "coordinator-links");
            List<WebElement> canonical = browser.all("input[name=canonical]");
            List<WebElement> alias = browser.all("input[name=alias]");
            // Linking a record to itself is refused with its reason.
            browser.all("input[name=canonical]").stream().filter(input -> labelOf(input).contains("ngo.example"))
                    .findFirst().orElseThrow().click();
            alias.get(0).click();
            browser.submit(browser.find("form[method=post] button.primary"));
            assertTrue(browser.text().contains("A record cannot be linked to itself."), browser.text());

            browser.all("input[name=canonical]").stream().filter(input -> labelOf(input).contains("TH-2026-0533"))
                    .findFirst().orElseThrow().click();
            browser.all("input[name=alias]").get(0).click();
            browser.submit(browser.find("form[method=post] button.primary"));
            assertTrue(browser.text().contains("is now linked to Khady Diouf"), browser.text());
            JsonObject links = (JsonObject) server.pathways(LrsAndPathwaysServer.COORDINATOR)
                    .get("learners/" + segment(ngoKey) + "/links").json();
            assertEquals(KHADY, links.getString("learner"));
            assertEquals(List.of(ngoKey), links.getJsonArray("aliases").getValuesAs(jakarta.json.JsonString.class)
                    .stream().map(jakarta.json.JsonString::getString).toList());
            assertTrue(canonical.size() >= 1);
            checked(browser, "coordinator-links-after");
        }
    }

    @Test
    void adminErasesAChildAndNothingOfTheChildRemainsInEitherModule() throws IOException {
        assertFalse(lrsStatementsAbout("fatou.sarr@example.sn").isEmpty(), "the sample record has Fatou's statements");
        assertEquals(204, server.pathways(LrsAndPathwaysServer.COORDINATOR).put("learners/" + segment(FATOU)
                + "/mentors/" + OTHER_MENTOR, "text/plain", "").status());
        try (Browser browser = Browser.open(app)) {
            browser.signIn(OTHER_MENTOR, PASSWORD).go(learnerPage(FATOU));
            assertEquals("Fatou Sarr", browser.find("h1").getText());
            browser.signOut().signIn(LrsAndPathwaysServer.ADMIN, LrsAndPathwaysServer.ADMIN_PASSWORD).go("admin/audit");
            assertTrue(rowOf(browser, "Fatou Sarr").getText().contains(OTHER_MENTOR), "the view was recorded");
            browser.go("admin/erasure");
            browser.field("q").sendKeys("Fatou");
            browser.submit(browser.find("form[role=search] button"));
            browser.submit(browser.find("main ul.plain a"));
            String plan = browser.text();
            assertTrue(plan.contains("Erase Fatou Sarr?") && plan.contains("fatou.sarr@example.sn")
                    && plan.contains("statements kept as evidence"), plan);
            checked(browser, "admin-erasure-confirm");
            browser.find("input[name=confirm]").click();
            browser.submit(browser.find("form[method=post] button.primary"));
            assertTrue(browser.text().contains("Fatou Sarr is erased"), browser.text());

            assertEquals(List.of(), lrsStatementsAbout("fatou.sarr@example.sn"), "nothing left in the LRS");
            fatouErased = true;
            browser.signOut().signIn(LrsAndPathwaysServer.COORDINATOR, PASSWORD).go("coordinator/learners");
            assertFalse(browser.text().contains("Fatou"), browser.text());
            Reply pathway = server.pathways(LrsAndPathwaysServer.COORDINATOR).get("learners/" + segment(FATOU)
                    + "/mentors");
            assertEquals("{\"mentors\":[]}", pathway.body());
            browser.signOut().signIn(LrsAndPathwaysServer.ADMIN, LrsAndPathwaysServer.ADMIN_PASSWORD).go("admin/audit");
            assertFalse(browser.text().contains("Fatou"), browser.text());
            assertTrue(rowOf(browser, "an erased learner").getText().contains(OTHER_MENTOR), "who looked stays");
            browser.signOut().signIn(OTHER_MENTOR, PASSWORD).go(learnerPage(FATOU));
            assertTrue(browser.text().contains("This learner is not assigned to you."), browser.text());
        }
    }

    @Test
    void aMentorTypingTheAddressOfAnotherMentorsLearnerGetsARefusalPage() throws IOException {
        try (Browser browser = Browser.open(app)) {
            browser.signIn(OTHER_MENTOR, PASSWORD).go(learnerPage(AMINATA));
            assertTrue(browser.text().contains("This learner is not assigned to you."), browser.text());
            assertFalse(browser.text().contains("Aminata"), "no data of the child is shown");
            checked(browser, "refusal");
            browser.go("admin/audit");
            assertTrue(browser.text().contains("Your role does not give access to this page."));
        }
    }

    @Test
    void aFormPostedWithoutItsCsrfTokenIsRefused() throws IOException {
        try (Browser browser = Browser.open(app)) {
            browser.signIn("mentor", PASSWORD).go(learnerPage(IBRAHIMA));
            List<String> before = cardTitles(browser);
            assertFalse(before.isEmpty(), browser.text());
            browser.script("document.querySelectorAll('form[action$=\"/pins\"] input[name=_csrf]')"
                    + ".forEach(function (input) { input.remove(); });");
            browser.submit(browser.find(".cards form[action$='/pins'] button"));
            assertTrue(browser.text().contains("This form expired or did not come from this site."), browser.text());
            browser.go(learnerPage(IBRAHIMA));
            assertEquals(before, cardTitles(browser), "nothing was pinned");
            assertFalse(browser.text().contains("Pinned"), browser.text());
        }
    }

    @Test
    void anAccountMadeInTheAppChangesItsPasswordAndOnceDisabledCannotSignIn() throws IOException {
        try (Browser browser = Browser.open(app)) {
            browser.signIn(LrsAndPathwaysServer.ADMIN, LrsAndPathwaysServer.ADMIN_PASSWORD).go("accounts");
            browser.field("account-name").sendKeys("mentor3");
            browser.submit(browser.find("form[action$='/accounts'] button"));
            String notice = browser.find(".notice").getText();
            String password = notice.replaceAll("(?s).*Password: (\\S+) .*", "$1");
            assertTrue(notice.contains("The account mentor3 is created."), notice);

            browser.signOut().signIn("mentor3", password).go("account");
            browser.field("current").sendKeys(password);
            browser.field("new").sendKeys("a new password of mine");
            browser.field("repeat").sendKeys("a new password of mine");
            browser.submit(browser.find("form[action$='/account/password'] button"));
            assertTrue(browser.text().contains("Your password is changed."), browser.text());
            browser.signOut().signIn("mentor3", password);
            assertEquals("/pathways/sign-in", browser.path(), "the old password no longer works");
            browser.signIn("mentor3", "a new password of mine");
            assertEquals("/pathways/learners", browser.path());

            browser.signOut().signIn(LrsAndPathwaysServer.ADMIN, LrsAndPathwaysServer.ADMIN_PASSWORD).go("accounts");
            WebElement row = rowOf(browser, "mentor3");
            browser.submit(row.findElement(By.cssSelector("form[action$='/enabled'] button")));
            assertTrue(browser.text().contains("mentor3 can no longer sign in."), browser.text());
            browser.signOut().signIn("mentor3", "a new password of mine");
            assertTrue(browser.text().contains("The user name or password is wrong, or the account is disabled."),
                    browser.text());
            assertEquals("/pathways/sign-in", browser.path());
            checked(browser, "sign-in-refused");
        }
    }

    @Test
    void withJavaScriptTurnedOffAMentorStillSignsInPinsAndChangesLanguage() throws IOException {
        try (Browser browser = Browser.withoutJavaScript(app)) {
            browser.signIn("mentor", PASSWORD).go(learnerPage(MOUSSA));
            assertEquals("Moussa Ndiaye", browser.find("h1").getText());
            List<String> titles = cardTitles(browser);
            assertFalse(titles.isEmpty(), browser.text());
            browser.submit(browser.find(".cards form[action$='/pins'] button"));
            assertTrue(browser.text().contains("Pinned: " + titles.get(0)), browser.text());
            new Select(browser.field("language-choice")).selectByValue("es");
            browser.submit(browser.find("form.language button"));
            assertEquals("es", browser.find("html").getAttribute("lang"));
            assertEquals("Quién es", browser.field("who").getText());
            new Select(browser.field("language-choice")).selectByValue("en");
            browser.submit(browser.find("form.language button"));
        }
    }

    @Test
    void aCoordinatorSeesTheShapesProblemsOfAnUploadByNodeAndNothingChanges() throws IOException {
        Path file = Path.of("src/test/resources/org/flourish/pathways/uploads/catalogue-without-provider.ttl")
                .toAbsolutePath();
        try (Browser browser = Browser.open(app)) {
            browser.signIn(LrsAndPathwaysServer.COORDINATOR, PASSWORD).go("coordinator/uploads");
            browser.find("input[name=graph][value=catalogue]").click();
            browser.field("file").sendKeys(file.toString());
            browser.submit(browser.find("form[enctype] button[type=submit]"));
            assertTrue(browser.text().contains("The file does not conform to the Flourish shapes. Nothing was changed."),
                    browser.text());
            assertFalse(browser.all("table.problems tbody tr").isEmpty(), "the problems are listed by node");
            checked(browser, "coordinator-upload-refused");
        }
    }

    @Test
    void anAdminAddsAProviderAndSeesItsNewSecretOnceOnly() throws IOException {
        try (Browser browser = Browser.open(app)) {
            browser.signIn(LrsAndPathwaysServer.ADMIN, LrsAndPathwaysServer.ADMIN_PASSWORD).go("admin/providers");
            browser.field("provider-name").sendKeys("Radio Ndef Leng");
            browser.field("provider-homepage").sendKeys("https://ndefleng.example.org");
            browser.submit(browser.find("form[action$='/admin/providers'] button"));
            assertTrue(browser.text().contains("The provider Radio Ndef Leng is added."), browser.text());
            WebElement section = browser.all("main section.card").stream()
                    .filter(s -> s.getText().contains("Radio Ndef Leng")).findFirst().orElseThrow();
            section.findElement(By.cssSelector("input[value='statements/write']")).click();
            browser.submit(section.findElement(By.cssSelector("form[action$='/credentials'] button")));
            String notice = browser.find(".notice").getText();
            String secret = notice.replaceAll("(?s).*Secret: (\\S+).*", "$1");
            assertTrue(notice.contains("A new credential is issued.") && secret.length() > 10, notice);
            browser.go("admin/providers");
            assertFalse(browser.driver().getPageSource().contains(secret), "the secret is shown once only");
            assertTrue(browser.text().contains("statements/write"));
        }
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteAndSecureBehindHttps() throws IOException, InterruptedException {
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        java.net.http.HttpResponse<Void> plain = http.send(java.net.http.HttpRequest.newBuilder(
                app.resolve("sign-in")).build(), java.net.http.HttpResponse.BodyHandlers.discarding());
        String cookie = plain.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(cookie.startsWith("flourish_session=") && cookie.contains("HttpOnly")
                && cookie.contains("SameSite=Lax") && !cookie.contains("Secure"), cookie);
        java.net.http.HttpResponse<Void> proxied = http.send(java.net.http.HttpRequest.newBuilder(
                app.resolve("sign-in")).header("X-Forwarded-Proto", "https").build(),
                java.net.http.HttpResponse.BodyHandlers.discarding());
        assertTrue(proxied.headers().firstValue("Set-Cookie").orElseThrow().contains("Secure"));
        assertTrue(plain.headers().firstValue("Content-Security-Policy").orElseThrow().contains("script-src 'self'"));
    }

    @Test
    void theLearnerPageSpeaksEachOfTheFiveLanguagesArabicRightToLeft() throws IOException {
        Map<String, String> numeracy = Map.of("en", "Numeracy and mathematics", "fr", "Calcul et mathématiques",
                "es", "Aritmética y matemáticas", "pt", "Numeracia e matemática", "ar", "الحساب والرياضيات");
        try (Browser browser = Browser.open(app)) {
            browser.signIn("mentor", PASSWORD).go(learnerPage(IBRAHIMA));
            for (String language : List.of("fr", "es", "pt", "ar", "en")) {
                new Select(browser.field("language-choice")).selectByValue(language);
                browser.waitUntil(driver -> language.equals(driver.findElement(By.tagName("html"))
                        .getAttribute("lang")));
                ResourceBundle words = ResourceBundle.getBundle("org.flourish.pathways.web.messages",
                        Locale.forLanguageTag(language));
                assertEquals(language.equals("ar") ? "rtl" : "ltr", browser.find("html").getAttribute("dir"));
                assertEquals(words.getString("learner.who"), browser.field("who").getText());
                assertFalse(browser.driver().getPageSource().contains("??"), "a message is missing in " + language);
                assertTrue(browser.text().contains(numeracy.get(language)), language + ": " + browser.text());
                checked(browser, "learner-" + language);
            }
            browser.signOut().signIn("mentor", PASSWORD);
            assertEquals("en", browser.find("html").getAttribute("lang"), "the last choice is remembered");
        }
    }

    @Test
    void everyOtherPageOfEachRolePassesAxe() throws IOException {
        try (Browser browser = Browser.open(app)) {
            browser.signIn("mentor", PASSWORD);
            Map<String, String> pages = Map.of(learnerPage(IBRAHIMA) + "/card?lang=en", "family-card",
                    learnerPage(IBRAHIMA) + "?timeline=all", "learner-whole-timeline", "account", "mentor-account",
                    "learners?q=zzz", "mentor-learners-no-match");
            for (Map.Entry<String, String> page : pages.entrySet()) {
                browser.go(page.getKey());
                checked(browser, page.getValue());
            }
            browser.signOut().signIn(LrsAndPathwaysServer.COORDINATOR, PASSWORD);
            for (String page : List.of("coordinator/uploads", "coordinator/providers", "coordinator/links",
                    "accounts")) {
                browser.go(page);
                checked(browser, name(page));
            }
            browser.signOut().signIn(LrsAndPathwaysServer.ADMIN, LrsAndPathwaysServer.ADMIN_PASSWORD);
            for (String page : List.of("admin/providers", "admin/subscriptions", "admin/erasure", "admin/audit")) {
                browser.go(page);
                checked(browser, name(page));
            }
        }
    }

    @Test
    void theFamilyCardPrintsInTheFamilysLanguage() throws IOException {
        try (Browser browser = Browser.open(app)) {
            browser.signIn("mentor", PASSWORD).go(learnerPage(IBRAHIMA));
            browser.submit(browser.find("a[href$='/card']"));
            // Ibrahima speaks Wolof, French and Arabic: the card takes the first the app speaks, Arabic.
            assertEquals("ar", browser.find("html").getAttribute("lang"));
            assertEquals("rtl", browser.find("html").getAttribute("dir"));
            assertTrue(browser.find("h1").getText().startsWith("الخطوات التالية"), browser.find("h1").getText());
            assertEquals(3, browser.all(".steps > li").size());
            browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
            assertEquals("none", browser.find("header.top").getCssValue("display"), "the print page has no menu");
            browser.screenshot("family-card-print");
            browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    /** Last, since it takes the server away: the connection is gone as a mentor in the field would find it. */
    @Test
    @Order(Integer.MAX_VALUE)
    void offlineTheMentorStillReadsTheLearnerPagesSheOpenedTodayAndSeesSheIsOffline() throws IOException {
        try (Browser browser = Browser.open(app)) {
            browser.signIn("mentor", PASSWORD).go(learnerPage(BABACAR));
            browser.waitUntil(driver -> Boolean.TRUE.equals(browser.script(
                    "return !!navigator.serviceWorker.controller")) || reload(browser));
            browser.go(learnerPage(BABACAR));
            browser.waitUntil(driver -> Boolean.TRUE.equals(browser.script("return window.caches.open('flourish-pages')"
                    + ".then(function (c) { return c.keys(); }).then(function (k) { window.__saved = k.length; }),"
                    + " window.__saved > 0")));
            server.close();
            browser.go(learnerPage(BABACAR));
            assertEquals("Babacar Mbaye", browser.find("h1").getText());
            browser.waitUntil(driver -> browser.find("#offline").isDisplayed());
            assertTrue(browser.find("#offline").getText().startsWith("You are offline."));
            browser.screenshot("learner-offline");
            browser.go(learnerPage(AMINATA));
            assertTrue(browser.text().contains("This page was not saved on this device."), browser.text());
            assertTrue(browser.find("#saved-pages").getText().contains("Babacar Mbaye"), "today's pages are listed");
        }
    }

    private static boolean reload(Browser browser) {
        browser.driver().navigate().refresh();
        return false;
    }

    // ---- helpers

    /** Photographs the page and fails on any WCAG 2.1 A/AA violation axe-core finds in it. */
    private static void checked(Browser browser, String name) {
        browser.screenshot(name);
        List<Map<String, Object>> violations = browser.accessibilityViolations();
        assertEquals(List.of(), violations, name + " (" + browser.path() + ")");
    }

    private static String learnerPage(String key) {
        return "learners/" + java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(key.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> cardTitles(Browser browser) {
        return browser.all(".cards > li h3 > span:first-child").stream().map(WebElement::getText).toList();
    }

    private static String domainNumbers(Browser browser, String domain) {
        return browser.all(".domain").stream().filter(li -> li.findElement(By.cssSelector(".domain-name")).getText()
                .equals(domain)).findFirst().orElseThrow().findElement(By.cssSelector(".domain-numbers")).getText();
    }

    private static WebElement rowOf(Browser browser, String text) {
        return browser.all("tbody tr").stream().filter(row -> row.getText().contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no row with " + text + " in " + browser.text()));
    }

    private static String labelOf(WebElement radio) {
        return radio.findElement(By.xpath("..")).getText();
    }

    private static String name(String page) {
        return page.replaceAll("[^a-zA-Z0-9]+", "-").replaceAll("-+$", "");
    }

    private static String segment(String key) {
        return URLEncoder.encode(key, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static long statementsInEngine() {
        Reply totals = server.pathways(LrsAndPathwaysServer.COORDINATOR).get("aggregates");
        return totals.status() == 200 ? ((JsonObject) totals.json()).getJsonNumber("statements").longValue() : 0;
    }

    private static List<JsonObject> lrsStatementsAbout(String email) {
        String agent = URLEncoder.encode("{\"mbox\":\"mailto:" + email + "\"}", StandardCharsets.UTF_8);
        Reply found = server.lrs().get("statements?related_agents=true&agent=" + agent);
        assertEquals(200, found.status(), found.body());
        JsonArray statements = ((JsonObject) found.json()).getJsonArray("statements");
        return statements.getValuesAs(JsonObject.class);
    }

    private static void await(String what, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not within 60 s: " + what);
            }
            LrsAndPathwaysServer.sleep(Duration.ofMillis(300));
        }
    }
}
