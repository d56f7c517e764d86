package org.flourish.pathways.web.pages;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.flourish.pathways.boot.SharedKnowledgeHolder;
import org.flourish.pathways.model.StatedContext;
import org.flourish.pathways.service.LearnerContexts;
import org.flourish.pathways.service.LearnerRecommendations;
import org.flourish.pathways.service.Pathways;
import org.flourish.pathways.web.http.Pages;
import org.flourish.pathways.web.http.Result;
import org.flourish.pathways.web.http.Router;
import org.flourish.pathways.web.i18n.Languages;
import org.flourish.pathways.web.i18n.Messages;
import org.flourish.pathways.web.http.WebRequest;
import org.flourish.pathways.explain.Formats;
import org.flourish.pathways.web.view.LearnerIds;
import org.flourish.pathways.web.view.LearnerViews;
import org.flourish.pathways.web.view.RecommendationCard;

/**
 * The family's pathway card: one printable page with the child's next three steps (what, where, when, what it
 * costs, whom to ask), in the family's language: the first of the child's languages the app speaks, unless the
 * mentor chooses another. Many families have no smartphone; this card is how the pathway reaches home.
 */
@ApplicationScoped
public class FamilyCardPages implements Pages {

    static final int STEPS = 3;

    @Inject
    LearnerAccessCheck door;

    @Inject
    Pathways pathways;

    @Inject
    LearnerViews views;

    @Inject
    LearnerContexts contexts;

    @Inject
    SharedKnowledgeHolder knowledge;

    @Override
    public void routes(Router router) {
        router.get("/learners/{id}/card", this::card);
    }

    private Result card(WebRequest request) {
        String key = door.viewed(request, "family-card");
        Optional<StatedContext> stated = contexts.stated(key);
        String language = request.parameter("lang").flatMap(Languages::supported)
                .or(() -> stated.flatMap(context -> context.languages().stream().sorted()
                        .map(Languages::supported).flatMap(Optional::stream).findFirst()))
                .orElse(request.language());
        Messages messages = Messages.in(language);
        List<Locale> languages = List.of(messages.locale());
        RecommendationCard.Maker maker = views.cardMaker(knowledge.current(), languages, new Formats(messages.words()),
                messages);
        List<RecommendationCard> steps = pathways.recommendations(key, STEPS)
                .map((LearnerRecommendations r) -> views.cards(r, maker)).orElse(List.of());
        return Result.page("card").with("pageLanguage", language).with("steps", steps)
                .with("learnerName", views.names().of(key)).with("learnerId", LearnerIds.of(key))
                .with("mentor", request.user().name())
                .with("printedOn", new Formats(messages.words()).date(java.time.LocalDate.now()))
                .with("cardLanguages", Languages.SUPPORTED.stream()
                        .map(code -> new org.flourish.pathways.web.http.FrontServlet.LanguageChoice(code,
                                Languages.ownName(code), code.equals(language))).toList());
    }
}
