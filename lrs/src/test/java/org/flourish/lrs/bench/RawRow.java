package org.flourish.lrs.bench;

import jakarta.json.JsonObject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.flourish.lrs.store.FilterTerm.Kind;
import org.flourish.lrs.store.FilterTerm;
import org.flourish.lrs.xapi.Jsons;
import org.flourish.lrs.xapi.rules.StatementIndex;
import org.flourish.lrs.xapi.rules.StatementIndexer;

/**
 * The rows the LRS writes for one statement: the {@code statement} row with the body as the LRS would store it
 * (authority, version and stored added) and the {@code statement_term} keys, built with the LRS's own
 * {@link StatementIndexer} and {@link FilterTerm} exactly as {@code store.jpa.StatementTerms} does.
 */
record RawRow(UUID id, OffsetDateTime stored, String body, Set<String> terms) {

    static RawRow of(JsonObject statement, JsonObject authority) {
        OffsetDateTime stored = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
        JsonObject prepared = Jsons.createObjectBuilder(statement)
                .add("authority", authority)
                .add("version", "2.0.0")
                .add("stored", stored.toString())
                .build();
        return new RawRow(UUID.fromString(statement.getString("id")), stored, prepared.toString(),
                termsOf(StatementIndexer.index(prepared)));
    }

    private static Set<String> termsOf(StatementIndex index) {
        Set<String> keys = new HashSet<>();
        keys.add(new FilterTerm(Kind.VERB, index.verbId()).key());
        index.registration().ifPresent(r -> keys.add(new FilterTerm(Kind.REGISTRATION, r.toString()).key()));
        index.agentKeys().forEach(a -> keys.add(new FilterTerm(Kind.AGENT, a).key()));
        index.relatedAgentKeys().forEach(a -> keys.add(new FilterTerm(Kind.RELATED_AGENT, a).key()));
        index.activityIds().forEach(a -> keys.add(new FilterTerm(Kind.ACTIVITY, a).key()));
        index.relatedActivityIds().forEach(a -> keys.add(new FilterTerm(Kind.RELATED_ACTIVITY, a).key()));
        return keys;
    }
}
