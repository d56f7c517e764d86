package org.flourish.lrs.xapi.rules;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.flourish.lrs.xapi.json.BoundedJsonReader;
import org.flourish.lrs.xapi.json.MalformedJsonException;

/**
 * The Inverse Functional Identifier of an Agent or identified Group (xAPI-Data 2.4.2.3): exactly one of
 * {@code mbox}, {@code mbox_sha1sum}, {@code openid} or {@code account}. Two Agents or Groups are the same when
 * they use the same kind of IFI with equal values (xAPI-Communication 2.1.3, {@code agent} parameter), so
 * equality is defined by {@link #key()}.
 *
 * <p>Values are compared as the spec allows (xAPI-Data 2.3.1.b7, case-insensitive parts): the {@code mailto:}
 * scheme and the e-mail domain, and the hexadecimal SHA1 sum, are lower-cased; the local part of an e-mail
 * address, openid IRIs and account homePage and name are case sensitive (xAPI-Data 2.2.s4.b5).
 */
public final class AgentIfi {

    /** The four kinds of IFI, named as their JSON property. */
    public enum Kind {
        MBOX("mbox"), MBOX_SHA1SUM("mbox_sha1sum"), OPENID("openid"), ACCOUNT("account");

        private final String property;

        Kind(String property) {
            this.property = property;
        }

        public String property() {
            return property;
        }
    }

    private static final String MAILTO = "mailto:";
    private static final Pattern SHA1_HEX = Pattern.compile("[0-9a-fA-F]{40}");

    private final Kind kind;
    private final String key;

    private AgentIfi(Kind kind, String normalizedValue) {
        this.kind = kind;
        this.key = kind.property() + ":" + normalizedValue;
    }

