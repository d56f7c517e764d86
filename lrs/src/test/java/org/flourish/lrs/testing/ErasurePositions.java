package org.flourish.lrs.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * A child known by a mailbox and a school account, and a valid xAPI 2.0 statement for every position in which a
 * statement can name them: what an erasure must find. Each statement names the child in that one position only,
 * under one of the child's identifiers; everyone else in it is a stranger made up for the statement.
 */
public final class ErasurePositions {

    public static final String SCHOOL = "https://school.example.org";
    private static final String LEARNER_EXTENSION = "https://w3id.org/flourish/extensions/learner";
    private static final JsonObject COMPLETED = Json.createObjectBuilder()
            .add("id", "http://adlnet.gov/expapi/verbs/completed")
            .add("display", Json.createObjectBuilder().add("en-US", "completed")).build();

    private final String email;
    private final String accountName;
    private final String name;

    private ErasurePositions(String email, String accountName, String name) {
        this.email = email;
        this.accountName = accountName;
        this.name = name;
    }

    public static ErasurePositions newChild() {
        String unique = UUID.randomUUID().toString();
        return new ErasurePositions("child-" + unique + "@example.org", "C-" + unique,
                "Awa " + unique.substring(0, 8));
    }

    public JsonObject mboxAgent() {
        return Json.createObjectBuilder().add("objectType", "Agent").add("name", name).add("mbox", "mailto:" + email)
                .build();
    }

    public JsonObject accountAgent() {
        return Json.createObjectBuilder().add("objectType", "Agent").add("name", name).add("account",
                Json.createObjectBuilder().add("homePage", SCHOOL).add("name", accountName)).build();
    }

    public JsonObject sha1Agent() {
        return Json.createObjectBuilder().add("objectType", "Agent").add("mbox_sha1sum", sha1(mailto())).build();
    }

    public String accountName() {
        return accountName;
    }

    /** Text that only this child's data contains: the mailbox, the account name, the name, the mailbox's hash. */
    public List<String> traces() {
        return List.of(email, accountName, name, sha1(mailto()));
    }

    private String mailto() {
        return "mailto:" + email;
    }

    /** One statement per position that names the child, the first with the child as actor. */
    public List<JsonObject> namingStatements() {
        List<JsonObject> statements = new ArrayList<>();
        statements.add(base(mboxAgent()).build());
        statements.add(base(group(accountAgent())).build());
        statements.add(base(identifiedGroup(sha1Agent())).build());
        statements.add(base(stranger()).add("object", mboxAgent()).build());
        statements.add(base(stranger()).add("object", group(accountAgent())).build());
        statements.add(base(stranger()).add("authority", mboxAgent()).build());
        statements.add(base(stranger()).add("authority", Json.createObjectBuilder().add("objectType", "Group")
                .add("member", Json.createArrayBuilder().add(accountAgent()).add(Json.createObjectBuilder()
                        .add("account", Json.createObjectBuilder().add("homePage", SCHOOL).add("name", "app")))))
                .build());
        for (JsonObjectBuilder context : contexts()) {
            statements.add(base(stranger()).add("context", context).build());
        }
        for (JsonObjectBuilder context : contexts()) {
            statements.add(base(stranger()).add("object", subStatement().add("context", context)).build());
        }
        statements.add(base(stranger()).add("object", subStatement().add("actor", accountAgent())).build());
        statements.add(base(stranger()).add("object", subStatement().add("object", mboxAgent())).build());
        statements.add(base(stranger()).add("result", Json.createObjectBuilder().add("extensions",
                Json.createObjectBuilder().add("https://example.org/extensions/peers",
                        Json.createArrayBuilder().add(stranger()).add(Json.createObjectBuilder()
                                .add("helper", accountAgent()))))).build());
        statements.add(base(stranger()).add("object", Json.createObjectBuilder().add("objectType", "Activity")
                .add("id", activity()).add("definition", Json.createObjectBuilder().add("extensions",
                        Json.createObjectBuilder().add("https://example.org/extensions/author", mboxAgent())))).build());
        statements.add(base(stranger()).add("object", subStatement().add("result", Json.createObjectBuilder()
                .add("extensions", Json.createObjectBuilder().add("https://example.org/extensions/peer",
                        sha1Agent())))).build());
        return statements;
    }

