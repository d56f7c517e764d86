package org.flourish.lrs.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.flourish.lrs.auth.Credential;
import org.flourish.lrs.auth.Provider;
import org.flourish.lrs.auth.Scope;
import org.flourish.lrs.error.DocumentConflictException;
import org.flourish.lrs.error.InvalidRequestException;
import org.flourish.lrs.error.NotFoundException;
import org.flourish.lrs.error.NotPermittedException;
import org.flourish.lrs.error.PreconditionFailedException;
import org.flourish.lrs.store.DocumentContent;
import org.flourish.lrs.store.DocumentContext;
import org.flourish.lrs.store.DocumentKey;
import org.flourish.lrs.testing.InMemoryDocumentStore;
import org.flourish.lrs.xapi.XapiVersion;
import org.flourish.lrs.xapi.rules.AgentIfi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The document use cases: scopes, ownership, preconditions and the 409 rule, decided before any write. */
class DocumentServiceTest {

    private static final AgentIfi AMA = AgentIfi.parseAgentParameter("{\"mbox\":\"mailto:ama@example.org\"}");
    private static final DocumentKey STATE = DocumentContext.state("https://example.org/a", AMA, Optional.empty())
            .document("bookmark");
    private static final DocumentKey PROFILE = DocumentContext.activityProfile("https://example.org/a")
            .document("tips");
    private static final DocumentContent FIRST = DocumentContent.json("{\"a\":1}");
    private static final DocumentContent SECOND = DocumentContent.json("{\"b\":2}");

    private final DocumentService service = new DocumentService(new InMemoryDocumentStore(Clock.systemUTC()));
    private final Credential school = credential(1, Scope.ALL);
    private final Credential ngo = credential(2, Scope.STATE, Scope.PROFILE);
    private final Credential reader = credential(3, Scope.ALL_READ);

    private static Credential credential(long provider, Scope... scopes) {
        Provider owner = new Provider(provider, "provider " + provider, URI.create("https://p.example.org"), true,
                OffsetDateTime.now());
        return new Credential(provider * 10, owner, "key" + provider, "hash", Set.of(scopes), true,
                OffsetDateTime.now());
    }

    private static Preconditions ifMatch(String tag) {
        return new Preconditions(Optional.of(List.of(tag)), Optional.empty());
    }

    private static Preconditions ifNoneMatchAny() {
        return new Preconditions(Optional.empty(), Optional.of(List.of("*")));
    }