    /**
     * The IFI of an Agent or Group object; empty for an anonymous Group, or when the object breaks the
     * "exactly one IFI" rule of xAPI-Data 2.4.2.3 (none, several, or one of the wrong shape).
     */
    public static Optional<AgentIfi> of(JsonObject agentOrGroup) {
        List<Kind> present = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            if (agentOrGroup.containsKey(kind.property())) {
                present.add(kind);
            }
        }
        if (present.size() != 1) {
            return Optional.empty();
        }
        Kind kind = present.get(0);
        JsonValue value = agentOrGroup.get(kind.property());
        return switch (kind) {
            case MBOX -> mbox(value);
            case MBOX_SHA1SUM -> sha1sum(value);
            case OPENID -> openid(value);
            case ACCOUNT -> account(value);
        };
    }

    /**
     * Reads the {@code agent} request parameter: the JSON of an Agent or identified Group
     * (xAPI-Communication 2.1.3). xAPI-Data 2.2.s4.b4: parameters are validated as strictly as statements.
     *
     * @throws InvalidAgentParameterException when it is absent, not JSON, not an object, neither an Agent nor a
     *     Group, or has not exactly one well formed IFI
     */
    public static AgentIfi parseAgentParameter(String json) {
        if (json == null || json.isBlank()) {
            throw new InvalidAgentParameterException("The agent parameter is empty: send the JSON of an Agent.");
        }
        JsonObject agent = readObject(json);
        String objectType = StatementParts.actorType(agent);
        if (!StatementParts.isAgentOrGroup(objectType)) {
            throw new InvalidAgentParameterException(
                    "The agent parameter has objectType \"" + objectType + "\": only Agent or Group is allowed.");
        }
        return of(agent).orElseThrow(() -> new InvalidAgentParameterException(
                "The agent parameter must carry exactly one well formed identifier: "
                        + "mbox, mbox_sha1sum, openid or account (homePage and name)."));
    }

    /**
     * The identifier a {@link #key()} names, e.g. from {@code account:https://school.example|ada}; empty when the text
     * is not such a key. The key is read as the IFI it came from, so it is normalised again.
     */
    public static Optional<AgentIfi> fromKey(String key) {
        int colon = key.indexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        String property = key.substring(0, colon);
        String value = key.substring(colon + 1);
        var agent = JsonValues.provider().createObjectBuilder();
        if (Kind.ACCOUNT.property().equals(property)) {
            int bar = value.indexOf('|');
            if (bar < 0) {
                return Optional.empty();
            }
            agent.add(property, JsonValues.provider().createObjectBuilder().add("homePage", value.substring(0, bar))
                    .add("name", value.substring(bar + 1)));
        } else if (Kind.MBOX.property().equals(property) || Kind.MBOX_SHA1SUM.property().equals(property)
                || Kind.OPENID.property().equals(property)) {
            agent.add(property, value);
        } else {
            return Optional.empty();
        }
        return of(agent.build());
    }

    public Kind kind() {
        return kind;
    }

    /**
     * A stable string naming this identity, for a database index: the IFI property, a colon and the normalised
     * value, e.g. {@code mbox:mailto:ada@example.org}, {@code account:https://school.example|ada}. A homePage is
     * an IRL and cannot contain {@code |} unescaped (RFC 3987), so the account key is unambiguous.
     */
    public String key() {
        return key;
    }

    /**
     * For an mbox, the mbox_sha1sum identifying the same person: "An LRS MAY include Agents with a matching hash
     * when a request is based on an mbox" (xAPI-Data 2.4.2.3.s3). The hash is of the mailto IRI with the domain in
     * lower case, as clients are told to compute it (2.4.2.3.s4.b1). Empty for any other kind.
     */
    public Optional<AgentIfi> asSha1Sum() {
        if (kind != Kind.MBOX) {
            return Optional.empty();
        }
        String mbox = key.substring(Kind.MBOX.property().length() + 1);
        return Optional.of(new AgentIfi(Kind.MBOX_SHA1SUM, sha1Hex(mbox)));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AgentIfi that && key.equals(that.key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    @Override
    public String toString() {
        return key;
    }

    private static JsonObject readObject(String json) {
        JsonValue value;
        try {
            value = BoundedJsonReader.standard().read(json);
        } catch (MalformedJsonException e) {
            throw new InvalidAgentParameterException("The agent parameter " + e.getMessage() + ".");
        }
        if (value instanceof JsonObject object) {
            return object;
        }
        throw new InvalidAgentParameterException("The agent parameter must be a JSON object.");
    }

    /** mbox is a mailto IRI (xAPI-Data 2.4.2.3); the scheme and the domain are case insensitive (RFC 6068). */
    private static Optional<AgentIfi> mbox(JsonValue value) {
        return text(value)
                .filter(mbox -> mbox.regionMatches(true, 0, MAILTO, 0, MAILTO.length()))
                .map(mbox -> mbox.substring(MAILTO.length()))
                .filter(address -> address.indexOf('@') > 0 && address.indexOf('@') < address.length() - 1)
                .map(address -> {
                    int at = address.lastIndexOf('@');
                    String domain = address.substring(at + 1).toLowerCase(Locale.ROOT);
                    return new AgentIfi(Kind.MBOX, MAILTO + address.substring(0, at) + "@" + domain);
                });
    }

    private static Optional<AgentIfi> sha1sum(JsonValue value) {
        return text(value)
                .filter(sum -> SHA1_HEX.matcher(sum).matches())
                .map(sum -> new AgentIfi(Kind.MBOX_SHA1SUM, sum.toLowerCase(Locale.ROOT)));
    }

    private static Optional<AgentIfi> openid(JsonValue value) {
        return text(value).filter(uri -> !uri.isBlank()).map(uri -> new AgentIfi(Kind.OPENID, uri));
    }

    /** An account needs both homePage and name (xAPI-Data 2.4.2.4). */
    private static Optional<AgentIfi> account(JsonValue value) {
        if (!(value instanceof JsonObject account)) {
            return Optional.empty();
        }
        Optional<String> homePage = StatementParts.string(account, "homePage").filter(page -> !page.isBlank());
        Optional<String> name = StatementParts.string(account, "name").filter(n -> !n.isEmpty());
        if (homePage.isEmpty() || name.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new AgentIfi(Kind.ACCOUNT, homePage.get() + "|" + name.get()));
    }

    private static String sha1Hex(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform provides SHA-1", e);
        }
    }

    private static Optional<String> text(JsonValue value) {
        return value instanceof JsonString string ? Optional.of(string.getString()) : Optional.empty();
    }
}
