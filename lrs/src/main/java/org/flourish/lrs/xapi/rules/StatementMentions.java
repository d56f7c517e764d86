package org.flourish.lrs.xapi.rules;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Everyone and everything a statement names, wherever it names them: what erasing a learner must find, beyond what
 * the GET filters look at ({@link StatementIndexer}).
 *
 * <ul>
 *   <li>Agents: the actor, an Agent or Group object, the authority, context instructor and team, the 2.0
 *       {@code contextAgents} and {@code contextGroups} (xAPI-Data 2.4.6.2), each with the identified members of a
 *       Group, the same inside a SubStatement; any Agent or Group (an object with one IFI) inside the extensions of
 *       context, result or the object's definition; and the learner key a mentor's statement from the pathway
 *       engine names in {@link #LEARNER_EXTENSION}.</li>
 *   <li>Statements: the StatementRef targets of {@code context.statement}, the statement's and a SubStatement's
 *       (the object's StatementRef is the store's {@code referenced_id}).</li>
 * </ul>
 */
public final class StatementMentions {

    /**
     * The context extension in which the Flourish pathway engine names the learner of a mentor's goal, pin or veto,
     * as a learner key ({@code mbox:mailto:...}, {@code account:home|name}, the form of {@link AgentIfi#key()}).
     */
    public static final String LEARNER_EXTENSION = "https://w3id.org/flourish/extensions/learner";

    private StatementMentions() {
    }

    /** The {@link AgentIfi#key()}s of every Agent and Group the statement names anywhere. */
    public static Set<String> agentKeys(JsonObject statement) {
        Set<String> keys = new HashSet<>();
        addStatementAgents(statement, keys);
        StatementParts.object(statement, "authority").ifPresent(authority -> addAgentOrGroup(authority, keys));
        return keys;
    }

    /** The ids of the statements the statement's (and its SubStatement's) {@code context.statement} points to. */
    public static Set<UUID> contextStatementIds(JsonObject statement) {
        Set<UUID> ids = new HashSet<>();
        addContextStatement(statement, ids);
        StatementParts.object(statement, "object")
                .filter(o -> StatementParts.SUB_STATEMENT.equals(StatementParts.objectType(o)))
                .ifPresent(sub -> addContextStatement(sub, ids));
        return ids;
    }

    private static void addContextStatement(JsonObject statement, Set<UUID> ids) {
        StatementParts.object(statement, "context").flatMap(c -> StatementParts.object(c, "statement"))
                .flatMap(ref -> StatementParts.string(ref, "id")).flatMap(StatementMentions::uuid)
                .ifPresent(ids::add);
    }

    /** The positions a statement and a SubStatement share (a SubStatement has no authority). */
    private static void addStatementAgents(JsonObject statement, Set<String> keys) {
        StatementParts.object(statement, "actor").ifPresent(actor -> addAgentOrGroup(actor, keys));
        StatementParts.object(statement, "object").ifPresent(object -> {
            String type = StatementParts.objectType(object);
            if (StatementParts.isAgentOrGroup(type)) {
                addAgentOrGroup(object, keys);
            } else if (StatementParts.SUB_STATEMENT.equals(type)) {
                addStatementAgents(object, keys);
            } else {
                StatementParts.object(object, "definition").ifPresent(definition -> addExtensions(definition, keys));
            }
        });
        StatementParts.object(statement, "context").ifPresent(context -> addContext(context, keys));
        StatementParts.object(statement, "result").ifPresent(result -> addExtensions(result, keys));
    }

    private static void addContext(JsonObject context, Set<String> keys) {
        StatementParts.object(context, "instructor").ifPresent(instructor -> addAgentOrGroup(instructor, keys));
        StatementParts.object(context, "team").ifPresent(team -> addAgentOrGroup(team, keys));
        entries(context, "contextAgents", "agent").forEach(agent -> addAgentOrGroup(agent, keys));
        entries(context, "contextGroups", "group").forEach(group -> addAgentOrGroup(group, keys));
        addExtensions(context, keys);
        StatementParts.object(context, "extensions").map(extensions -> extensions.get(LEARNER_EXTENSION))
                .filter(JsonString.class::isInstance).map(key -> ((JsonString) key).getString())
                .flatMap(AgentIfi::fromKey).ifPresent(ifi -> keys.add(ifi.key()));
    }

    /** The {@code member} objects of the Context Agents or Context Groups listed under {@code list}. */
    private static List<JsonObject> entries(JsonObject context, String list, String member) {
        JsonValue value = context.get(list);
        if (!(value instanceof JsonArray array)) {
            return List.of();
        }
        return array.stream().filter(JsonObject.class::isInstance)
                .map(entry -> StatementParts.object((JsonObject) entry, member)).flatMap(Optional::stream).toList();
    }

    /** Any object with one IFI, at any depth of the extensions of {@code parent}. Iterative: depth is unbounded. */
    private static void addExtensions(JsonObject parent, Set<String> keys) {
        Deque<JsonValue> pending = new ArrayDeque<>();
        StatementParts.object(parent, "extensions").ifPresent(pending::push);
        while (!pending.isEmpty()) {
            JsonValue value = pending.pop();
            if (value instanceof JsonObject object) {
                AgentIfi.of(object).ifPresent(ifi -> keys.add(ifi.key()));
                object.values().forEach(pending::push);
            } else if (value instanceof JsonArray array) {
                array.forEach(pending::push);
            }
        }
    }

    /** The Agent or Group itself when identified, and every identified member of a Group. */
    private static void addAgentOrGroup(JsonObject agentOrGroup, Set<String> keys) {
        AgentIfi.of(agentOrGroup).ifPresent(ifi -> keys.add(ifi.key()));
        StatementParts.members(agentOrGroup).forEach(member -> AgentIfi.of(member).ifPresent(ifi -> keys.add(ifi.key())));
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
