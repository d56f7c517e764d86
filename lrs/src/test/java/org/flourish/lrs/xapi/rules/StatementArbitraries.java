package org.flourish.lrs.xapi.rules;

import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Generated statements for property tests: the parts the rules treat specially, in varied shapes. */
final class StatementArbitraries {

    /** Looked up once: {@code Json.create...} searches the class path for a provider on every call. */
    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    private static final List<String> LANGUAGES = List.of("en", "en-US", "en-GB", "fr", "sw", "und");
    private static final List<String> VERBS = List.of("http://adlnet.gov/expapi/verbs/answered",
            "http://adlnet.gov/expapi/verbs/attempted", "https://flourish.example.org/verbs/read-aloud");

    private StatementArbitraries() {
    }

    static Arbitrary<JsonObject> statements() {
        return Combinators.combine(actors(), verbs(), activities(), contexts().optional(), results().optional(),
                timestamps().optional(), Arbitraries.create(UUID::randomUUID))
                .as(StatementArbitraries::statement);
    }

    private static JsonObject statement(JsonObject actor, JsonObject verb, JsonObject object,
            Optional<JsonObject> context, Optional<JsonObject> result, Optional<String> timestamp, UUID id) {
        JsonObjectBuilder statement = JSON.createObjectBuilder()
                .add("id", id.toString()).add("actor", actor).add("verb", verb).add("object", object);
        context.ifPresent(c -> statement.add("context", c));
        result.ifPresent(r -> statement.add("result", r));
        timestamp.ifPresent(t -> statement.add("timestamp", t));
        return statement.build();
    }

    static Arbitrary<JsonObject> agents() {
        Arbitrary<String> local = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8);
        Arbitrary<String> domain = Arbitraries.of("school.example.org", "ngo.example.org", "radio.example.org");
        Arbitrary<Optional<String>> name = Arbitraries.of("Amina", "Kofi", "Esi", "Mr Banda").optional();
        Arbitrary<JsonObject> mbox = Combinators.combine(local, domain, name).as((l, d, n) -> {
            JsonObjectBuilder agent = JSON.createObjectBuilder().add("mbox", "mailto:" + l + "@" + d);
            n.ifPresent(text -> agent.add("name", text));
            return agent.build();
        });
        Arbitrary<JsonObject> account = Combinators.combine(local, domain).as((l, d) -> JSON.createObjectBuilder()
                .add("objectType", "Agent")
                .add("account", JSON.createObjectBuilder().add("homePage", "https://" + d).add("name", l))
                .build());
        return Arbitraries.oneOf(mbox, account);
    }

    static Arbitrary<JsonObject> anonymousGroups() {
        return agents().list().ofMinSize(1).ofMaxSize(4).map(members -> {
            JsonArrayBuilder array = JSON.createArrayBuilder();
            members.forEach(array::add);
            return JSON.createObjectBuilder().add("objectType", "Group").add("member", array).build();
        });
    }

    private static Arbitrary<JsonObject> actors() {
        return Arbitraries.oneOf(agents(), anonymousGroups());
    }

    private static Arbitrary<JsonObject> languageMaps() {
        return Arbitraries.subsetOf(LANGUAGES).ofMinSize(1).map(tags -> {
            JsonObjectBuilder map = JSON.createObjectBuilder();
            tags.forEach(tag -> map.add(tag, "text " + tag));
            return map.build();
        });
    }

    private static Arbitrary<JsonObject> verbs() {
        return Combinators.combine(Arbitraries.of(VERBS), languageMaps())
                .as((id, display) -> JSON.createObjectBuilder().add("id", id).add("display", display).build());
    }

    private static Arbitrary<JsonObject> activities() {
        Arbitrary<String> ids = Arbitraries.integers().between(1, 20)
                .map(n -> "https://flourish.example.org/activities/" + n);
        return Combinators.combine(ids, languageMaps(), Arbitraries.of(true, false)).as((id, name, typed) -> {
            JsonObjectBuilder activity = JSON.createObjectBuilder().add("id", id)
                    .add("definition", JSON.createObjectBuilder().add("name", name));
            if (typed) {
                activity.add("objectType", "Activity");
            }
            return activity.build();
        });
    }

    private static Arbitrary<JsonObject> contexts() {
        return Combinators.combine(anonymousGroups().optional(), activities().list().ofMaxSize(3),
                Arbitraries.create(UUID::randomUUID)).as((team, parents, registration) -> {
                    JsonArrayBuilder parent = JSON.createArrayBuilder();
                    parents.forEach(parent::add);
                    JsonObjectBuilder context = JSON.createObjectBuilder()
                            .add("registration", registration.toString())
                            .add("contextActivities", JSON.createObjectBuilder().add("parent", parent));
                    team.ifPresent(t -> context.add("team", t));
                    return context.build();
                });
    }

    private static Arbitrary<JsonObject> results() {
        return Combinators.combine(Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.TEN).ofScale(2),
                Arbitraries.of("PT1M", "PT60S", "PT1H30M")).as((raw, duration) -> JSON.createObjectBuilder()
                        .add("score", JSON.createObjectBuilder().add("raw", raw)).add("duration", duration).build());
    }

    private static Arbitrary<String> timestamps() {
        return Arbitraries.longs().between(1_600_000_000_000L, 1_900_000_000_000L)
                .map(millis -> java.time.Instant.ofEpochMilli(millis).toString());
    }
}