    /** The context positions: instructor, team, 2.0 contextAgents and contextGroups, extensions. */
    private List<JsonObjectBuilder> contexts() {
        return List.of(
                Json.createObjectBuilder().add("instructor", mboxAgent()),
                Json.createObjectBuilder().add("instructor", group(accountAgent())),
                Json.createObjectBuilder().add("team", group(mboxAgent())),
                Json.createObjectBuilder().add("contextAgents", Json.createArrayBuilder().add(stranger("contextAgent"))
                        .add(Json.createObjectBuilder().add("objectType", "contextAgent").add("agent", accountAgent())
                                .add("relevantTypes", Json.createArrayBuilder().add("https://example.org/roles/learner")))),
                Json.createObjectBuilder().add("contextGroups", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("objectType", "contextGroup").add("group", group(mboxAgent())))),
                Json.createObjectBuilder().add("contextGroups", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("objectType", "contextGroup").add("group", identifiedGroup(accountAgent())))),
                Json.createObjectBuilder().add("extensions", Json.createObjectBuilder()
                        .add("https://example.org/extensions/buddy", sha1Agent())),
                Json.createObjectBuilder().add("extensions", Json.createObjectBuilder()
                        .add(LEARNER_EXTENSION, "account:" + SCHOOL + "|" + accountName)),
                Json.createObjectBuilder().add("extensions", Json.createObjectBuilder()
                        .add(LEARNER_EXTENSION, "mbox:" + mailto())));
    }

    /**
     * Statements that point to {@code target} without naming anyone of the child: an object StatementRef, a voiding
     * statement, a context StatementRef, a SubStatement's context StatementRef (last).
     */
    public static List<JsonObject> pointingTo(UUID target) {
        JsonObject ref = Json.createObjectBuilder().add("objectType", "StatementRef").add("id", target.toString())
                .build();
        JsonObject voided = Json.createObjectBuilder().add("id", "http://adlnet.gov/expapi/verbs/voided")
                .add("display", Json.createObjectBuilder().add("en-US", "voided")).build();
        return List.of(
                base(stranger()).add("object", ref).build(),
                base(stranger()).add("verb", voided).add("object", ref).build(),
                base(stranger()).add("context", Json.createObjectBuilder().add("statement", ref)).build(),
                base(stranger()).add("object", subStatement().add("context", Json.createObjectBuilder()
                        .add("statement", ref))).build());
    }

    private static JsonObjectBuilder base(JsonObject actor) {
        return Json.createObjectBuilder().add("actor", actor).add("verb", COMPLETED)
                .add("object", Json.createObjectBuilder().add("objectType", "Activity").add("id", activity()));
    }

    private static JsonObjectBuilder subStatement() {
        return Json.createObjectBuilder().add("objectType", "SubStatement").add("actor", stranger())
                .add("verb", COMPLETED)
                .add("object", Json.createObjectBuilder().add("objectType", "Activity").add("id", activity()));
    }

    private static JsonObject group(JsonObject member) {
        return Json.createObjectBuilder().add("objectType", "Group")
                .add("member", Json.createArrayBuilder().add(member).add(stranger())).build();
    }

    private static JsonObject identifiedGroup(JsonObject member) {
        return Json.createObjectBuilder().add("objectType", "Group").add("name", "Class 4B")
                .add("mbox", "mailto:class-" + UUID.randomUUID() + "@school.example.org")
                .add("member", Json.createArrayBuilder().add(member)).build();
    }

    private static JsonObject stranger() {
        return Json.createObjectBuilder().add("objectType", "Agent")
                .add("mbox", "mailto:stranger-" + UUID.randomUUID() + "@example.org").build();
    }

    private static JsonObjectBuilder stranger(String contextObjectType) {
        return Json.createObjectBuilder().add("objectType", contextObjectType).add("agent", stranger());
    }

    private static String activity() {
        return "https://school.example.org/activities/" + UUID.randomUUID();
    }

    private static String sha1(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
