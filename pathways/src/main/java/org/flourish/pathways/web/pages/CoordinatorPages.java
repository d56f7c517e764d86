package org.flourish.pathways.web.pages;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.flourish.pathways.access.Account;
import org.flourish.pathways.access.Accounts;
import org.flourish.pathways.access.MentorAssignments;
import org.flourish.pathways.access.Role;
import org.flourish.pathways.service.AmbiguousLinkException;
import org.flourish.pathways.service.CatalogueUploads;
import org.flourish.pathways.service.LearnerLinking;
import org.flourish.pathways.store.InvalidGraphException;
import org.flourish.pathways.web.http.Pages;
import org.flourish.pathways.web.http.Refusal;
import org.flourish.pathways.web.http.Result;
import org.flourish.pathways.web.http.Router;
import org.flourish.pathways.web.http.Session.Notice;
import org.flourish.pathways.web.http.WebRequest;
import org.flourish.pathways.web.view.LearnerCatalog;
import org.flourish.pathways.web.view.LearnerIds;
import org.flourish.pathways.web.view.LearnerViews;
import org.flourish.pathways.web.view.ProviderActivity;

/**
 * A coordinator's pages: learners and their mentors (those without one first if asked), linking one child's keys
 * across providers (searching both sides by name, saying why a link is refused), uploading a framework, catalogue
 * or evidence rules (SHACL results listed per node), and the catalogue's providers with their recent activity.
 */
@ApplicationScoped
public class CoordinatorPages implements Pages {

    @Inject
    LearnerCatalog catalog;

    @Inject
    MentorAssignments assignments;

    @Inject
    LearnerLinking linking;

    @Inject
    Accounts accounts;

    @Inject
    CatalogueUploads uploads;

    @Inject
    ProviderActivity activity;

    @Inject
    LearnerViews views;

    @Override
    public void routes(Router router) {
        router.get("/coordinator/learners", this::learners)
                .post("/coordinator/learners/{id}/mentors", this::assign)
                .post("/coordinator/learners/{id}/mentors/remove", this::unassign)
                .get("/coordinator/links", this::links)
                .post("/coordinator/links", this::link)
                .post("/coordinator/links/remove", this::unlink)
                .get("/coordinator/uploads", request -> uploadPage(request))
                .post("/coordinator/uploads", this::upload)
                .get("/coordinator/providers", this::providers);
    }

    private Result learners(WebRequest request) {
        request.requireRole(Role.COORDINATOR);
        boolean withoutMentor = request.parameter("without").isPresent();
        Optional<String> query = request.parameter("q");
        List<LearnerCatalog.Entry> entries = catalog.all(query, request.messages().locale()).stream()
                .filter(entry -> !withoutMentor || entry.mentors().isEmpty()).toList();
        return Result.page("coordinator-learners").with("entries", entries).with("query", query.orElse(""))
                .with("withoutMentor", withoutMentor).with("mentors", mentors());
    }

    private List<String> mentors() {
        return accounts.all().stream().filter(a -> a.role() == Role.MENTOR && a.enabled()).map(Account::name)
                .toList();
    }

    private Result assign(WebRequest request) {
        request.requireRole(Role.COORDINATOR);
        String key = learner(request);
        Optional<String> mentor = request.parameter("mentor").filter(mentors()::contains);
        if (mentor.isEmpty()) {
            return backToLearners(request, Notice.error(request.messages().get("coordinator.unknownMentor")));
        }
        assignments.assign(mentor.get(), key);
        return backToLearners(request, Notice.success(request.messages().get("coordinator.assigned", mentor.get(),
                views.names().of(key))));
    }

    private Result unassign(WebRequest request) {
        request.requireRole(Role.COORDINATOR);
        String key = learner(request);
        String mentor = request.parameter("mentor").orElse("");
        assignments.unassign(mentor, key);
        return backToLearners(request, Notice.success(request.messages().get("coordinator.unassigned", mentor,
                views.names().of(key))));
    }

    private static String learner(WebRequest request) {
        return LearnerIds.key(request.path("id")).orElseThrow(() -> Refusal.notFound("refusal.notFound"));
    }

    private static Result backToLearners(WebRequest request, Notice notice) {
        request.session().notice(notice);
        return Result.redirect("/coordinator/learners" + request.parameter("back").filter(b -> b.equals("without"))
                .map(b -> "?without=1").orElse(""));
    }

    private Result links(WebRequest request) {
        request.requireRole(Role.COORDINATOR);
        Optional<String> first = request.parameter("first");
        Optional<String> second = request.parameter("second");
        return Result.page("coordinator-links").with("first", first.orElse("")).with("second", second.orElse(""))
                .with("firstMatches", first.map(q -> catalog.all(Optional.of(q), request.messages().locale()))
                        .orElse(List.of()))
                .with("secondMatches", second.map(q -> catalog.all(Optional.of(q), request.messages().locale()))
                        .orElse(List.of()))
                .with("linked", catalog.all(Optional.empty(), request.messages().locale()).stream()
                        .filter(entry -> entry.keys().size() > 1).toList());
    }

