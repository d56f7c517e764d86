package org.flourish.pathways.web.view;

import java.text.Collator;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.unbescape.html.HtmlEscape;

import org.flourish.pathways.explain.Formats;
import org.flourish.pathways.explain.ReadableNames;
import org.flourish.pathways.access.MentorAssignments;
import org.flourish.pathways.boot.SharedKnowledgeHolder;
import org.flourish.pathways.model.Goal;
import org.flourish.pathways.model.LearnerContext;
import org.flourish.pathways.model.Opportunity;
import org.flourish.pathways.recommend.JavaFrontier;
import org.flourish.pathways.recommend.MasteryThreshold;
import org.flourish.pathways.service.LearnerLinking;
import org.flourish.pathways.service.LearnerRecommendations;
import org.flourish.pathways.service.LearnerStates;
import org.flourish.pathways.service.LearnerStates.LearnerState;
import org.flourish.pathways.service.Pathways;
import org.flourish.pathways.service.SharedKnowledge;
import org.flourish.pathways.store.LearnerDirectory;
import org.flourish.pathways.store.LearnerRecords;
import org.flourish.pathways.web.i18n.Messages;
import org.flourish.pathways.web.lrs.ProviderDirectory;

/** Builds what the mentor's pages show from the engine's services: the list of her learners and one learner's page. */
@ApplicationScoped
public class LearnerViews {

    /** Entries of the timeline shown at first; the rest one click away. */
    public static final int TIMELINE_SHOWN = 30;
    public static final int RECOMMENDATIONS_SHOWN = 6;

    @Inject
    Pathways pathways;

    @Inject
    LearnerStates states;

    @Inject
    LearnerRecords records;

    @Inject
    LearnerLinking links;

    @Inject
    MentorAssignments assignments;

    @Inject
    SharedKnowledgeHolder knowledge;

    @Inject
    LearnerDirectory directory;

    @Inject
    ProviderDirectory providers;

    private final Clock clock = Clock.systemUTC();
    private final LabelsIn.Registry labels = new LabelsIn.Registry();
    private LearnerNames names;

    @PostConstruct
    void build() {
        names = new LearnerNames(directory, clock);
    }

    public LearnerNames names() {
        return names;
    }

    /** The children assigned to the mentor, the most urgent first; {@code query} keeps those whose name has it. */
    public List<LearnerRow> learnersOf(String mentor, Optional<String> query, Messages messages) {
        Formats formats = new Formats(messages.words());
        Map<String, String> canonical = directory.canonicalByAlias();
        Set<String> keys = directory.mentorsByLearner().entrySet().stream()
                .filter(entry -> entry.getValue().contains(mentor)).map(Map.Entry::getKey)
                .filter(key -> !canonical.containsKey(key)).collect(Collectors.toSet());
        record Ranked(LearnerRow row, Attention attention) {
        }
        List<Ranked> ranked = new ArrayList<>();
        for (String key : keys) {
            String name = names.of(key);
            if (query.isPresent() && !matches(name, key, query.get())) {
                continue;
            }
            Attention attention = attention(key);
            ranked.add(new Ranked(new LearnerRow(LearnerIds.of(key), key, name,
                    attention.reasons().stream().map(messages::get).toList(),
                    attention.lastEvidence().map(formats::date), List.of()), attention));
        }
        Collator collator = Collator.getInstance(messages.locale());
        return ranked.stream().sorted(Comparator.comparing(Ranked::attention, Attention.mostUrgentFirst())
                        .thenComparing(r -> r.row().name(), collator))
                .map(Ranked::row).toList();
    }

    static boolean matches(String name, String key, String query) {
        String wanted = fold(query);
        return fold(name).contains(wanted) || fold(key).contains(wanted);
    }

    /** Case and accents aside: "seck" finds "Ndèye Seck" and "NDEYE" too. */
    static String fold(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
    }

    public Attention attention(String key) {
        LearnerState state = states.of(key);
        Optional<LearnerRecommendations> recommendations = pathways.recommendations(key, 1);
        List<Goal> goals = goalsOf(key, recommendations);
        return Attention.of(state.evidence(), state.mastery(), recommendations.isPresent(),
                recommendations.map(r -> !r.recommendations().isEmpty()).orElse(false), goals, clock.instant());
    }