    private String text(DocumentKey key, Credential caller) {
        return new String(service.get(key, caller).content().bytes(), StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @EnumSource(XapiVersion.class)
    void putOverAnExistingProfileWithoutPreconditionsIs409InEveryVersion(XapiVersion version) {
        service.put(PROFILE, FIRST, ifNoneMatchAny(), version, school);
        assertEquals(409, assertThrows(DocumentConflictException.class,
                () -> service.put(PROFILE, SECOND, Preconditions.none(), version, school)).status());
        assertEquals("{\"a\":1}", text(PROFILE, school));
    }

    @Test
    void putCreatingAProfileWithoutPreconditionsIs400In103AndAcceptedIn20() {
        assertEquals(400, assertThrows(InvalidRequestException.class,
                () -> service.put(PROFILE, FIRST, Preconditions.none(), XapiVersion.V1_0_3, school)).status());
        assertThrows(NotFoundException.class, () -> service.get(PROFILE, school));
        service.put(STATE, FIRST, Preconditions.none(), XapiVersion.V1_0_3, school);
        service.put(PROFILE, FIRST, Preconditions.none(), XapiVersion.V2_0_0, school);
        assertEquals("{\"a\":1}", text(PROFILE, school));
    }

    @Test
    void postAsJsonOfAnythingButOneUtf8ObjectIs400OnANewDocumentAsOnAStoredOne() {
        List<byte[]> bodies = List.of("{\"a\":1}{".getBytes(StandardCharsets.UTF_8),
                "{\"a\":1}[".getBytes(StandardCharsets.UTF_8), "[1,2]".getBytes(StandardCharsets.UTF_8),
                new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, '"', '}'});
        for (byte[] body : bodies) {
            DocumentContent posted = new DocumentContent("application/json", body);
            assertThrows(InvalidRequestException.class, () -> service.post(PROFILE, posted, Preconditions.none(),
                    school));
            assertThrows(NotFoundException.class, () -> service.get(PROFILE, school));
        }
        service.post(STATE, FIRST, Preconditions.none(), school);
        for (byte[] body : bodies) {
            DocumentContent posted = new DocumentContent("application/json", body);
            assertThrows(InvalidRequestException.class, () -> service.post(STATE, posted, Preconditions.none(),
                    school));
            assertEquals("{\"a\":1}", text(STATE, school));
        }
    }

    @Test
    void putOverAnExistingStateWithoutPreconditionsReplacesItIn103() {
        service.put(STATE, FIRST, Preconditions.none(), XapiVersion.V1_0_3, school);
        service.put(STATE, SECOND, Preconditions.none(), XapiVersion.V1_0_3, school);
        assertEquals("{\"b\":2}", text(STATE, school));
    }

    @Test
    void putOverAnExistingStateWithoutPreconditionsIs409In20() {
        service.put(STATE, FIRST, Preconditions.none(), XapiVersion.V2_0_0, school);
        assertThrows(DocumentConflictException.class,
                () -> service.put(STATE, SECOND, Preconditions.none(), XapiVersion.V2_0_0, school));
        service.put(STATE, SECOND, ifMatch(FIRST.etag()), XapiVersion.V2_0_0, school);
        assertEquals("{\"b\":2}", text(STATE, school));
    }

    @Test
    void putWithTheCurrentTagReplacesAndWithAStaleOneIs412() {
        service.put(PROFILE, FIRST, ifNoneMatchAny(), XapiVersion.V2_0_0, school);
        String tag = service.get(PROFILE, school).etag();
        service.put(PROFILE, SECOND, ifMatch(tag), XapiVersion.V2_0_0, school);
        assertThrows(PreconditionFailedException.class,
                () -> service.put(PROFILE, FIRST, ifMatch(tag), XapiVersion.V2_0_0, school));
        assertThrows(PreconditionFailedException.class,
                () -> service.put(PROFILE, FIRST, ifNoneMatchAny(), XapiVersion.V2_0_0, school));
        assertEquals("{\"b\":2}", text(PROFILE, school));
    }

    @Test
    void postMergesIntoAStoredJsonObjectAndRefusesOtherContent() {
        service.post(STATE, FIRST, Preconditions.none(), school);
        service.post(STATE, SECOND, Preconditions.none(), school);
        assertEquals("{\"a\":1,\"b\":2}", text(STATE, school));
        DocumentContent plain = new DocumentContent("text/plain", new byte[] {1, 2});
        assertThrows(InvalidRequestException.class, () -> service.post(STATE, plain, Preconditions.none(), school));
        assertEquals("{\"a\":1,\"b\":2}", text(STATE, school));
    }

    @Test
    void postOfAnyContentCreatesADocumentByteForByte() {
        DocumentContent binary = new DocumentContent("image/png", new byte[] {(byte) 0x89, 0x50, 0});
        service.post(PROFILE, binary, Preconditions.none(), school);
        assertArrayEquals(binary.bytes(), service.get(PROFILE, school).content().bytes());
        assertEquals("image/png", service.get(PROFILE, school).content().contentType());
    }

    @Test
    void deleteHonoursIfMatchAndSucceedsOnAnAbsentDocument() {
        service.put(PROFILE, FIRST, ifNoneMatchAny(), XapiVersion.V1_0_3, school);
        assertThrows(PreconditionFailedException.class, () -> service.delete(PROFILE, ifMatch("0000"), school));
        service.delete(PROFILE, ifMatch(FIRST.etag()), school);
        assertThrows(NotFoundException.class, () -> service.get(PROFILE, school));
        assertDoesNotThrow(() -> service.delete(PROFILE, Preconditions.none(), school));
        assertThrows(PreconditionFailedException.class, () -> service.delete(PROFILE, ifMatch("*"), school));
    }

    @Test
    void anotherProvidersDocumentReadsAsAbsentAndCannotBeChanged() {
        service.put(STATE, FIRST, Preconditions.none(), XapiVersion.V2_0_0, school);
        assertThrows(NotFoundException.class, () -> service.get(STATE, ngo));
        assertEquals(List.of(), service.ids(STATE.context(), Optional.empty(), ngo).ids());
        assertEquals(403, assertThrows(NotPermittedException.class,
                () -> service.put(STATE, SECOND, Preconditions.none(), XapiVersion.V2_0_0, ngo)).status());
        assertThrows(NotPermittedException.class, () -> service.post(STATE, SECOND, Preconditions.none(), ngo));
        assertThrows(NotPermittedException.class, () -> service.delete(STATE, Preconditions.none(), ngo));
        service.deleteAll(STATE.context(), ngo);
        assertEquals("{\"a\":1}", text(STATE, school));
    }

    @Test
    void allReadSeesEveryProvidersDocumentsButWritesNone() {
        service.put(STATE, FIRST, Preconditions.none(), XapiVersion.V2_0_0, ngo);
        assertEquals("{\"a\":1}", text(STATE, reader));
        assertEquals(List.of("bookmark"), service.ids(STATE.context(), Optional.empty(), reader).ids());
        assertThrows(NotPermittedException.class,
                () -> service.put(STATE, SECOND, Preconditions.none(), XapiVersion.V2_0_0, reader));
    }

    @Test
    void allChangesAnotherProvidersDocumentWhichKeepsItsOwner() {
        service.put(STATE, FIRST, Preconditions.none(), XapiVersion.V2_0_0, ngo);
        service.put(STATE, SECOND, ifMatch(FIRST.etag()), XapiVersion.V2_0_0, school);
        assertEquals("{\"b\":2}", text(STATE, ngo));
    }

    @Test
    void eachResourceNeedsItsOwnScope() {
        Credential stateOnly = credential(4, Scope.STATE);
        Credential statements = credential(5, Scope.STATEMENTS_READ, Scope.STATEMENTS_WRITE);
        service.put(STATE, FIRST, Preconditions.none(), XapiVersion.V2_0_0, stateOnly);
        assertThrows(NotPermittedException.class,
                () -> service.put(PROFILE, FIRST, Preconditions.none(), XapiVersion.V2_0_0, stateOnly));
        assertThrows(NotPermittedException.class, () -> service.get(STATE, statements));
        assertThrows(NotPermittedException.class,
                () -> service.ids(PROFILE.context(), Optional.empty(), stateOnly));
    }

    @Test
    void idListHonoursSinceAndReportsTheLatestWrite() throws InterruptedException {
        DocumentContext context = PROFILE.context();
        service.put(context.document("one"), FIRST, Preconditions.none(), XapiVersion.V2_0_0, school);
        Thread.sleep(5);
        OffsetDateTime between = OffsetDateTime.now();
        Thread.sleep(5);
        service.put(context.document("two"), FIRST, Preconditions.none(), XapiVersion.V2_0_0, school);
        DocumentList all = service.ids(context, Optional.empty(), school);
        assertEquals(List.of("one", "two"), all.ids());
        assertEquals(service.get(context.document("two"), school).updated(), all.lastModified().orElseThrow());
        assertEquals(List.of("two"), service.ids(context, Optional.of(between), school).ids());
        assertTrue(service.ids(DocumentContext.activityProfile("https://example.org/none"), Optional.empty(),
                school).lastModified().isEmpty());
    }
}
