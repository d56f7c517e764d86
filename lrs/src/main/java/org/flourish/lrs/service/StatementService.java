package org.flourish.lrs.service;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.flourish.lrs.auth.Access;
import org.flourish.lrs.auth.Credential;
import org.flourish.lrs.error.InvalidRequestException;
import org.flourish.lrs.error.NotFoundException;
import org.flourish.lrs.error.NotPermittedException;
import org.flourish.lrs.error.StatementConflictException;
import org.flourish.lrs.store.AttachmentStore;
import org.flourish.lrs.store.NewStatement;
import org.flourish.lrs.store.PageCursor;
import org.flourish.lrs.store.StatementIdTakenException;
import org.flourish.lrs.store.StatementPage;
import org.flourish.lrs.store.StatementQuery;
import org.flourish.lrs.store.StatementStore;
import org.flourish.lrs.store.StoredStatement;
import org.flourish.lrs.store.StoredStatementState;
import org.flourish.lrs.xapi.Jsons;
import org.flourish.lrs.xapi.XapiVersion;
import org.flourish.lrs.xapi.attachments.AttachmentData;
import org.flourish.lrs.xapi.attachments.AttachmentObjects;
import org.flourish.lrs.xapi.attachments.AttachmentPart;
import org.flourish.lrs.xapi.rules.StatementEquivalence;
import org.flourish.lrs.xapi.rules.StatementIndexer;
import org.flourish.lrs.xapi.validate.StatementValidator;
import org.flourish.lrs.xapi.validate.ValidationReport;
import org.flourish.lrs.xapi.validate.Violation;

/**
 * The Statement resource's use cases (xAPI-Communication 2.1): store one or a batch (validate, prepare, check
 * conflicts, store in one transaction), fetch one, and query.
 */
public final class StatementService {

    private final StatementStore store;
    private final AttachmentStore attachments;

    public StatementService(StatementStore store, AttachmentStore attachments) {
        this.store = store;
        this.attachments = attachments;
    }

    /**
     * PUT: stores the statement under {@code statementId}. Returns normally when it was stored now or an
     * equivalent one already was (204 either way).
     */
    public void put(UUID statementId, JsonValue body, XapiVersion version, Credential caller) {
        put(statementId, body, List.of(), version, caller);
    }

    /**
     * PUT with the attachment parts of a {@code multipart/mixed} request (none for {@code application/json}).
     */
    public void put(UUID statementId, JsonValue body, List<AttachmentPart> parts, XapiVersion version,
            Credential caller) {
        requireWrite(caller);
        if (body.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new InvalidRequestException("PUT statements takes a single statement object");
        }
        JsonObject statement = body.asJsonObject();
        if (statement.containsKey("id") && statement.get("id").getValueType() == JsonValue.ValueType.STRING
                && !statementId.toString().equalsIgnoreCase(statement.getString("id"))) {
            throw new InvalidRequestException("statement.id: " + statement.getString("id")
                    + " differs from the statementId parameter " + statementId + " (xAPI-Communication 2.1.1)");
        }
        JsonObject withId = statement.containsKey("id") ? statement
                : Jsons.createObjectBuilder(statement).add("id", statementId.toString()).build();
        storeBatch(List.of(withId), parts, version, caller, false);
    }

    /** POST: stores one statement or an array of them, all or nothing; returns their ids in order. */
    public List<UUID> post(JsonValue body, XapiVersion version, Credential caller) {
        return post(body, List.of(), version, caller);
    }

    /** POST with the attachment parts of a {@code multipart/mixed} request (none for {@code application/json}). */
    public List<UUID> post(JsonValue body, List<AttachmentPart> parts, XapiVersion version, Credential caller) {
        requireWrite(caller);
        List<JsonValue> statements = switch (body.getValueType()) {
            case OBJECT -> List.of(body);
            case ARRAY -> body.asJsonArray();
            default -> throw new InvalidRequestException(
                    "POST statements takes a statement object or an array of statements");
        };
        return storeBatch(statements, parts, version, caller,
                body.getValueType() == JsonValue.ValueType.ARRAY);
    }

    private List<UUID> storeBatch(List<JsonValue> statements, List<AttachmentPart> parts, XapiVersion version,
            Credential caller, boolean isArray) {
        validate(statements, version, isArray);
        Map<String, AttachmentData> data = BatchAttachments.checked(statements, parts, version);
        Map<UUID, JsonObject> received = new LinkedHashMap<>();
        Set<UUID> madeHere = new HashSet<>();
        List<UUID> ids = new ArrayList<>(statements.size());
        for (JsonValue value : statements) {
            JsonObject statement = value.asJsonObject();
            UUID id = StatementPreparation.idOf(statement);
            if (!statement.containsKey("id")) {
                madeHere.add(id);
            }
            if (received.put(id, statement) != null) {
                throw new InvalidRequestException("statement id " + id
                        + " appears more than once in the batch (xAPI-Communication 2.1.2)");
            }
            ids.add(id);
        }
        VoidingRights.check(received.values(), received.keySet(), caller, store);
        // With attachment data the check comes first, so a conflicting request keeps nothing; without, the insert is
        // the check: the unique id decides, and only a taken id costs a lookup (storeOrDecideAgain).
        Set<UUID> alreadyStored = data.isEmpty() ? Set.of() : alreadyStored(received, madeHere, version);
        List<NewStatement> batch = new ArrayList<>();
        boolean defines = Access.canDefine(caller.scopes());
        received.forEach((id, statement) -> {
            if (!alreadyStored.contains(id)) {
                JsonObject prepared = StatementPreparation.prepare(statement, id, caller, version);
                batch.add(new NewStatement(id, prepared, StatementIndexer.index(prepared), caller.id(),
                        madeHere.contains(id), defines));
            }
        });
        if (!batch.isEmpty()) {
            // The data first, in its own idempotent write: a statement is never acknowledged without its data.
            attachments.keep(data.values());
            storeOrDecideAgain(batch, received, madeHere, version);
        }
        return ids;
    }

