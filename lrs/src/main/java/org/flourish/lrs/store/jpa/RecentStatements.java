package org.flourish.lrs.store.jpa;

import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.List;
import org.flourish.lrs.store.FilterTerm;
import org.flourish.lrs.xapi.Jsons;

/**
 * The most recent unvoided statements carrying one filter term, newest first, among those stored by a credential
 * with scope {@code define}: only they define Activities and Agents. The Agents and Activities resources read what
 * they need from these bodies; the bound keeps a lookup cheap for an agent or activity with many statements, at the
 * price of not seeing names or definitions only used long ago.
 */
final class RecentStatements {

    /** How many statements a lookup reads at most. */
    static final int LIMIT = 200;

    private static final String QUERY = "SELECT s FROM StatementRow s, StatementTermRow t"
            + " WHERE t.seq = s.seq AND t.term = :term AND s.voided = FALSE AND s.defines = TRUE ORDER BY s.seq DESC";

    private RecentStatements() {
    }

    static List<JsonObject> definingAndCarrying(Transactions transactions, FilterTerm term) {
        return transactions.read(em -> em.createQuery(QUERY, StatementRow.class)
                .setParameter("term", term.key()).setMaxResults(LIMIT).getResultStream()
                .map(row -> parse(row.toStored().json())).toList());
    }

    private static JsonObject parse(String json) {
        try (JsonReader reader = Jsons.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
