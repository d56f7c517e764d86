package org.flourish.lrs.xapi.validate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every fixture file is a case: adding a file under xapi/statements adds a test. */
class StatementFixturesTest {

    static List<StatementFixtures.Fixture> validStatements() {
        return StatementFixtures.valid();
    }

    static List<StatementFixtures.Fixture> invalidStatements() {
        return StatementFixtures.invalid();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validStatements")
    void validStatementConforms(StatementFixtures.Fixture fixture) {
        ValidationReport report = StatementValidator.forVersion(fixture.version()).validate(fixture.statement());

        assertTrue(report.conforms(), () -> "expected no violations, got: " + report.describe());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidStatements")
    void invalidStatementIsRejectedWhereItBreaksTheRule(StatementFixtures.Fixture fixture) {
        ValidationReport report = StatementValidator.forVersion(fixture.version()).validate(fixture.statement());

        assertFalse(report.conforms(), "expected a violation at " + fixture.expectedPath());
        assertTrue(report.violations().stream().anyMatch(v -> v.path().equals(fixture.expectedPath())),
                () -> "expected a violation at " + fixture.expectedPath() + ", got: " + report.describe());
        assertTrue(report.violations().stream().allMatch(v -> v.rule().matches(".*\\(xAPI-Data [0-9.]+.*\\)$")),
                () -> "every message cites its section: " + report.describe());
    }
}
