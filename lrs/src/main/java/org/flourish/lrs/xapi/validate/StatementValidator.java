package org.flourish.lrs.xapi.validate;

import jakarta.json.JsonValue;
import org.flourish.lrs.xapi.XapiVersion;

/**
 * Validates one xAPI statement as posted by a client against every rule of xAPI-Data (Statements) that an LRS
 * enforces, for the version of the request. Collects all violations; never throws. Stateless and thread-safe.
 *
 * <pre>{@code
 * ValidationReport report = StatementValidator.forVersion(XapiVersion.V2_0_0).validate(json, "statements[3]");
 * if (!report.conforms()) { ... 400 Bad Request with report.describe() ... }
 * }</pre>
 */
public final class StatementValidator {

    private static final String ROOT = "statement";

    private static final StatementValidator FOR_1_0_3 = new StatementValidator(XapiVersion.V1_0_3);
    private static final StatementValidator FOR_2_0_0 = new StatementValidator(XapiVersion.V2_0_0);

    private final StatementRules rules;

    private StatementValidator(XapiVersion version) {
        this.rules = new StatementRules(version);
    }

    /** The validator for a version; validators hold no state, so one instance per version is shared. */
    public static StatementValidator forVersion(XapiVersion version) {
        return version == XapiVersion.V2_0_0 ? FOR_2_0_0 : FOR_1_0_3;
    }

    /** Never throws, for any JSON value whatsoever. Root path is "statement". */
    public ValidationReport validate(JsonValue statement) {
        return validate(statement, ROOT);
    }

    /** As {@link #validate(JsonValue)}, naming the statement {@code rootPath} in violations, e.g. "statements[3]". */
    public ValidationReport validate(JsonValue statement, String rootPath) {
        Violations out = new Violations();
        rules.checkStatement(statement == null ? JsonValue.NULL : statement,
                Path.root(rootPath == null ? ROOT : rootPath), out);
        return out.report();
    }
}
