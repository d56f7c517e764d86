package org.flourish.lrs.xapi.validate;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Set;
import org.flourish.lrs.xapi.validate.format.IriFormat;
import org.flourish.lrs.xapi.validate.format.MboxFormat;

/** Agents, Groups, their identifiers and accounts (xAPI-Data 2.4.2), wherever they appear in a statement. */
final class ActorRules {

    static final String AGENT = "Agent";
    static final String GROUP = "Group";

    private static final String MBOX = "mbox";
    private static final String MBOX_SHA1SUM = "mbox_sha1sum";
    private static final String OPENID = "openid";
    private static final String ACCOUNT = "account";
    private static final String NAME = "name";
    private static final String MEMBER = "member";
    private static final String HOME_PAGE = "homePage";

    private static final Set<String> AGENT_PROPERTIES =
            Set.of(Properties.OBJECT_TYPE, NAME, MBOX, MBOX_SHA1SUM, OPENID, ACCOUNT);
    private static final Set<String> GROUP_PROPERTIES =
            Set.of(Properties.OBJECT_TYPE, NAME, MBOX, MBOX_SHA1SUM, OPENID, ACCOUNT, MEMBER);
    private static final Set<String> ACCOUNT_PROPERTIES = Set.of(HOME_PAGE, NAME);
    private static final Set<String> IDENTIFIERS = Set.of(MBOX, MBOX_SHA1SUM, OPENID, ACCOUNT);
    private static final int OAUTH_GROUP_SIZE = 2;

    private ActorRules() {
    }

    /** An Agent or a Group: the actor of a statement, an instructor. Without objectType it is an Agent. */
    static void checkActor(JsonValue value, Path path, Violations out) {
        if (!Values.isObject(value, path, "an Agent or a Group", Sections.ACTOR, out)) {
            return;
        }
        JsonObject actor = (JsonObject) value;
        JsonValue type = actor.get(Properties.OBJECT_TYPE);
        if (type == null || isText(type, AGENT)) {
            checkAgentProperties(actor, path, out);
        } else if (isText(type, GROUP)) {
            checkGroupProperties(actor, path, out);
        } else {
            out.add(path.property(Properties.OBJECT_TYPE),
                    "must be \"Agent\" or \"Group\" (case-sensitive), not " + Values.show(type), Sections.ACTOR);
        }
    }

    /** An Agent: objectType optional but, when present, "Agent" (xAPI-Data 2.4.2.1). */
    static void checkAgent(JsonValue value, Path path, Violations out) {
        if (!Values.isObject(value, path, "an Agent", Sections.AGENT, out)) {
            return;
        }
        JsonObject agent = (JsonObject) value;
        Properties.objectTypeIs(agent, AGENT, false, path, Sections.AGENT, out);
        checkAgentProperties(agent, path, out);
    }

    /** A Group: objectType "Group" required (xAPI-Data 2.4.2.2). */
    static void checkGroup(JsonValue value, Path path, Violations out) {
        if (!Values.isObject(value, path, "a Group", Sections.GROUP, out)) {
            return;
        }
        JsonObject group = (JsonObject) value;
        Properties.objectTypeIs(group, GROUP, true, path, Sections.GROUP, out);
        checkGroupProperties(group, path, out);
    }

    /**
     * Authority MUST be an Agent, except in 3-legged OAuth: then an anonymous Group of exactly two Agents, the
     * consumer and the user (xAPI-Data 2.4.9.s3.b3); an identified Group stands for no OAuth pair.
     */
    static void checkAuthority(JsonValue value, Path path, Violations out) {
        if (!Values.isObject(value, path, "an Agent or a Group of two Agents", Sections.AUTHORITY, out)) {
            return;
        }
        JsonObject authority = (JsonObject) value;
        if (!isText(authority.get(Properties.OBJECT_TYPE), GROUP)) {
            checkAgent(authority, path, out);
            return;
        }
        checkGroupProperties(authority, path, out);
        if (IDENTIFIERS.stream().anyMatch(authority::containsKey)) {
            out.add(path, "a Group as authority must be anonymous (the OAuth consumer and user, no identifier)",
                    Sections.AUTHORITY);
        }
        JsonValue members = authority.get(MEMBER);
        if (members == null || (members instanceof JsonArray list && list.size() != OAUTH_GROUP_SIZE)) {
            out.add(path.property(MEMBER), "must list exactly two Agents (the OAuth consumer and the user), found "
                    + (members == null ? 0 : ((JsonArray) members).size()), Sections.AUTHORITY);
        }
    }

    private static void checkAgentProperties(JsonObject agent, Path path, Violations out) {
        Properties.allowOnly(agent, AGENT_PROPERTIES, path, "an Agent", Sections.AGENT, out);
        checkName(agent, path, Sections.AGENT, out);
        int identifiers = checkIdentifiers(agent, path, out);
        if (identifiers != 1) {
            out.add(path, "must have exactly one inverse functional identifier (mbox, mbox_sha1sum, openid or "
                    + "account), found " + identifiers, Sections.AGENT);
        }
    }

