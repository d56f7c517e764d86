package org.flourish.lrs.xapi.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.PropertyDefaults;
import net.jqwik.api.Provide;
import org.flourish.lrs.xapi.rules.StatementFormat.Format;

/** Edge cases off: enumerating them over seven combined parts costs more than the random tries (2 shared cores). */
@PropertyDefaults(tries = 300, edgeCases = EdgeCasesMode.NONE)
class StatementRulesPropertyTest {

    /** Looked up once: {@code Json.create...} searches the class path for a provider on every call. */
    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    @Property
    void everyStatementIsEquivalentToItself(@ForAll("statements") JsonObject statement) {
        assertTrue(StatementEquivalence.equivalent(statement, statement));
    }

    @Property
    void equivalenceIsSymmetric(@ForAll("statements") JsonObject a, @ForAll("statements") JsonObject b) {
        assertEquals(StatementEquivalence.equivalent(a, b), StatementEquivalence.equivalent(b, a));
    }

    @Property
    void statementIsEquivalentToItsVariantsTheSpecAllowsInBothDirections(
            @ForAll("statements") JsonObject statement, @ForAll Random random) {
        JsonObject variant = allowedVariant(statement, random);
        assertTrue(StatementEquivalence.equivalent(statement, variant));
        assertTrue(StatementEquivalence.equivalent(variant, statement));
    }

    @Property
    void changedVerbIdConflictsInBothDirections(@ForAll("statements") JsonObject statement) {
        JsonObject changed = JSON.createObjectBuilder(statement)
                .add("verb", JSON.createObjectBuilder().add("id", "https://flourish.example.org/verbs/other"))
                .build();
        assertFalse(StatementEquivalence.equivalent(statement, changed));
        assertFalse(StatementEquivalence.equivalent(changed, statement));
    }

    @Property
    void idsFormatIsIdempotent(@ForAll("statements") JsonObject statement) {
        JsonObject once = StatementFormat.apply(statement, Format.IDS, List.of());
        assertEquals(once, StatementFormat.apply(once, Format.IDS, List.of()));
    }

    @Property
    void indexRelatedSetsContainTheNarrowOnesAndTheActor(@ForAll("statements") JsonObject statement) {
        StatementIndex index = StatementIndexer.index(statement);
        assertTrue(index.relatedAgentKeys().containsAll(index.agentKeys()));
        AgentIfi.of(statement.getJsonObject("actor")).ifPresent(ifi -> assertTrue(index.agentKeys()
                .contains(ifi.key())));
        assertEquals(1, index.activityIds().size());
    }

    @Provide
    Arbitrary<JsonObject> statements() {
        return StatementArbitraries.statements();
    }

    /**
     * The statement as an LRS may hand it back (xAPI-Data 2.3.1): members shuffled, Verb display and Activity
     * definition dropped, stored and authority added, the timestamp in another zone, mbox domains upper-cased.
     */
    private static JsonObject allowedVariant(JsonObject statement, Random random) {
        var variant = JSON.createObjectBuilder(statement)
                .add("actor", shuffledAndShouting(statement.getJsonObject("actor"), random))
                .add("verb", JSON.createObjectBuilder().add("id", statement.getJsonObject("verb").getString("id")))
                .add("object", JSON.createObjectBuilder().add("id", statement.getJsonObject("object").getString("id")))
                .add("stored", "2030-01-01T00:00:00Z")
                .add("authority", JSON.createObjectBuilder().add("mbox", "mailto:lrs@flourish.example.org"));
        if (statement.containsKey("timestamp")) {
            variant.add("timestamp", Instant.parse(statement.getString("timestamp"))
                    .atOffset(ZoneOffset.ofHours(3)).toString());
        }
        return variant.build();
    }

    private static JsonObject shuffledAndShouting(JsonObject agentOrGroup, Random random) {
        var copy = JSON.createObjectBuilder(agentOrGroup);
        if (agentOrGroup.containsKey("mbox")) {
            String mbox = agentOrGroup.getString("mbox");
            int at = mbox.indexOf('@');
            copy.add("mbox", mbox.substring(0, at) + mbox.substring(at).toUpperCase(java.util.Locale.ROOT));
        }
        if (agentOrGroup.containsKey("member")) {
            List<JsonValue> members = new ArrayList<>(agentOrGroup.getJsonArray("member"));
            Collections.shuffle(members, random);
            JsonArrayBuilder shuffled = JSON.createArrayBuilder();
            members.forEach(member -> shuffled.add(shuffledAndShouting((JsonObject) member, random)));
            copy.add("member", shuffled);
        }
        return copy.build();
    }
}
