package org.flourish.pathways.web.view;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.flourish.pathways.explain.ReadableNames;
import org.flourish.pathways.service.SharedKnowledge;

/**
 * The data's labels in one language (else English), remembered: a page asks for a few hundred, and the shared
 * knowledge they come from only changes by an upload, which makes a new one. Bounded, since activities outside the
 * catalogue can be any IRI.
 */
public final class LabelsIn {

    private static final int REMEMBERED = 50_000;

    private final SharedKnowledge knowledge;
    private final List<Locale> languages;
    private final Map<String, Optional<String>> known = new ConcurrentHashMap<>();

    LabelsIn(SharedKnowledge knowledge, Locale language) {
        this.knowledge = knowledge;
        this.languages = List.of(language);
    }

    public Optional<String> of(String iri) {
        Optional<String> label = known.get(iri);
        if (label == null) {
            label = knowledge.labels().of(iri, languages);
            if (known.size() < REMEMBERED) {
                known.put(iri, label);
            }
        }
        return label;
    }

    /** The label, else a name read from the IRI (never the bare IRI). */
    public String name(String iri) {
        return of(iri).orElseGet(() -> ReadableNames.of(iri));
    }

    SharedKnowledge knowledge() {
        return knowledge;
    }

    /** One per language for the current shared knowledge; an upload's new knowledge starts afresh. */
    static final class Registry {
        private volatile SharedKnowledge of;
        private final Map<String, LabelsIn> byLanguage = new ConcurrentHashMap<>();

        LabelsIn in(SharedKnowledge knowledge, Locale language) {
            if (of != knowledge) {
                synchronized (this) {
                    if (of != knowledge) {
                        byLanguage.clear();
                        of = knowledge;
                    }
                }
            }
            return byLanguage.computeIfAbsent(language.getLanguage(), l -> new LabelsIn(knowledge, language));
        }
    }
}