    private List<Goal> goalsOf(String key, Optional<LearnerRecommendations> recommendations) {
        List<Goal> set = records.goals(key);
        if (!set.isEmpty()) {
            return set;
        }
        return recommendations.map(r -> r.goals().stream().map(c -> new Goal(c, Goal.DEFAULT_TARGET)).toList())
                .orElse(List.of());
    }

    /** One child's page; {@code wholeTimeline} shows every experience instead of the newest ones. */
    public LearnerPageView page(String key, Messages messages, boolean wholeTimeline) {
        SharedKnowledge shared = knowledge.current();
        List<Locale> languages = List.of(messages.locale());
        Formats formats = new Formats(messages.words());
        LearnerState state = states.of(key);
        Optional<LearnerRecommendations> recommendations = pathways.recommendations(key, RECOMMENDATIONS_SHOWN);
        RecommendationCard.Maker maker = cardMaker(shared, languages, formats, messages);
        // The context the recommendations were ranked in: reading it again would parse and query once more.
        Optional<LearnerContext> context = recommendations.map(LearnerRecommendations::context);
        List<RecommendationCard> cards = recommendations.map(r -> cards(r, maker)).orElse(List.of());
        List<LearnerPageView.Marked> vetoed = records.vetoed(key).stream()
                .map(iri -> new LearnerPageView.Marked(iri, opportunityTitle(shared, iri, maker))).toList();
        LabelsIn words = labels.in(shared, messages.locale());
        Timeline timeline = Timeline.of(state, shared, wholeTimeline ? Integer.MAX_VALUE : TIMELINE_SHOWN,
                words, providerNames(shared, maker), formats, messages);
        List<String> frontier = new JavaFrontier(shared.framework(), MasteryThreshold.DEFAULT)
                .readyToLearn(state.mastery()).stream().limit(12).map(words::name).toList();
        List<LearnerPageView.GoalView> goals = goalsOf(key, recommendations).stream()
                .map(goal -> new LearnerPageView.GoalView(goal.competency(), words.name(goal.competency()),
                        formats.percent(goal.targetMastery()), formats.percent(state.mastery().meanOf(goal.competency()))))
                .toList();
        return new LearnerPageView(LearnerIds.of(key), key, names.of(key),
                identity(key, context, timeline, formats, messages),
                MasteryChart.of(state.mastery(), shared.framework(), words),
                frontier, recommendations.isPresent(), cards, vetoed, goals, timeline,
                competencyOptionsHtml(shared, messages.locale()));
    }

    public RecommendationCard.Maker cardMaker(SharedKnowledge shared, List<Locale> languages, Formats formats,
                                              Messages messages) {
        return new RecommendationCard.Maker(labels.in(shared, languages.get(0)),
                new CatalogueFacts(shared.ontologyAndCatalogue()), formats, messages);
    }

    /** The recommendations as cards, pinned ones marked; their context is the one the engine checked. */
    public List<RecommendationCard> cards(LearnerRecommendations recommendations, RecommendationCard.Maker maker) {
        Set<String> pinned = Set.copyOf(recommendations.pinned());
        return recommendations.recommendations().stream()
                .map(r -> maker.card(r, recommendations.context(), pinned.contains(r.opportunity().iri()))).toList();
    }

    private static String opportunityTitle(SharedKnowledge shared, String iri, RecommendationCard.Maker maker) {
        return shared.catalogue().stream().filter(o -> o.iri().equals(iri)).findFirst().map(maker::title)
                .orElse(iri);
    }

    private Timeline.ProviderNames providerNames(SharedKnowledge shared, RecommendationCard.Maker maker) {
        Map<String, Opportunity> byIri = shared.catalogue().stream()
                .collect(Collectors.toMap(Opportunity::iri, o -> o, (a, b) -> a));
        return new Timeline.ProviderNames() {
            @Override
            public Optional<String> ofOpportunity(String opportunity) {
                return Optional.ofNullable(byIri.get(opportunity)).map(o -> maker.provider(o.provider()));
            }

            @Override
            public Optional<String> ofCredential(String providerKey) {
                return providers.nameOf(providerKey);
            }
        };
    }

