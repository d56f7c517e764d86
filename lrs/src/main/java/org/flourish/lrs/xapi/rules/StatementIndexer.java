package org.flourish.lrs.xapi.rules;

import jakarta.json.JsonObject;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Extracts what GET statements filters on (xAPI-Communication 2.1.3, parameter table, same text in 1.0.3 and
 * 2.0), from a statement that has passed validation.
 *
 * <ul>
 *   <li>{@code agent}: "the Agent or Group is the Actor or Object of the Statement", and "Groups that have members
 *       which match the specified Agent ... are considered a match": the actor and an Agent/Group object, each with
 *       the IFIs of its members.</li>
 *   <li>{@code related_agents}: "the Actor, Object, Authority, Instructor, Team, or any of these properties in a
 *       contained SubStatement". The 2.0 contextAgents and contextGroups are not in that list: they are indexed
 *       apart, with every other agent the statement names ({@link StatementMentions}), for erasure only.
 *       A SubStatement has no authority (xAPI-Data 2.4.4.3).</li>
 *   <li>{@code activity}: "the Object of the Statement is an Activity with the specified id".</li>
 *   <li>{@code related_activities}: "the Object, any of the context Activities, or any of those properties in a
 *       contained SubStatement".</li>
 *   <li>{@code registration}: the statement's own context.registration; a SubStatement's is not the statement's.</li>
 *   <li>The object's StatementRef id lets the store apply "Filter Conditions for StatementRefs" (2.1.3.s3)
 *       recursively; a StatementRef in context.statement does not affect filtering (same section, note).</li>
 * </ul>
 */
public final class StatementIndexer {

    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private StatementIndexer() {
    }

    /**
     * @throws IllegalArgumentException when the statement lacks a verb id or carries a malformed UUID: the
     *     statement was not validated first
     */
    public static StatementIndex index(JsonObject statement) {
        String verbId = StatementParts.object(statement, "verb")
                .flatMap(verb -> StatementParts.string(verb, "id"))
                .orElseThrow(() -> new IllegalArgumentException("A statement to index needs verb.id"));
        Optional<JsonObject> context = StatementParts.object(statement, "context");
        Optional<UUID> registration = context.flatMap(c -> StatementParts.string(c, "registration"))
                .map(StatementIndexer::uuid);

        Set<String> agentKeys = new HashSet<>();
        Set<String> relatedAgentKeys = new HashSet<>();
        Set<String> activityIds = new HashSet<>();
        Set<String> relatedActivityIds = new HashSet<>();

        StatementParts.object(statement, "actor").ifPresent(actor -> addAgentOrGroup(actor, agentKeys));
        Optional<JsonObject> object = StatementParts.object(statement, "object");
        object.ifPresent(o -> addObject(o, agentKeys, activityIds));

        relatedAgentKeys.addAll(agentKeys);
        relatedActivityIds.addAll(activityIds);
        StatementParts.object(statement, "authority").ifPresent(a -> addAgentOrGroup(a, relatedAgentKeys));
        context.ifPresent(c -> addContext(c, relatedAgentKeys, relatedActivityIds));
        object.filter(o -> StatementParts.SUB_STATEMENT.equals(StatementParts.objectType(o)))
                .ifPresent(sub -> addSubStatement(sub, relatedAgentKeys, relatedActivityIds));

        Optional<UUID> referenced = object
                .filter(o -> StatementParts.STATEMENT_REF.equals(StatementParts.objectType(o)))
                .flatMap(ref -> StatementParts.string(ref, "id"))
                .map(StatementIndexer::uuid);
        Set<String> otherAgentKeys = StatementMentions.agentKeys(statement);
        otherAgentKeys.removeAll(relatedAgentKeys);
        return new StatementIndex(verbId, registration, agentKeys, relatedAgentKeys, activityIds, relatedActivityIds,
                referenced, otherAgentKeys, StatementMentions.contextStatementIds(statement));
    }

    /** A SubStatement's actor, object, instructor, team and context Activities count for related_* only. */
    private static void addSubStatement(JsonObject sub, Set<String> agentKeys, Set<String> activityIds) {
        StatementParts.object(sub, "actor").ifPresent(actor -> addAgentOrGroup(actor, agentKeys));
        StatementParts.object(sub, "object").ifPresent(o -> addObject(o, agentKeys, activityIds));
        StatementParts.object(sub, "context").ifPresent(c -> addContext(c, agentKeys, activityIds));
    }

    private static void addObject(JsonObject object, Set<String> agentKeys, Set<String> activityIds) {
        String type = StatementParts.objectType(object);
        if (StatementParts.ACTIVITY.equals(type)) {
            StatementParts.string(object, "id").ifPresent(activityIds::add);
        } else if (StatementParts.isAgentOrGroup(type)) {
            addAgentOrGroup(object, agentKeys);
        }
    }

    private static void addContext(JsonObject context, Set<String> agentKeys, Set<String> activityIds) {
        StatementParts.object(context, "instructor").ifPresent(i -> addAgentOrGroup(i, agentKeys));
        StatementParts.object(context, "team").ifPresent(team -> addAgentOrGroup(team, agentKeys));
        StatementParts.allContextActivities(context)
                .forEach(activity -> StatementParts.string(activity, "id").ifPresent(activityIds::add));
    }

    /** The Agent or Group itself when identified, and every identified member of a Group. */
    private static void addAgentOrGroup(JsonObject agentOrGroup, Set<String> keys) {
        AgentIfi.of(agentOrGroup).ifPresent(ifi -> keys.add(ifi.key()));
        StatementParts.members(agentOrGroup)
                .forEach(member -> AgentIfi.of(member).ifPresent(ifi -> keys.add(ifi.key())));
    }

    private static UUID uuid(String text) {
        if (!UUID_TEXT.matcher(text).matches()) {
            throw new IllegalArgumentException("Not a UUID: " + text);
        }
        return UUID.fromString(text);
    }
}
