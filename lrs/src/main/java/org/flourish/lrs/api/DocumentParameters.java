package org.flourish.lrs.api;

import jakarta.json.JsonObject;
import jakarta.ws.rs.core.MultivaluedMap;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.flourish.lrs.error.InvalidRequestException;
import org.flourish.lrs.xapi.json.BoundedJsonReader;
import org.flourish.lrs.xapi.json.MalformedJsonException;
import org.flourish.lrs.xapi.rules.AgentIfi;
import org.flourish.lrs.xapi.rules.InvalidAgentParameterException;
import org.flourish.lrs.xapi.validate.format.IriFormat;
import org.flourish.lrs.xapi.validate.format.UuidFormat;

/**
 * The query parameters of a Document, Agents or Activities request, validated as strictly as statements
 * (xAPI-Communication 3.2.s3.b7-b8: unknown parameters, and known ones in the wrong case, are a 400).
 */
final class DocumentParameters {

    /**
     * The longest activityId, stateId or profileId, and the longest agent as the LRS keys it: the width of the columns
     * that hold them ({@code document.activity_id}, {@code document_id}, {@code agent_key}: VARCHAR(4000), V2 migration).
     */
    static final int MAX_ID_CHARS = 4000;

    private final MultivaluedMap<String, String> parameters;

    private DocumentParameters(MultivaluedMap<String, String> parameters) {
        this.parameters = parameters;
    }

    /** Accepts only the named parameters, each at most once. */
    static DocumentParameters of(MultivaluedMap<String, String> parameters, Set<String> allowed, String request) {
        for (var entry : parameters.entrySet()) {
            String name = entry.getKey();
            if (!allowed.contains(name)) {
                throw new InvalidRequestException(allowed.stream().filter(name::equalsIgnoreCase).findFirst()
                        .map(known -> "parameter names are case sensitive: " + name + " must be written " + known)
                        .orElse("unknown parameter " + name + " for " + request + "; allowed: "
                                + String.join(", ", allowed.stream().sorted().toList())));
            }
            if (entry.getValue().size() > 1) {
                throw new InvalidRequestException("parameter " + name + " is given more than once");
            }
        }
        return new DocumentParameters(parameters);
    }

    Optional<String> optional(String name) {
        return Optional.ofNullable(parameters.getFirst(name));
    }

    String required(String name) {
        return optional(name).filter(value -> !value.isEmpty())
                .orElseThrow(() -> new InvalidRequestException("the " + name + " parameter is required"));
    }

    boolean has(String name) {
        return parameters.containsKey(name);
    }

    /** A stateId or profileId: any non-empty string the client chooses, up to {@link #MAX_ID_CHARS}. */
    String documentId(String name) {
        return withinLimit(name, required(name));
    }

    /** The activityId: an IRI (xAPI-Data 2.4.4.1). */
    String activityId() {
        String id = withinLimit("activityId", required("activityId"));
        if (!IriFormat.isIri(id)) {
            throw new InvalidRequestException("activityId must be an IRI: " + id);
        }
        return id;
    }

    /** The agent parameter as its identifier. */
    AgentIfi agentIfi(boolean groupsAllowed) {
        AgentIfi agent = AgentIfi.of(agent(groupsAllowed)).orElseThrow();
        withinLimit("agent", agent.key());
        return agent;
    }

    private static String withinLimit(String name, String value) {
        if (value.length() > MAX_ID_CHARS) {
            throw new InvalidRequestException("the " + name + " parameter is longer than this LRS accepts ("
                    + MAX_ID_CHARS + " characters)");
        }
        return value;
    }

    /**
     * The agent parameter: the JSON of an Agent with exactly one identifier. Where the spec says it "is an Agent
     * Object and not a Group" (Agents 2.4.s2, Agent Profile 2.6.s3) a Group is refused.
     */
    JsonObject agent(boolean groupsAllowed) {
        String json = required("agent");
        try {
            AgentIfi.parseAgentParameter(json);
        } catch (InvalidAgentParameterException e) {
            throw new InvalidRequestException(e.getMessage());
        }
        JsonObject agent = readObject(json);
        if (!groupsAllowed && "Group".equals(agent.getString("objectType", "Agent"))) {
            throw new InvalidRequestException("the agent parameter of this resource is an Agent, not a Group; "
                    + "use the Group's identifier in an Agent object");
        }
        return agent;
    }

    Optional<UUID> registration() {
        return optional("registration").map(value -> {
            if (!UuidFormat.isValid(value)) {
                throw new InvalidRequestException("registration must be a UUID: " + value);
            }
            return UUID.fromString(value);
        });
    }

    /** A timestamp with its offset from UTC, exclusive lower bound of the list (2.3.s4, 2.6.s4, 2.7.s4). */
    Optional<OffsetDateTime> since() {
        return optional("since").map(value -> {
            try {
                return OffsetDateTime.parse(value);
            } catch (DateTimeParseException e) {
                throw new InvalidRequestException("since must be an ISO 8601 timestamp with its offset: " + value);
            }
        });
    }

    /** A single-document request cannot also ask for a list: {@code since} with the document's id is a 400. */
    void requireNotBoth(String documentIdName) {
        if (has(documentIdName) && has("since")) {
            throw new InvalidRequestException("since applies only to a list of ids; it cannot be sent with "
                    + documentIdName);
        }
    }

    private static JsonObject readObject(String json) {
        try {
            return BoundedJsonReader.standard().read(json).asJsonObject();
        } catch (MalformedJsonException | ClassCastException e) {
            throw new InvalidRequestException("the agent parameter is not a JSON object");
        }
    }

    static Set<String> names(String... names) {
        return Set.copyOf(List.of(names));
    }
}
