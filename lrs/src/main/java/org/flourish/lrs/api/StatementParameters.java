package org.flourish.lrs.api;

import jakarta.ws.rs.core.MultivaluedMap;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.flourish.lrs.error.InvalidRequestException;
import org.flourish.lrs.store.FilterTerm;
import org.flourish.lrs.store.FilterTerm.Kind;
import org.flourish.lrs.store.StatementQuery;
import org.flourish.lrs.xapi.rules.AgentIfi;
import org.flourish.lrs.xapi.rules.InvalidAgentParameterException;
import org.flourish.lrs.xapi.rules.StatementFormat.Format;

/**
 * The query parameters of GET statements (xAPI-Communication 2.1.3), checked one by one: every parameter is known,
 * given once, and well formed, or the request is refused with 400 naming it.
 */
final class StatementParameters {

    /** The most statements one page carries; {@code limit=0} or none asks for this many. */
    static final int MAX_LIMIT = 500;

    private static final Set<String> QUERY_PARAMETERS = Set.of("agent", "verb", "activity", "registration",
            "related_activities", "related_agents", "since", "until", "limit", "format", "attachments", "ascending");
    private static final Set<String> SINGLE_PARAMETERS = Set.of("statementId", "voidedStatementId", "format",
            "attachments");

    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern ABSOLUTE_IRI = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:\\S+");

    private final Map<String, String> values;

    private StatementParameters(Map<String, String> values) {
        this.values = values;
    }

    /** A request for one statement by id. */
    record Single(UUID id, boolean voided, Format format, boolean attachments) {
    }

    /** A query, first page. */
    record Query(StatementQuery query, Format format, boolean attachments) {
    }

    static StatementParameters of(MultivaluedMap<String, String> parameters) {
        Map<String, String> single = new java.util.HashMap<>();
        parameters.forEach((name, list) -> {
            if (list.size() != 1) {
                throw new InvalidRequestException("parameter " + name + " is given more than once");
            }
            single.put(name, list.get(0));
        });
        return new StatementParameters(single);
    }

    boolean isMore() {
        return values.containsKey("more");
    }

    String more() {
        if (values.size() != 1) {
            throw new InvalidRequestException("more takes no other parameters");
        }
        return values.get("more");
    }

    boolean isSingle() {
        return values.containsKey("statementId") || values.containsKey("voidedStatementId");
    }

    /** statementId or voidedStatementId, with only format and attachments beside it (xAPI-Communication 2.1.3). */
    Single single() {
        for (String name : values.keySet()) {
            if (!SINGLE_PARAMETERS.contains(name)) {
                throw new InvalidRequestException("parameter " + name
                        + " cannot be used with statementId or voidedStatementId");
            }
        }
        if (values.containsKey("statementId") && values.containsKey("voidedStatementId")) {
            throw new InvalidRequestException("give statementId or voidedStatementId, not both");
        }
        boolean voided = values.containsKey("voidedStatementId");
        String name = voided ? "voidedStatementId" : "statementId";
        return new Single(uuid(name, values.get(name)), voided, format(), bool("attachments", false));
    }

    Query query(OptionalLong onlyCredential) {
        for (String name : values.keySet()) {
            if (!QUERY_PARAMETERS.contains(name)) {
                throw new InvalidRequestException("unknown parameter " + name + " for GET statements");
            }
        }
        Set<FilterTerm> terms = new HashSet<>();
        optional("verb").ifPresent(verb -> terms.add(new FilterTerm(Kind.VERB, iri("verb", verb))));
        optional("registration").ifPresent(r -> terms.add(new FilterTerm(Kind.REGISTRATION,
                uuid("registration", r).toString())));
        boolean relatedAgents = bool("related_agents", false);
        optional("agent").ifPresent(agent -> terms.add(new FilterTerm(relatedAgents ? Kind.RELATED_AGENT : Kind.AGENT,
                agentKey(agent))));
        boolean relatedActivities = bool("related_activities", false);
        optional("activity").ifPresent(activity -> terms.add(new FilterTerm(
                relatedActivities ? Kind.RELATED_ACTIVITY : Kind.ACTIVITY, iri("activity", activity))));
        StatementQuery query = new StatementQuery(terms, optional("since").map(s -> time("since", s)),
                optional("until").map(u -> time("until", u)), bool("ascending", false), limit(), onlyCredential);
        return new Query(query, format(), bool("attachments", false));
    }

    private Optional<String> optional(String name) {
        return Optional.ofNullable(values.get(name));
    }

    private Format format() {
        return optional("format").map(f -> Format.parse(f).orElseThrow(() -> new InvalidRequestException(
                "format must be ids, exact or canonical, not " + f))).orElse(Format.EXACT);
    }

    private boolean bool(String name, boolean absent) {
        return optional(name).map(value -> switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidRequestException(name + " must be true or false, not " + value);
        }).orElse(absent);
    }

    private int limit() {
        return optional("limit").map(value -> {
            try {
                int limit = Integer.parseInt(value);
                if (limit < 0) {
                    throw new NumberFormatException();
                }
                return limit == 0 ? MAX_LIMIT : Math.min(limit, MAX_LIMIT);
            } catch (NumberFormatException e) {
                throw new InvalidRequestException("limit must be a non-negative integer, not " + value);
            }
        }).orElse(MAX_LIMIT);
    }

    private static UUID uuid(String name, String value) {
        if (value == null || !UUID_TEXT.matcher(value).matches()) {
            throw new InvalidRequestException(name + " must be a UUID, not " + value);
        }
        return UUID.fromString(value);
    }

    private static String iri(String name, String value) {
        if (!ABSOLUTE_IRI.matcher(value).matches()) {
            throw new InvalidRequestException(name + " must be an absolute IRI, not " + value);
        }
        return value;
    }

    private static OffsetDateTime time(String name, String value) {
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(name + " must be an ISO 8601 timestamp with a time zone, not " + value);
        }
    }

    private static String agentKey(String json) {
        try {
            return AgentIfi.parseAgentParameter(json).key();
        } catch (InvalidAgentParameterException e) {
            throw new InvalidRequestException("agent: " + e.getMessage());
        }
    }
}