    private static void checkGroupProperties(JsonObject group, Path path, Violations out) {
        Properties.allowOnly(group, GROUP_PROPERTIES, path, "a Group", Sections.GROUP, out);
        checkName(group, path, Sections.GROUP, out);
        int identifiers = checkIdentifiers(group, path, out);
        JsonValue members = group.get(MEMBER);
        if (identifiers > 1) {
            out.add(path, "an identified Group must have exactly one inverse functional identifier, found "
                    + identifiers, Sections.GROUP);
        } else if (identifiers == 0 && members == null) {
            out.add(path.property(MEMBER), "is required: an anonymous Group (no identifier) must list its members",
                    Sections.GROUP);
        }
        if (members != null) {
            checkMembers(members, path.property(MEMBER), out);
        }
    }

    /** Members are Agents: a Group MUST NOT contain Group Objects in "member" (xAPI-Data 2.4.2.2). */
    private static void checkMembers(JsonValue value, Path path, Violations out) {
        if (!Values.isArray(value, path, "an array of Agents", Sections.GROUP, out)) {
            return;
        }
        JsonArray members = (JsonArray) value;
        for (int i = 0; i < members.size(); i++) {
            JsonValue member = members.get(i);
            Path memberPath = path.index(i);
            if (member instanceof JsonObject object && isText(object.get(Properties.OBJECT_TYPE), GROUP)) {
                out.add(memberPath, "must be an Agent: a Group cannot be a member of a Group", Sections.GROUP);
            } else {
                checkAgent(member, memberPath, out);
            }
        }
    }

    private static void checkName(JsonObject actor, Path path, String section, Violations out) {
        JsonValue name = actor.get(NAME);
        if (name != null) {
            Values.string(name, path.property(NAME), section, out);
        }
    }

    /** Checks each inverse functional identifier present (xAPI-Data 2.4.2.3) and returns how many there are. */
    private static int checkIdentifiers(JsonObject actor, Path path, Violations out) {
        int count = 0;
        JsonValue mbox = actor.get(MBOX);
        if (mbox != null) {
            count++;
            checkMbox(mbox, path.property(MBOX), out);
        }
        JsonValue sha1 = actor.get(MBOX_SHA1SUM);
        if (sha1 != null) {
            count++;
            checkSha1Sum(sha1, path.property(MBOX_SHA1SUM), out);
        }
        JsonValue openid = actor.get(OPENID);
        if (openid != null) {
            count++;
            checkOpenId(openid, path.property(OPENID), out);
        }
        JsonValue account = actor.get(ACCOUNT);
        if (account != null) {
            count++;
            checkAccount(account, path.property(ACCOUNT), out);
        }
        return count;
    }

    private static void checkMbox(JsonValue value, Path path, Violations out) {
        if (Values.string(value, path, Sections.IFI, out)
                && !MboxFormat.isMailtoIri(((JsonString) value).getString())) {
            out.add(path, "must be a mailto: IRI (\"mailto:\" followed by an email address)", Sections.IFI);
        }
    }

    private static void checkSha1Sum(JsonValue value, Path path, Violations out) {
        if (Values.string(value, path, Sections.IFI, out) && !MboxFormat.isSha1Sum(((JsonString) value).getString())) {
            out.add(path, "must be the hex-encoded SHA-1 hash of a mailto IRI: 40 hexadecimal digits", Sections.IFI);
        }
    }

    private static void checkOpenId(JsonValue value, Path path, Violations out) {
        if (Values.string(value, path, Sections.IFI, out) && !IriFormat.isUri(((JsonString) value).getString())) {
            out.add(path, "must be an absolute URI", Sections.IFI);
        }
    }

    /** An account has exactly a homePage IRL and a name string (xAPI-Data 2.4.2.4). */
    private static void checkAccount(JsonValue value, Path path, Violations out) {
        if (!Values.isObject(value, path, "an Account", Sections.ACCOUNT, out)) {
            return;
        }
        JsonObject account = (JsonObject) value;
        Properties.allowOnly(account, ACCOUNT_PROPERTIES, path, "an Account", Sections.ACCOUNT, out);
        if (Properties.require(account, HOME_PAGE, path, Sections.ACCOUNT, out)) {
            Values.irl(account.get(HOME_PAGE), path.property(HOME_PAGE), Sections.ACCOUNT, out);
        }
        if (Properties.require(account, NAME, path, Sections.ACCOUNT, out)) {
            Values.string(account.get(NAME), path.property(NAME), Sections.ACCOUNT, out);
        }
    }

    private static boolean isText(JsonValue value, String expected) {
        return value instanceof JsonString text && expected.equals(text.getString());
    }
}
