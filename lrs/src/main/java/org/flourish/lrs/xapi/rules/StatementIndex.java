package org.flourish.lrs.xapi.rules;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What the store indexes of one statement to answer the filters of GET statements (xAPI-Communication 2.1.3).
 * Built by {@link StatementIndexer}; see there for what each set holds and why.
 *
 * @param verbId                the Verb id, matched by {@code verb}
 * @param registration          context.registration, matched by {@code registration}
 * @param agentKeys             {@link AgentIfi#key()}s matched by {@code agent} (related_agents=false)
 * @param relatedAgentKeys      keys matched by {@code agent} with related_agents=true; contains agentKeys
 * @param activityIds           Activity ids matched by {@code activity} (related_activities=false)
 * @param relatedActivityIds    ids matched with related_activities=true; contains activityIds
 * @param referencedStatementId the object's id when it is a StatementRef, for the StatementRef filter rule
 * @param otherAgentKeys        keys of the agents the statement names where no filter looks (2.0 contextAgents and
 *                              contextGroups, extensions; see {@link StatementMentions}): found only by erasure
 * @param contextStatementIds   the targets of context.statement StatementRefs: erasing a target erases the statement
 */
public record StatementIndex(
        String verbId,
        Optional<UUID> registration,
        Set<String> agentKeys,
        Set<String> relatedAgentKeys,
        Set<String> activityIds,
        Set<String> relatedActivityIds,
        Optional<UUID> referencedStatementId,
        Set<String> otherAgentKeys,
        Set<UUID> contextStatementIds) {

    /** An index without agents outside the filtered positions and without context StatementRefs. */
    public StatementIndex(String verbId, Optional<UUID> registration, Set<String> agentKeys,
            Set<String> relatedAgentKeys, Set<String> activityIds, Set<String> relatedActivityIds,
            Optional<UUID> referencedStatementId) {
        this(verbId, registration, agentKeys, relatedAgentKeys, activityIds, relatedActivityIds,
                referencedStatementId, Set.of(), Set.of());
    }

    public StatementIndex {
        Objects.requireNonNull(verbId, "verbId");
        Objects.requireNonNull(registration, "registration");
        Objects.requireNonNull(referencedStatementId, "referencedStatementId");
        agentKeys = Set.copyOf(agentKeys);
        relatedAgentKeys = Set.copyOf(relatedAgentKeys);
        activityIds = Set.copyOf(activityIds);
        relatedActivityIds = Set.copyOf(relatedActivityIds);
        otherAgentKeys = Set.copyOf(otherAgentKeys);
        contextStatementIds = Set.copyOf(contextStatementIds);
        requireSuperset(relatedAgentKeys, agentKeys, "relatedAgentKeys", "agentKeys");
        requireSuperset(relatedActivityIds, activityIds, "relatedActivityIds", "activityIds");
    }

    /** A broad filter (related_*=true) must match at least what the narrow one matches. */
    private static void requireSuperset(Set<String> broad, Set<String> narrow, String broadName, String narrowName) {
        if (!broad.containsAll(narrow)) {
            throw new IllegalArgumentException(broadName + " must contain every one of " + narrowName);
        }
    }
}
