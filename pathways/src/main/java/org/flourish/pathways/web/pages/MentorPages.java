package org.flourish.pathways.web.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.flourish.pathways.boot.SharedKnowledgeHolder;
import org.flourish.pathways.model.Goal;
import org.flourish.pathways.model.Opportunity;
import org.flourish.pathways.service.MentorActions;
import org.flourish.pathways.service.Observations;
import org.flourish.pathways.service.Pathways;
import org.flourish.pathways.service.SharedKnowledge;
import org.flourish.pathways.store.LearnerDirectory;
import org.flourish.pathways.store.LearnerRecords;
import org.flourish.pathways.web.http.Pages;
import org.flourish.pathways.web.http.Result;
import org.flourish.pathways.web.http.Router;
import org.flourish.pathways.web.http.Session.Notice;
import org.flourish.pathways.web.http.WebRequest;
import org.flourish.pathways.web.view.LearnerIds;
import org.flourish.pathways.web.view.LearnerPageView;
import org.flourish.pathways.web.view.LearnerViews;

/**
 * A mentor's pages: her learners, most urgent first; one learner's page; and the actions on it (pin, veto with a
 * reason, goals, observations, the child's name). Each action is a form posted, then the learner page again.
 */
@ApplicationScoped
public class MentorPages implements Pages {

    /** The reasons a mentor picks from when she vetoes: message keys {@code veto.reason.*}. */
    static final List<String> VETO_REASONS = List.of("tooFar", "cost", "schedule", "notInterested", "alreadyDoing",
            "notSuitable", "other");

    @Inject
    LearnerAccessCheck door;

    @Inject
    LearnerViews views;

    @Inject
    MentorActions actions;

    @Inject
    Observations observations;

    @Inject
    LearnerRecords records;

    @Inject
    LearnerDirectory directory;

    @Inject
    SharedKnowledgeHolder knowledge;

    @Inject
    Pathways pathways;

    @Override
    public void routes(Router router) {
        router.get("/learners", this::list)
                .get("/learners/{id}", this::learner)
                .post("/learners/{id}/pins", this::pin)
                .post("/learners/{id}/vetoes", this::veto)
                .post("/learners/{id}/goals", this::addGoal)
                .post("/learners/{id}/goals/remove", this::removeGoal)
                .post("/learners/{id}/observations", this::observe)
                .post("/learners/{id}/name", this::name);
    }

    private Result list(WebRequest request) {
        String mentor = request.requireRole(org.flourish.pathways.access.Role.MENTOR).name();
        Optional<String> query = request.parameter("q");
        return Result.page("learners").with("learners", views.learnersOf(mentor, query, request.messages()))
                .with("query", query.orElse(""));
    }

    private Result learner(WebRequest request) {
        String key = door.viewed(request, "learner");
        boolean whole = request.parameter("timeline").filter("all"::equals).isPresent();
        LearnerPageView view = views.page(key, request.messages(), whole);
        return Result.page("learner").with("learner", view).with("vetoReasons", VETO_REASONS);
    }

    private Result pin(WebRequest request) {
        String key = door.learnerKey(request);
        Optional<Opportunity> opportunity = opportunity(request);
        if (opportunity.isEmpty()) {
            return back(request, key, Notice.error(request.messages().get("action.unknownOpportunity")));
        }
        actions.pin(request.user().name(), key, opportunity.get().iri());
        return back(request, key, Notice.success(request.messages().get("action.pinned", title(request,
                opportunity.get()))));
    }

    private Result veto(WebRequest request) {
        String key = door.learnerKey(request);
        Optional<Opportunity> opportunity = opportunity(request);
        Optional<String> reason = request.parameter("reason").filter(VETO_REASONS::contains);
        if (opportunity.isEmpty()) {
            return back(request, key, Notice.error(request.messages().get("action.unknownOpportunity")));
        }
        if (reason.isEmpty()) {
            return back(request, key, Notice.error(request.messages().get("action.vetoNeedsReason")));
        }
        String said = reason.get() + request.parameter("note").map(note -> ": " + note).orElse("");
        actions.veto(request.user().name(), key, opportunity.get().iri(), said);
        return back(request, key, Notice.success(request.messages().get("action.vetoed", title(request,
                opportunity.get()), request.messages().get("veto.reason." + reason.get()))));
    }

