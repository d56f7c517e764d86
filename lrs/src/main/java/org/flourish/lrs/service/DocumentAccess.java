package org.flourish.lrs.service;

import java.util.Set;
import org.flourish.lrs.auth.Credential;
import org.flourish.lrs.auth.Scope;
import org.flourish.lrs.error.NotPermittedException;
import org.flourish.lrs.store.DocumentKind;
import org.flourish.lrs.store.StoredDocument;

/**
 * Who may do what with documents. Scopes (xAPI-Communication 4.2): the State resource needs {@code state}, the two
 * profile resources {@code profile}; {@code all} allows everything, {@code all/read} every GET.
 *
 * <p>Ownership, a Flourish rule: a document belongs to the provider whose credential created it, and keeps that
 * owner when it is later changed. Without {@code all} or {@code all/read} a credential sees only its provider's
 * documents: another provider's document reads as absent (404, as a statement outside {@code statements/read/mine}
 * does) and is left out of id lists. Writing onto another provider's document (PUT, POST, DELETE) is refused with
 * 403 unless the credential has {@code all}; a DELETE of a whole State context removes only the caller's own
 * documents unless it has {@code all}.
 */
final class DocumentAccess {

    private DocumentAccess() {
    }

    static void requireWrite(DocumentKind kind, Credential caller) {
        Set<Scope> scopes = caller.scopes();
        if (!scopes.contains(Scope.ALL) && !scopes.contains(scopeOf(kind))) {
            throw new NotPermittedException("this credential's scopes include neither " + scopeOf(kind).term()
                    + " nor all");
        }
    }

    static void requireRead(DocumentKind kind, Credential caller) {
        Set<Scope> scopes = caller.scopes();
        if (!scopes.contains(Scope.ALL) && !scopes.contains(Scope.ALL_READ) && !scopes.contains(scopeOf(kind))) {
            throw new NotPermittedException("this credential's scopes include neither " + scopeOf(kind).term()
                    + " nor all/read");
        }
    }

    /** Whether the caller reads the documents of every provider. */
    static boolean readsEveryProvider(Credential caller) {
        return caller.scopes().contains(Scope.ALL) || caller.scopes().contains(Scope.ALL_READ);
    }

    /** Whether the caller changes the documents of every provider. */
    static boolean writesEveryProvider(Credential caller) {
        return caller.scopes().contains(Scope.ALL);
    }

    static boolean canSee(StoredDocument document, Credential caller) {
        return readsEveryProvider(caller) || document.providerId() == caller.provider().id();
    }

    static void requireOwnership(StoredDocument document, Credential caller) {
        if (!writesEveryProvider(caller) && document.providerId() != caller.provider().id()) {
            throw new NotPermittedException("this document belongs to another provider; only a credential with "
                    + "scope all may change it");
        }
    }

    private static Scope scopeOf(DocumentKind kind) {
        return kind == DocumentKind.STATE ? Scope.STATE : Scope.PROFILE;
    }
}
