package org.flourish.lrs.xapi.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.flourish.lrs.xapi.XapiVersion;
import org.junit.jupiter.api.Test;

class StatementEquivalenceTest {

    @Test
    void statementIsEquivalentToItself() {
        var statement = Fixtures.statement("full");
        assertTrue(StatementEquivalence.equivalent(statement, statement));
    }

    // Ignored differences, xAPI-Data 2.3.1 exceptions

    @Test
    void propertiesTheLrsAssignsAreIgnored() {
        assertEquivalent("lrs-assigned-properties");
    }

    @Test
    void timestampInAnotherZoneAndPrecisionNamingTheSameMillisecondIsEquivalent() {
        assertEquivalent("timestamp-same-instant-other-zone");
    }

    @Test
    void timestampRoundedToTheMillisecondByTheLrsIsEquivalent() {
        assertEquivalent("timestamp-rounded-by-the-lrs");
    }

    @Test
    void verbDisplayIsIgnored() {
        assertEquivalent("verb-display");
    }

    @Test
    void activityDefinitionsAndTheDefaultObjectTypeAreIgnored() {
        assertEquivalent("activity-definition");
    }

    @Test
    void orderOfGroupMembersIsIgnored() {
        assertEquivalent("team-members-reordered");
    }

    @Test
    void attachmentsAreIgnored() {
        assertEquivalent("attachments");
    }

    @Test
    void caseOfCaseInsensitiveValuesIsIgnored() {
        assertEquivalent("case-insensitive-values");
    }

    @Test
    void numbersCompareByValueNotNotation() {
        assertEquivalent("number-notation");
    }

    @Test
    void singleContextActivityEqualsTheOneElementArrayTheLrsReturns() {
        assertEquivalent("single-context-activity-as-array");
    }

    @Test
    void subStatementGroupMembersVerbDisplayAndTimestampZoneAreIgnored() {
        assertEquivalent("sub-statement-members-and-display");
    }

    @Test
    void caseOfStatementRefIdsIsIgnored() {
        assertEquivalent("statement-ref-id-case");
    }

    // Differences that are not exceptions, xAPI-Data 2.3.1.s9.b2

    @Test
    void timestampsNamingDifferentInstantsConflict() {
        assertConflict("timestamp-different-instant");
    }

    @Test
    void xapi2DoesNotConsiderTheTimestampForEquivalence() {
        var pair = Fixtures.Pair.of("timestamp-different-instant");
        assertTrue(StatementEquivalence.equivalent(pair.stored(), pair.received(), XapiVersion.V2_0_0));
        assertTrue(StatementEquivalence.equivalent(pair.received(), pair.stored(), XapiVersion.V2_0_0));
        assertFalse(StatementEquivalence.equivalent(pair.stored(), pair.received(), XapiVersion.V1_0_3));
    }

    @Test
    void xapi2StillComparesTheSubStatementTimestampAsPartOfTheObject() {
        var pair = Fixtures.Pair.of("sub-statement-timestamp");
        assertFalse(StatementEquivalence.equivalent(pair.stored(), pair.received(), XapiVersion.V2_0_0));
    }

    @Test
    void differentActorNameConflicts() {
        assertConflict("actor-name");
    }

    @Test
    void caseOfTheEmailLocalPartIsSignificant() {
        assertConflict("mbox-local-part-case");
    }

    @Test
    void differentScoreConflicts() {
        assertConflict("result-score");
    }

    @Test
    void durationIsComparedAsAStringEvenWhenItNamesTheSameTime() {
        assertConflict("duration-serialisation");
    }

    @Test
    void xapi2LeavesDurationPrecisionBeyondTheHundredthOutOfTheComparison() {
        var pair = Fixtures.Pair.of("duration-beyond-hundredths");
        assertTrue(StatementEquivalence.equivalent(pair.stored(), pair.received(), XapiVersion.V2_0_0));
        assertTrue(StatementEquivalence.equivalent(pair.received(), pair.stored(), XapiVersion.V2_0_0));
        assertFalse(StatementEquivalence.equivalent(pair.stored(), pair.received(), XapiVersion.V1_0_3));
        var other = Fixtures.Pair.of("duration-other-hundredth");
        assertFalse(StatementEquivalence.equivalent(other.stored(), other.received(), XapiVersion.V2_0_0));
        assertFalse(StatementEquivalence.equivalent(Fixtures.Pair.of("duration-serialisation").stored(),
                Fixtures.Pair.of("duration-serialisation").received(), XapiVersion.V2_0_0));
    }

    @Test
    void orderOfContextActivitiesIsSignificant() {
        assertConflict("context-activities-reordered");
    }

    @Test
    void differentExtensionValueConflicts() {
        assertConflict("extension-value");
    }

    @Test
    void differentActivityIdConflicts() {
        assertConflict("object-id");
    }

    @Test
    void differentVerbIdConflicts() {
        assertConflict("verb-id");
    }

    @Test
    void missingResultConflicts() {
        assertConflict("result-missing");
    }

    @Test
    void subStatementTimestampIsPartOfTheStatement() {
        assertConflict("sub-statement-timestamp");
    }

    @Test
    void subStatementTimestampIsNeverAssignedByTheLrsSoMissingOneConflicts() {
        assertConflict("sub-statement-timestamp-missing");
    }

    @Test
    void contextAgentRelevantTypesAreCompared() {
        assertConflict("context-agent-relevant-types");
    }

    @Test
    void comparisonFormIsCanonicalTextForGroupMembersInAnyKeyOrder() {
        var pair = Fixtures.Pair.of("team-members-reordered");
        assertEquals(ComparisonForm.of(pair.stored()).toString(), ComparisonForm.of(pair.received()).toString());
        assertNotEquals(pair.stored(), pair.received());
    }

    private static void assertEquivalent(String caseName) {
        var pair = Fixtures.Pair.of(caseName);
        assertNotEquals(pair.stored(), pair.received(), "the fixture must differ to test anything");
        assertTrue(StatementEquivalence.equivalent(pair.stored(), pair.received()), caseName + ": stored vs received");
        assertTrue(StatementEquivalence.equivalent(pair.received(), pair.stored()), caseName + ": received vs stored");
    }

    private static void assertConflict(String caseName) {
        var pair = Fixtures.Pair.of(caseName);
        assertFalse(StatementEquivalence.equivalent(pair.stored(), pair.received()), caseName + ": stored vs received");
        assertFalse(StatementEquivalence.equivalent(pair.received(), pair.stored()), caseName + ": received vs stored");
    }
}
