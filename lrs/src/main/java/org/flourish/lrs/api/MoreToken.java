package org.flourish.lrs.api;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HashSet;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.flourish.lrs.error.InvalidRequestException;
import org.flourish.lrs.store.FilterTerm;
import org.flourish.lrs.store.PageCursor;
import org.flourish.lrs.store.StatementQuery;
import org.flourish.lrs.xapi.Jsons;
import org.flourish.lrs.xapi.rules.StatementFormat.Format;

/**
 * The {@code more} value of a StatementResult: the whole query and where its next page starts, as URL-safe text.
 * Keeping it all in the token makes paging stateless, so it survives restarts and works on any instance. Who may
 * read what is decided afresh on every page, never taken from the token.
 */
record MoreToken(StatementQuery query, PageCursor cursor, Format format, boolean attachments) {

    String encode() {
        JsonArrayBuilder terms = Jsons.createArrayBuilder();
        query.terms().forEach(t -> terms.add(Jsons.createArrayBuilder().add(t.kind().name()).add(t.value())));
        JsonObjectBuilder json = Jsons.createObjectBuilder()
                .add("t", terms)
                .add("a", query.ascending())
                .add("l", query.limit())
                .add("f", format.name())
                .add("x", attachments)
                .add("after", cursor.after())
                .add("h", cursor.horizon());
        query.since().ifPresent(s -> json.add("s", s.toString()));
        query.until().ifPresent(u -> json.add("u", u.toString()));
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(json.build().toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Reads a token; the caller's credential restriction is applied by the caller, not read from the token. */
    static MoreToken decode(String token, OptionalLong onlyCredential) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            JsonObject json;
            try (JsonReader reader = Jsons.createReader(new StringReader(text))) {
                json = reader.readObject();
            }
            Set<FilterTerm> terms = new HashSet<>();
            for (JsonValue term : json.getJsonArray("t")) {
                terms.add(new FilterTerm(FilterTerm.Kind.valueOf(term.asJsonArray().getString(0)),
                        term.asJsonArray().getString(1)));
            }
            StatementQuery query = new StatementQuery(terms,
                    Optional.ofNullable(json.getString("s", null)).map(OffsetDateTime::parse),
                    Optional.ofNullable(json.getString("u", null)).map(OffsetDateTime::parse),
                    json.getBoolean("a"), json.getInt("l"), onlyCredential);
            PageCursor cursor = new PageCursor(json.getJsonNumber("after").longValueExact(),
                    json.getJsonNumber("h").longValueExact());
            return new MoreToken(query, cursor, Format.valueOf(json.getString("f")), json.getBoolean("x"));
        } catch (RuntimeException e) {
            throw new InvalidRequestException("the more parameter is not a token this LRS issued");
        }
    }
}