    private LearnerPageView.Identity identity(String key, Optional<LearnerContext> stated, Timeline timeline,
                                              Formats formats, Messages messages) {
        List<String> keys = new ArrayList<>();
        keys.add(key);
        keys.addAll(links.aliasesOf(key));
        List<LearnerPageView.KnownAs> knownAs = keys.stream()
                .map(k -> new LearnerPageView.KnownAs(LearnerIds.readable(k), names.inRecords(k))).toList();
        Set<String> providerNames = new LinkedHashSet<>();
        timeline.entries().stream().filter(entry -> !entry.observation()).map(Timeline.Entry::provider)
                .forEach(providerNames::add);
        String context = stated.map(s -> contextSummary(s, formats, messages)).orElse(messages.get("learner.noContext"));
        return new LearnerPageView.Identity(stated.map(LearnerContext::age),
                stated.map(s -> s.languages().stream().sorted().map(formats::language)
                        .collect(Collectors.joining(", "))).orElse(""),
                knownAs, List.copyOf(providerNames), assignments.mentorsOf(key), context);
    }

    private static String contextSummary(LearnerContext context, Formats formats, Messages messages) {
        return messages.get("learner.contextSummary", formats.number(context.maxTravelKm()),
                formats.money(context.maxCostPerMonth()),
                context.availability().equals(LearnerContext.ALWAYS_FREE) ? messages.get("card.anyTime")
                        : context.availability().stream().map(formats::slot).collect(Collectors.joining("; ")));
    }

    /** The framework's competencies by domain, in one language; kept until the framework or catalogue changes. */
    public List<LearnerPageView.CompetencyGroup> competencyGroups(SharedKnowledge shared, List<Locale> languages,
                                                                 Locale locale) {
        CompetencyOptions options = competencyOptions;
        if (options == null || options.knowledge() != shared) {
            options = new CompetencyOptions(shared);
            competencyOptions = options;
        }
        return options.byLanguage().computeIfAbsent(locale.getLanguage(),
                language -> groups(shared, languages, locale));
    }

    private record CompetencyOptions(SharedKnowledge knowledge,
                                     Map<String, List<LearnerPageView.CompetencyGroup>> byLanguage,
                                     Map<String, String> htmlByLanguage) {
        CompetencyOptions(SharedKnowledge knowledge) {
            this(knowledge, new java.util.concurrent.ConcurrentHashMap<>(),
                    new java.util.concurrent.ConcurrentHashMap<>());
        }
    }

    /**
     * The same choices as {@code <optgroup>} and {@code <option>} markup, every label escaped, made once per language:
     * two selects of 176 competencies were more than half the learner page's rendering.
     */
    public String competencyOptionsHtml(SharedKnowledge shared, Locale locale) {
        List<LearnerPageView.CompetencyGroup> groups = competencyGroups(shared, List.of(locale), locale);
        return competencyOptions.htmlByLanguage().computeIfAbsent(locale.getLanguage(), language -> {
            StringBuilder html = new StringBuilder(32 * 1024);
            for (LearnerPageView.CompetencyGroup group : groups) {
                html.append("<optgroup label=\"").append(HtmlEscape.escapeHtml5Xml(group.domain())).append("\">");
                for (LearnerPageView.Option option : group.competencies()) {
                    html.append("<option value=\"").append(HtmlEscape.escapeHtml5Xml(option.value())).append("\">")
                            .append(HtmlEscape.escapeHtml5Xml(option.label())).append("</option>");
                }
                html.append("</optgroup>");
            }
            return html.toString();
        });
    }

    private volatile CompetencyOptions competencyOptions;

    private static List<LearnerPageView.CompetencyGroup> groups(SharedKnowledge shared, List<Locale> languages,
                                                              Locale locale) {
        Collator collator = Collator.getInstance(locale);
        Map<String, List<LearnerPageView.Option>> byDomain = new TreeMap<>(collator);
        shared.framework().competencies().forEach(competency -> {
            String domain = shared.framework().domainOf(competency).map(d -> label(shared, d, languages)).orElse("");
            byDomain.computeIfAbsent(domain, d -> new ArrayList<>())
                    .add(new LearnerPageView.Option(competency, label(shared, competency, languages)));
        });
        return byDomain.entrySet().stream().map(entry -> new LearnerPageView.CompetencyGroup(entry.getKey(),
                entry.getValue().stream().sorted(Comparator.comparing(LearnerPageView.Option::label, collator))
                        .toList())).toList();
    }

    static String label(SharedKnowledge shared, String iri, List<Locale> languages) {
        return shared.labels().of(iri, languages).orElseGet(() -> ReadableNames.of(iri));
    }
}
