package org.flourish.lrs.store;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.flourish.lrs.xapi.rules.AgentIfi;

/**
 * Where a document lives: its kind and the Activity, Agent and registration that kind is keyed by
 * (xAPI-Communication 2.3, 2.6, 2.7). Agents are kept by {@link AgentIfi#key()}, so two spellings of the same
 * identifier reach the same documents.
 */
public record DocumentContext(DocumentKind kind, Optional<String> activityId, Optional<String> agentKey,
        Optional<UUID> registration) {

    public DocumentContext {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(activityId, "activityId");
        Objects.requireNonNull(agentKey, "agentKey");
        Objects.requireNonNull(registration, "registration");
    }

    public static DocumentContext state(String activityId, AgentIfi agent, Optional<UUID> registration) {
        return new DocumentContext(DocumentKind.STATE, Optional.of(activityId), Optional.of(agent.key()),
                registration);
    }

    public static DocumentContext activityProfile(String activityId) {
        return new DocumentContext(DocumentKind.ACTIVITY_PROFILE, Optional.of(activityId), Optional.empty(),
                Optional.empty());
    }

    public static DocumentContext agentProfile(AgentIfi agent) {
        return new DocumentContext(DocumentKind.AGENT_PROFILE, Optional.empty(), Optional.of(agent.key()),
                Optional.empty());
    }

    /** The document with this id in this context. */
    public DocumentKey document(String documentId) {
        return new DocumentKey(this, documentId);
    }
}
