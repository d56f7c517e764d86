package org.flourish.pathways.web.view;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.flourish.pathways.boot.SharedKnowledgeHolder;
import org.flourish.pathways.model.Evidence;
import org.flourish.pathways.model.Opportunity;
import org.flourish.pathways.service.LearnerStates;
import org.flourish.pathways.service.SharedKnowledge;
import org.flourish.pathways.store.LearnerDirectory;

/**
 * The catalogue's providers with their recent activity: how many experiences and learners their opportunities
 * had in the last 30 days, and when the last one was. Counted from every learner's evidence, so it is computed at
 * most every five minutes and kept meanwhile; counts only, never a learner.
 */
@ApplicationScoped
public class ProviderActivity {

    static final Duration RECENT = Duration.ofDays(30);
    private static final Duration FRESH_FOR = Duration.ofMinutes(5);

    @Inject
    SharedKnowledgeHolder knowledge;

    @Inject
    LearnerDirectory directory;

    @Inject
    LearnerStates states;

    private final Clock clock = Clock.systemUTC();
    private volatile Map<String, Counts> counts = Map.of();
    private volatile Instant countedAt = Instant.MIN;

    /** One provider's activity. */
    public record Counts(int recentExperiences, int recentLearners, Optional<Instant> last) {
    }

    /** A provider of the catalogue, in words, with its opportunities and activity. */
    public record Row(String name, String kind, String locality, int opportunities, int recentExperiences,
                      int recentLearners, Optional<Instant> last) {
    }

    public List<Row> rows(Locale locale) {
        SharedKnowledge shared = knowledge.current();
        Map<String, Counts> current = current(shared);
        Map<String, Integer> offered = new HashMap<>();
        shared.catalogue().forEach(o -> offered.merge(o.provider(), 1, Integer::sum));
        var model = shared.ontologyAndCatalogue();
        var kind = model.createProperty(org.flourish.pathways.vocab.FL.NS, "providerKind");
        var locality = model.createProperty(org.flourish.pathways.vocab.FL.NS, "locality");
        List<Row> rows = new ArrayList<>();
        offered.forEach((provider, opportunities) -> {
            var node = model.getResource(provider);
            String kindLabel = Optional.ofNullable(node.getPropertyResourceValue(kind))
                    .flatMap(k -> shared.labels().of(k.getURI(), List.of(locale))).orElse("");
            String place = Optional.ofNullable(node.getProperty(locality)).map(s -> s.getString()).orElse("");
            Counts activity = current.getOrDefault(provider, new Counts(0, 0, Optional.empty()));
            rows.add(new Row(shared.labels().of(provider, List.of(locale)).orElse(provider), kindLabel, place,
                    opportunities, activity.recentExperiences(), activity.recentLearners(), activity.last()));
        });
        rows.sort(java.util.Comparator.comparing(Row::name, java.text.Collator.getInstance(locale)));
        return rows;
    }

    private Map<String, Counts> current(SharedKnowledge shared) {
        Instant now = clock.instant();
        if (countedAt.plus(FRESH_FOR).isAfter(now)) {
            return counts;
        }
        Instant since = now.minus(RECENT);
        Map<String, Integer> experiences = new HashMap<>();
        Map<String, Set<String>> learners = new HashMap<>();
        Map<String, Instant> last = new HashMap<>();
        Set<String> aliases = directory.canonicalByAlias().keySet();
        for (String key : directory.keysWithStatements().keySet()) {
            if (aliases.contains(key)) {
                continue;
            }
            for (Evidence evidence : states.of(key).evidence()) {
                Optional<String> provider = shared.opportunityOfActivity(evidence.activityId())
                        .map(Opportunity::provider);
                if (provider.isEmpty()) {
                    continue;
                }
                last.merge(provider.get(), evidence.timestamp(), (a, b) -> a.isAfter(b) ? a : b);
                if (evidence.timestamp().isAfter(since)) {
                    experiences.merge(provider.get(), 1, Integer::sum);
                    learners.computeIfAbsent(provider.get(), p -> new HashSet<>()).add(key);
                }
            }
        }
        Map<String, Counts> computed = new HashMap<>();
        last.forEach((provider, at) -> computed.put(provider, new Counts(experiences.getOrDefault(provider, 0),
                learners.getOrDefault(provider, Set.of()).size(), Optional.of(at))));
        counts = computed;
        countedAt = now;
        return computed;
    }
}
