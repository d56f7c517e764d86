package org.flourish.lrs.store.jpa;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.flourish.lrs.store.AgentDirectory;
import org.flourish.lrs.store.FilterTerm;
import org.flourish.lrs.xapi.rules.AgentIfi;

/** Names of an Agent read from the recent statements it is the actor of, found through its agent filter term. */
public final class JpaAgentDirectory implements AgentDirectory {

    private final Transactions transactions;

    public JpaAgentDirectory(Transactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public List<String> namesOf(AgentIfi agent) {
        Set<String> names = new LinkedHashSet<>();
        for (JsonObject statement : RecentStatements.definingAndCarrying(transactions,
                new FilterTerm(FilterTerm.Kind.AGENT, agent.key()))) {
            JsonObject actor = statement.getJsonObject("actor");
            if (actor != null && AgentIfi.of(actor).filter(agent::equals).isPresent()
                    && actor.get("name") instanceof JsonString name) {
                names.add(name.getString());
            }
        }
        return List.copyOf(names);
    }
}
