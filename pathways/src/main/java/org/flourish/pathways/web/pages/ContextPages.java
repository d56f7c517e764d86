package org.flourish.pathways.web.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.flourish.pathways.boot.SharedKnowledgeHolder;
import org.flourish.pathways.model.ConstraintCheck;
import org.flourish.pathways.model.LearnerContext;
import org.flourish.pathways.model.Recommendation;
import org.flourish.pathways.recommend.constraints.HardConstraints;
import org.flourish.pathways.service.LearnerContexts;
import org.flourish.pathways.service.LearnerRecommendations;
import org.flourish.pathways.service.Pathways;
import org.flourish.pathways.store.InvalidGraphException;
import org.flourish.pathways.web.http.Pages;
import org.flourish.pathways.web.http.Result;
import org.flourish.pathways.web.http.Router;
import org.flourish.pathways.web.http.Session.Notice;
import org.flourish.pathways.web.http.WebRequest;
import org.flourish.pathways.web.view.ContextForm;
import org.flourish.pathways.explain.Formats;
import org.flourish.pathways.web.view.LearnerIds;
import org.flourish.pathways.web.view.LearnerViews;
import org.flourish.pathways.web.view.RecommendationCard;

/**
 * The child's context (languages, age, place, travel, cost, times, materials, access needs): the form, with a
 * message under each field that is wrong; once saved, the learner page says which recommendations went and why.
 */
@ApplicationScoped
public class ContextPages implements Pages {

    @Inject
    LearnerAccessCheck door;

    @Inject
    LearnerContexts contexts;

    @Inject
    Pathways pathways;

    @Inject
    LearnerViews views;

    @Inject
    SharedKnowledgeHolder knowledge;

    @Override
    public void routes(Router router) {
        router.get("/learners/{id}/context", this::form).post("/learners/{id}/context", this::save);
    }

    private Result form(WebRequest request) {
        String key = door.viewed(request, "context");
        return page(request, key, ContextForm.of(contexts.stated(key)));
    }

    private Result.Page page(WebRequest request, String key, ContextForm form) {
        return Result.page("context").with("form", form).with("learnerId", LearnerIds.of(key))
                .with("learnerName", views.names().of(key)).with("modalityTerms", ContextForm.modalityTerms())
                .with("needTerms", ContextForm.needTerms()).with("weekdayTerms", ContextForm.weekdayTerms());
    }

    private Result save(WebRequest request) {
        String key = door.learnerKey(request);
        ContextForm form = ContextForm.sent(new ContextForm.Sent() {
            @Override
            public Optional<String> parameter(String name) {
                return request.parameter(name);
            }

            @Override
            public List<String> parameters(String name) {
                return request.parameters(name);
            }

            @Override
            public boolean checked(String name) {
                return request.checked(name);
            }
        });
        if (form.hasErrors()) {
            return page(request, key, form).status(400);
        }
        Optional<LearnerRecommendations> before = pathways.recommendations(key, LearnerViews.RECOMMENDATIONS_SHOWN);
        try {
            contexts.state(key, form.context(contexts.today()));
        } catch (InvalidGraphException | IllegalArgumentException refused) {
            ContextForm withError = new ContextForm(form.values(), form.modalities(), form.needs(), form.slots(),
                    form.hasMaterials(), Map.of("form", "context.error.form"));
            return page(request, key, withError).status(400);
        }
        Optional<LearnerRecommendations> after = pathways.recommendations(key, LearnerViews.RECOMMENDATIONS_SHOWN);
        request.session().notice(new Notice("success", request.messages().get("context.saved"),
                gone(request, key, before, after)));
        return Result.redirect("/learners/" + LearnerIds.of(key));
    }

    /** For each recommendation the new context removed: its title and the constraint it now breaks, in words. */
    private List<String> gone(WebRequest request, String key, Optional<LearnerRecommendations> before,
                              Optional<LearnerRecommendations> after) {
        Set<String> still = after.map(r -> r.recommendations().stream().map(rec -> rec.opportunity().iri())
                .collect(Collectors.toSet())).orElse(Set.of());
        LearnerContext context = after.orElseThrow().context();
        List<Locale> languages = List.of(request.messages().locale());
        RecommendationCard.Maker maker = views.cardMaker(knowledge.current(), languages,
                new Formats(request.messages().words()), request.messages());
        List<String> lines = new ArrayList<>();
        for (Recommendation gone : before.map(LearnerRecommendations::recommendations).orElse(List.of())) {
            if (still.contains(gone.opportunity().iri())) {
                continue;
            }
            List<ConstraintCheck> broken = HardConstraints.standard().check(gone.opportunity(), context).stream()
                    .filter(check -> !check.satisfied()).toList();
            String title = maker.title(gone.opportunity());
            lines.add(broken.isEmpty() ? request.messages().get("context.movedDown", title)
                    : request.messages().get("context.gone", title, broken.stream()
                            .map(check -> maker.sentences().of(check, gone.opportunity(), context))
                            .collect(Collectors.joining("; "))));
        }
        return lines;
    }
}