    private Result link(WebRequest request) {
        request.requireRole(Role.COORDINATOR);
        Optional<String> canonical = request.parameter("canonical").flatMap(LearnerIds::key);
        Optional<String> alias = request.parameter("alias").flatMap(LearnerIds::key);
        if (canonical.isEmpty() || alias.isEmpty()) {
            return linkRefused(request, request.messages().get("links.chooseBoth"));
        }
        Optional<String> refusal = LinkRefusals.of(linking, canonical.get(), alias.get(), views.names(),
                request.messages());
        if (refusal.isPresent()) {
            return linkRefused(request, refusal.get());
        }
        try {
            linking.link(canonical.get(), alias.get());
        } catch (AmbiguousLinkException changedMeanwhile) {
            return linkRefused(request, request.messages().get("links.refusedMeanwhile"));
        }
        request.session().notice(Notice.success(request.messages().get("links.linked",
                views.names().of(alias.get()), views.names().of(canonical.get()))));
        return Result.redirect("/coordinator/links");
    }

    private Result unlink(WebRequest request) {
        request.requireRole(Role.COORDINATOR);
        String canonical = request.parameter("canonical").flatMap(LearnerIds::key).orElse("");
        String alias = request.parameter("alias").flatMap(LearnerIds::key).orElse("");
        if (linking.aliasesOf(canonical).contains(alias)) {
            linking.unlink(canonical, alias);
        }
        request.session().notice(Notice.success(request.messages().get("links.unlinked", LearnerIds.readable(alias))));
        return Result.redirect("/coordinator/links");
    }

    private static Result linkRefused(WebRequest request, String why) {
        request.session().notice(Notice.error(why));
        return Result.redirect("/coordinator/links?" + request.parameter("first").map(q -> "first="
                + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8)).orElse("")
                + request.parameter("second").map(q -> "&second="
                + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8)).orElse(""));
    }

    private Result.Page uploadPage(WebRequest request) {
        request.requireRole(Role.COORDINATOR);
        return Result.page("coordinator-uploads").with("graphs", List.of("framework", "catalogue", "evidence-rules"));
    }

    private Result upload(WebRequest request) {
        request.requireRole(Role.COORDINATOR);
        Optional<String> graph = request.parameter("graph").flatMap(CatalogueUploads::graphNamed);
        Optional<WebRequest.Upload> file = request.upload("file");
        if (graph.isEmpty() || file.isEmpty()) {
            return uploadPage(request).with("error", request.messages().get("uploads.chooseBoth")).status(400);
        }
        Model model = ModelFactory.createDefaultModel();
        boolean jsonLd = file.get().fileName().endsWith(".jsonld") || file.get().fileName().endsWith(".json")
                || file.get().contentType().startsWith("application/ld+json");
        try (InputStream in = file.get().content()) {
            RDFParser.source(in).lang(jsonLd ? Lang.JSONLD : Lang.TURTLE).parse(model);
        } catch (RiotException unreadable) {
            return uploadPage(request).with("error", request.messages().get("uploads.unreadable",
                    unreadable.getMessage())).status(400);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            uploads.replace(graph.get(), model);
        } catch (InvalidGraphException invalid) {
            return uploadPage(request).with("error", request.messages().get("uploads.invalid"))
                    .with("problems", byNode(invalid.problems())).status(400);
        } catch (IllegalArgumentException inconsistent) {
            return uploadPage(request).with("error", request.messages().get("uploads.inconsistent",
                    inconsistent.getMessage())).status(400);
        }
        request.session().notice(Notice.success(request.messages().get("uploads.replaced",
                request.messages().get("uploads.graph." + request.parameter("graph").orElse("")), model.size())));
        return Result.redirect("/coordinator/uploads");
    }

    /** SHACL results ("node: message") grouped by their focus node. */
    static Map<String, List<String>> byNode(List<String> problems) {
        Map<String, List<String>> grouped = new LinkedHashMap<>();
        for (String problem : problems) {
            int separator = problem.indexOf(": ");
            String node = separator < 0 ? "" : problem.substring(0, separator);
            grouped.computeIfAbsent(node, n -> new ArrayList<>()).add(separator < 0 ? problem
                    : problem.substring(separator + 2));
        }
        return grouped;
    }

    private Result providers(WebRequest request) {
        request.requireRole(Role.COORDINATOR);
        return Result.page("coordinator-providers").with("providers", activity.rows(request.messages().locale()));
    }
}
