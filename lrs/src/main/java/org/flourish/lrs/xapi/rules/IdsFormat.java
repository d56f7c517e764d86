package org.flourish.lrs.xapi.rules;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * The {@code ids} format (xAPI-Communication 2.1.3, format parameter): "only include minimum information
 * necessary in Agent, Activity, Verb and Group Objects to identify them. For Anonymous Groups this means
 * including the minimum information needed to identify each member."
 *
 * <ul>
 *   <li>Agent and identified Group: objectType and IFI (xAPI-Data 2.4.2.3); an identified Group's members are
 *       dropped, its IFI already identifies it.</li>
 *   <li>Anonymous Group: objectType and its members, each reduced to objectType and IFI.</li>
 *   <li>Activity: id. Verb: id.</li>
 * </ul>
 * Applying it twice gives the same statement as applying it once.
 */
final class IdsFormat {

    private static final StatementRewriter REWRITER =
            new StatementRewriter(IdsFormat::agentOrGroup, IdsFormat::idOnly, IdsFormat::idOnly);

    private IdsFormat() {
    }

    static JsonObject apply(JsonObject statement) {
        return REWRITER.rewrite(statement);
    }

    private static JsonObject agentOrGroup(JsonObject agent) {
        JsonObjectBuilder result = JsonValues.objectBuilder().add("objectType", StatementParts.actorType(agent));
        boolean identified = false;
        for (AgentIfi.Kind kind : AgentIfi.Kind.values()) {
            if (agent.containsKey(kind.property())) {
                result.add(kind.property(), agent.get(kind.property()));
                identified = true;
            }
        }
        if (!identified && agent.containsKey("member")) {
            JsonArrayBuilder members = JsonValues.arrayBuilder();
            StatementParts.members(agent).forEach(member -> members.add(agentOrGroup(member)));
            result.add("member", members);
        }
        return result.build();
    }

    private static JsonObject idOnly(JsonObject activityOrVerb) {
        JsonObjectBuilder result = JsonValues.objectBuilder();
        if (activityOrVerb.containsKey("id")) {
            result.add("id", activityOrVerb.get("id"));
        }
        return result.build();
    }
}
