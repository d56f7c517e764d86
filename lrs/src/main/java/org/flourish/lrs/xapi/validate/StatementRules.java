package org.flourish.lrs.xapi.validate;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Set;
import java.util.regex.Pattern;
import org.flourish.lrs.xapi.XapiVersion;
import org.flourish.lrs.xapi.validate.format.TimestampFormat;

/**
 * A Statement (xAPI-Data 2.4) and a SubStatement, which MUST be validated as a Statement in addition to its own rules
 * (xAPI-Data 2.4.4.3): same actor, verb, object, result, context, timestamp and attachments rules; no id, stored,
 * version or authority; no SubStatement inside.
 */
final class StatementRules {

    private static final String ID = "id";
    private static final String ACTOR = "actor";
    private static final String VERB = "verb";
    private static final String OBJECT = "object";
    private static final String RESULT = "result";
    private static final String CONTEXT = "context";
    private static final String TIMESTAMP = "timestamp";
    private static final String STORED = "stored";
    private static final String AUTHORITY = "authority";
    private static final String VERSION = "version";
    private static final String ATTACHMENTS = "attachments";
    static final String SUBSTATEMENT = "SubStatement";

    private static final Set<String> STATEMENT_PROPERTIES = Set.of(ID, ACTOR, VERB, OBJECT, RESULT, CONTEXT,
            TIMESTAMP, STORED, AUTHORITY, VERSION, ATTACHMENTS);
    private static final Set<String> SUBSTATEMENT_PROPERTIES = Set.of(Properties.OBJECT_TYPE, ACTOR, VERB, OBJECT,
            RESULT, CONTEXT, TIMESTAMP, ATTACHMENTS);
    private static final Set<String> FORBIDDEN_IN_SUBSTATEMENT = Set.of(ID, STORED, VERSION, AUTHORITY);

    /** Statement versions an LRS accepts: "1.0" or "1.0.x" (xAPI-Data 2.4.10); under 2.0.0 also "2.0" or "2.0.x". */
    private static final Pattern VERSION_1_0 = Pattern.compile("1\\.0(\\.[0-9]+)?");
    private static final Pattern VERSION_1_0_OR_2_0 = Pattern.compile("[12]\\.0(\\.[0-9]+)?");

    private final XapiVersion version;
    private final ContextRules contextRules;
    private final TimestampFormat.OffsetRule offsetRule;
    private final Pattern acceptedVersions;

    StatementRules(XapiVersion version) {
        this.version = version;
        this.contextRules = new ContextRules(version);
        this.offsetRule = version.isAtLeast2()
                ? TimestampFormat.OffsetRule.MUST_INCLUDE : TimestampFormat.OffsetRule.MAY_OMIT;
        this.acceptedVersions = version.isAtLeast2() ? VERSION_1_0_OR_2_0 : VERSION_1_0;
    }

    void checkStatement(JsonValue value, Path path, Violations out) {
        if (!Values.isObject(value, path, "a Statement", Sections.STATEMENT, out)) {
            return;
        }
        JsonObject statement = (JsonObject) value;
        Properties.allowOnly(statement, STATEMENT_PROPERTIES, path, "a Statement", Sections.STATEMENT, out);
        JsonValue id = statement.get(ID);
        if (id != null) {
            Values.uuid(id, path.property(ID), Sections.ID, out);
        }
        checkCore(statement, path, false, out);
        JsonValue stored = statement.get(STORED);
        if (stored != null) {
            Values.timestamp(stored, offsetRule, path.property(STORED), Sections.STORED, out);
        }
        JsonValue authority = statement.get(AUTHORITY);
        if (authority != null) {
            ActorRules.checkAuthority(authority, path.property(AUTHORITY), out);
        }
        JsonValue statementVersion = statement.get(VERSION);
        if (statementVersion != null) {
            checkVersion(statementVersion, path.property(VERSION), out);
        }
    }

    private void checkSubStatement(JsonObject subStatement, Path path, Violations out) {
        for (String key : subStatement.keySet()) {
            if (FORBIDDEN_IN_SUBSTATEMENT.contains(key)) {
                out.add(path.property(key), "must not be set on a SubStatement", Sections.SUBSTATEMENT);
            } else if (!SUBSTATEMENT_PROPERTIES.contains(key)) {
                out.add(path.property(key), "is not a property of a SubStatement", Sections.SUBSTATEMENT);
            }
        }
        checkCore(subStatement, path, true, out);
    }

    /** The rules Statements and SubStatements share. */
    private void checkCore(JsonObject statement, Path path, boolean inSubStatement, Violations out) {
        if (Properties.require(statement, ACTOR, path, Sections.STATEMENT, out)) {
            ActorRules.checkActor(statement.get(ACTOR), path.property(ACTOR), out);
        }
        if (Properties.require(statement, VERB, path, Sections.STATEMENT, out)) {
            VerbRules.check(statement.get(VERB), path.property(VERB), out);
        }
        JsonValue object = statement.get(OBJECT);
        if (Properties.require(statement, OBJECT, path, Sections.STATEMENT, out)) {
            checkObject(object, path.property(OBJECT), inSubStatement, out);
            checkVoiding(statement, path, out);
        }
        JsonValue result = statement.get(RESULT);
        if (result != null) {
            ResultRules.check(result, path.property(RESULT), out);
        }
        JsonValue context = statement.get(CONTEXT);
        if (context != null) {
            contextRules.check(context, !ObjectRules.isOtherThanActivity(object), path.property(CONTEXT), out);
        }
        JsonValue timestamp = statement.get(TIMESTAMP);
        if (timestamp != null) {
            Values.timestamp(timestamp, offsetRule, path.property(TIMESTAMP), Sections.TIMESTAMP, out);
        }
        JsonValue attachments = statement.get(ATTACHMENTS);
        if (attachments != null) {
            AttachmentRules.check(attachments, path.property(ATTACHMENTS), out);
        }
    }

    private void checkObject(JsonValue value, Path path, boolean inSubStatement, Violations out) {
        if (!(value instanceof JsonObject object) || !SUBSTATEMENT.equals(Properties.objectTypeOf(object))) {
            ObjectRules.check(value, path, out);
        } else if (inSubStatement) {
            out.add(path, "must not be a SubStatement: a SubStatement cannot contain a SubStatement",
                    Sections.SUBSTATEMENT);
        } else {
            checkSubStatement(object, path, out);
        }
    }

    /** The object of a voiding Statement MUST be a StatementRef (xAPI-Data 2.3.2). */
    private static void checkVoiding(JsonObject statement, Path path, Violations out) {
        if (!VerbRules.isVoiding(statement.get(VERB))) {
            return;
        }
        JsonValue object = statement.get(OBJECT);
        if (!(object instanceof JsonObject target)
                || !StatementRefRules.STATEMENT_REF.equals(Properties.objectTypeOf(target))) {
            out.add(path.property(OBJECT), "must be a StatementRef: the verb " + VerbRules.VOIDED
                    + " voids a Statement", Sections.VOIDING);
        }
    }

    private void checkVersion(JsonValue value, Path path, Violations out) {
        if (Values.string(value, path, Sections.VERSION, out)
                && !acceptedVersions.matcher(((JsonString) value).getString()).matches()) {
            out.add(path, version.isAtLeast2()
                    ? "must be 1.0, 2.0 or a version starting with 1.0. or 2.0., such as 2.0.0"
                    : "must be 1.0 or a version starting with 1.0., such as 1.0.0", Sections.VERSION);
        }
    }
}