    private Result addGoal(WebRequest request) {
        String key = door.learnerKey(request);
        Optional<String> competency = competency(request);
        if (competency.isEmpty()) {
            return back(request, key, Notice.error(request.messages().get("action.unknownCompetency")));
        }
        List<Goal> goals = new ArrayList<>(currentGoals(key));
        goals.removeIf(goal -> goal.competency().equals(competency.get()));
        goals.add(new Goal(competency.get(), Goal.DEFAULT_TARGET));
        actions.setGoals(request.user().name(), key, goals);
        return back(request, key, Notice.success(request.messages().get("action.goalSet",
                label(request, competency.get()))));
    }

    private Result removeGoal(WebRequest request) {
        String key = door.learnerKey(request);
        Optional<String> competency = request.parameter("competency");
        List<Goal> goals = new ArrayList<>(currentGoals(key));
        if (competency.isEmpty() || !goals.removeIf(goal -> goal.competency().equals(competency.get()))) {
            return back(request, key, Notice.error(request.messages().get("action.unknownCompetency")));
        }
        actions.setGoals(request.user().name(), key, goals);
        return back(request, key, Notice.success(request.messages().get("action.goalRemoved",
                label(request, competency.get()))));
    }

    /** The goals the page showed: those a mentor set, else those of the child's stated context. */
    private List<Goal> currentGoals(String key) {
        List<Goal> set = records.goals(key);
        if (!set.isEmpty()) {
            return set;
        }
        return pathways.recommendations(key, 1).map(r -> r.goals().stream()
                .map(c -> new Goal(c, Goal.DEFAULT_TARGET)).toList()).orElse(List.of());
    }

    private Result observe(WebRequest request) {
        String key = door.learnerKey(request);
        Optional<String> competency = competency(request);
        Optional<String> outcome = request.parameter("shown").filter(Set.of("yes", "no")::contains);
        if (competency.isEmpty()) {
            return back(request, key, Notice.error(request.messages().get("action.unknownCompetency")));
        }
        if (outcome.isEmpty()) {
            return back(request, key, Notice.error(request.messages().get("action.observationNeedsOutcome")));
        }
        String english = knowledge.current().labels().of(competency.get(), List.of(java.util.Locale.ENGLISH))
                .orElse(competency.get());
        observations.record(request.user().name(), key, competency.get(), english, outcome.get().equals("yes"),
                request.parameter("note"));
        return back(request, key, Notice.success(request.messages().get("action.observed",
                label(request, competency.get()))));
    }

    private Result name(WebRequest request) {
        String key = door.learnerKey(request);
        Optional<String> name = request.parameter("name").filter(n -> n.length() <= 200);
        if (name.isEmpty()) {
            return back(request, key, Notice.error(request.messages().get("action.nameNeeded")));
        }
        views.names().give(key, name.get());
        return back(request, key, Notice.success(request.messages().get("action.named", name.get())));
    }

    private Optional<Opportunity> opportunity(WebRequest request) {
        Optional<String> iri = request.parameter("opportunity");
        return iri.flatMap(wanted -> knowledge.current().catalogue().stream()
                .filter(o -> o.iri().equals(wanted)).findFirst());
    }

    private Optional<String> competency(WebRequest request) {
        SharedKnowledge shared = knowledge.current();
        return request.parameter("competency").filter(shared.framework().competencies()::contains);
    }

    private String title(WebRequest request, Opportunity opportunity) {
        return knowledge.current().labels().of(opportunity.iri(), List.of(request.messages().locale()))
                .orElse(opportunity.title());
    }

    private String label(WebRequest request, String iri) {
        return knowledge.current().labels().of(iri, List.of(request.messages().locale())).orElse(iri);
    }

    static Result back(WebRequest request, String key, Notice notice) {
        request.session().notice(notice);
        return Result.redirect("/learners/" + LearnerIds.of(key));
    }
}
