package org.flourish.pathways.explain;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.flourish.pathways.model.Evidence;
import org.flourish.pathways.model.Opportunity;
import org.flourish.pathways.rdf.Labels;

/**
 * Providers by name, never by credential: who offered an experience (the catalogue's provider of its opportunity)
 * and who recorded it (the statement's authority, which a Flourish LRS names after the provider that holds the
 * credential, with the provider's home page as account home page).
 */
public final class Providers {

    private static final String ACCOUNT = "account:";

    private final Labels labels;

    public Providers(Labels labels) {
        this.labels = labels;
    }

    /** The catalogue's provider of the opportunity, in the reader's language; else whoever recorded the statement. */
    public Named offeredBy(Evidence evidence, Optional<Opportunity> opportunity, List<Locale> languages) {
        return opportunity.map(o -> provider(o.provider(), languages)).orElseGet(() -> recordedBy(evidence));
    }

    /** A catalogue provider by its {@code schema:name} in the reader's language. */
    public Named provider(String iri, List<Locale> languages) {
        return new Named(iri, labels.of(iri, languages).orElseGet(() -> ReadableNames.of(iri)));
    }

    /**
     * Who recorded the statement: its authority's name, identified by the account's home page (the provider's), not
     * by the credential key that is the account's name.
     */
    public static Named recordedBy(Evidence evidence) {
        String key = evidence.provider();
        int bar = key.lastIndexOf('|');
        String id = key.startsWith(ACCOUNT) && bar > ACCOUNT.length() ? key.substring(ACCOUNT.length(), bar) : key;
        return new Named(id, evidence.providerName().orElseGet(() -> ReadableNames.of(id)));
    }
}
