package org.flourish.pathways.xapi;

import java.util.Locale;
import java.util.Optional;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * The key of a learner, built from an Agent's inverse functional identifier the way the LRS keys agents:
 * {@code mbox:mailto:ada@example.org} (domain lower-cased, RFC 6068), {@code account:https://school.example|ada},
 * {@code openid:...}, {@code mbox_sha1sum:...} (xAPI-Data 2.4.2.3). Groups are not learners.
 */
public final class LearnerKeys {

    private static final String MAILTO = "mailto:";

    private LearnerKeys() {
    }

    /** The key of an Agent object, if it is an Agent with an identifier. */
    public static Optional<String> ofAgent(JsonObject agent) {
        if ("Group".equals(Members.text(agent, "objectType").orElse("Agent"))) {
            return Optional.empty();
        }
        Optional<String> mbox = Members.text(agent, "mbox").flatMap(LearnerKeys::mbox);
        if (mbox.isPresent()) {
            return mbox;
        }
        if (agent.get("account") instanceof JsonObject account) {
            Optional<String> home = Members.text(account, "homePage");
            Optional<String> name = Members.text(account, "name");
            if (home.isPresent() && name.isPresent()) {
                return Optional.of(account(home.get(), name.get()));
            }
        }
        return Members.text(agent, "openid").map(openid -> "openid:" + openid)
                .or(() -> Members.text(agent, "mbox_sha1sum").map(sum -> "mbox_sha1sum:" + sum.toLowerCase(Locale.ROOT)));
    }

    /** The key of a mailto IRI, e.g. {@code mailto:Ada@Example.org} gives {@code mbox:mailto:Ada@example.org}. */
    public static Optional<String> mbox(String mailto) {
        if (!mailto.regionMatches(true, 0, MAILTO, 0, MAILTO.length())) {
            return Optional.empty();
        }
        String address = mailto.substring(MAILTO.length());
        int at = address.lastIndexOf('@');
        if (at <= 0) {
            return Optional.empty();
        }
        return Optional.of("mbox:" + MAILTO + address.substring(0, at) + address.substring(at).toLowerCase(Locale.ROOT));
    }

    /**
     * The Agent a learner key names, e.g. {@code {"objectType":"Agent","mbox":"mailto:ada@example.org"}} for
     * {@code mbox:mailto:ada@example.org}; empty for text that is not a learner key.
     */
    public static Optional<JsonObject> agentOf(String learnerKey) {
        int colon = learnerKey.indexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        String value = learnerKey.substring(colon + 1);
        var agent = Json.createObjectBuilder().add("objectType", "Agent");
        switch (learnerKey.substring(0, colon)) {
            case "mbox" -> agent.add("mbox", value);
            case "openid" -> agent.add("openid", value);
            case "mbox_sha1sum" -> agent.add("mbox_sha1sum", value);
            case "account" -> {
                int bar = value.indexOf('|');
                if (bar <= 0) {
                    return Optional.empty();
                }
                agent.add("account", Json.createObjectBuilder().add("homePage", value.substring(0, bar))
                        .add("name", value.substring(bar + 1)));
            }
            default -> {
                return Optional.empty();
            }
        }
        JsonObject built = agent.build();
        return ofAgent(built).map(key -> built);
    }

    public static String account(String homePage, String name) {
        return "account:" + homePage + "|" + name;
    }
}