    /**
     * The kept data of the attachments these statements declare, each once, in the order they are declared
     * (xAPI-Communication 2.1.3).
     */
    public List<AttachmentData> attachmentsOf(List<StoredStatement> statements) {
        Set<String> hashes = new LinkedHashSet<>();
        statements.forEach(statement -> hashes.addAll(AttachmentObjects.hashesOf(parse(statement.json()))));
        Map<String, AttachmentData> kept = new HashMap<>();
        attachments.findAll(hashes).forEach(data -> kept.put(data.sha2(), data));
        return hashes.stream().filter(kept::containsKey).map(kept::get).toList();
    }

    /**
     * When an id of the batch is taken (stored before, or by a concurrent request), the whole batch was rolled back;
     * it is decided once more against what is now stored: the same statement is no longer new, a different one
     * conflicts (409).
     */
    private void storeOrDecideAgain(List<NewStatement> batch, Map<UUID, JsonObject> received, Set<UUID> madeHere,
            XapiVersion version) {
        try {
            store.store(batch);
        } catch (StatementIdTakenException taken) {
            Set<UUID> nowStored = alreadyStored(received, madeHere, version);
            List<NewStatement> stillNew = batch.stream().filter(s -> !nowStored.contains(s.id())).toList();
            if (!stillNew.isEmpty()) {
                store.store(stillNew);
            }
        }
    }

    private static void validate(List<JsonValue> statements, XapiVersion version, boolean isArray) {
        StatementValidator validator = StatementValidator.forVersion(version);
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < statements.size(); i++) {
            ValidationReport report = validator.validate(statements.get(i), isArray ? "statements[" + i + "]"
                    : "statement");
            violations.addAll(report.violations());
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(new ValidationReport(violations).summary());
        }
    }

    /**
     * Ids of the batch already stored with an equivalent statement (only ids the client chose can be); a different
     * statement under a stored id is a conflict (xAPI-Communication 2.1.1 and 2.1.2, xAPI-Data 2.3 "Statement Comparison Requirements").
     */
    private Set<UUID> alreadyStored(Map<UUID, JsonObject> received, Set<UUID> madeHere, XapiVersion version) {
        List<UUID> clientIds = received.keySet().stream().filter(id -> !madeHere.contains(id)).toList();
        Set<UUID> same = new HashSet<>();
        for (StoredStatement existing : store.findAll(clientIds)) {
            JsonObject stored = parse(existing.json());
            if (!StatementEquivalence.equivalent(received.get(existing.id()), stored, version)) {
                throw new StatementConflictException("statement " + existing.id()
                        + " is already stored with different content; statements are immutable");
            }
            same.add(existing.id());
        }
        return same;
    }

    /** GET by statementId (not voided) or voidedStatementId (voided only), as xAPI-Communication 2.1.3 says. */
    public StoredStatement get(UUID id, boolean voided, Credential caller) {
        boolean readAll = requireRead(caller);
        Optional<StoredStatementState> found = store.find(id)
                .filter(state -> state.voided() == voided)
                .filter(state -> readAll || state.statement().credentialId() == caller.id());
        return found.map(StoredStatementState::statement).orElseThrow(() -> new NotFoundException(
                (voided ? "no voided statement " : "no statement ") + id + " is stored"
                        + (voided ? "" : " (or it has been voided: ask with voidedStatementId)")));
    }

    public StatementPage query(StatementQuery query) {
        return store.query(query);
    }

    public StatementPage query(StatementQuery query, PageCursor cursor) {
        return store.query(query, cursor);
    }

    public java.time.OffsetDateTime consistentThrough() {
        return store.consistentThrough();
    }

    private static void requireWrite(Credential caller) {
        if (!Access.canWriteStatements(caller.scopes())) {
            throw new NotPermittedException("this credential's scopes do not include statements/write");
        }
    }

    /** Whether the caller reads every statement (true) or only its own (false); refuses it if neither. */
    public static boolean requireRead(Credential caller) {
        if (Access.canReadAllStatements(caller.scopes())) {
            return true;
        }
        if (Access.canReadOwnStatements(caller.scopes())) {
            return false;
        }
        throw new NotPermittedException("this credential's scopes do not include statements/read");
    }

    private static JsonObject parse(String json) {
        try (var reader = Jsons.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
