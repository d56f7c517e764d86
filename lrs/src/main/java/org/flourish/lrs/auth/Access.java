package org.flourish.lrs.auth;

import java.util.Set;

/**
 * What the scopes of a credential allow on the Statement resource (xAPI-Communication 4.2): {@code all} covers
 * everything, {@code all/read} every read; {@code statements/read/mine} reads only what the credential stored.
 */
public final class Access {

    private Access() {
    }

    public static boolean canWriteStatements(Set<Scope> scopes) {
        return scopes.contains(Scope.ALL) || scopes.contains(Scope.STATEMENTS_WRITE);
    }

    public static boolean canReadAllStatements(Set<Scope> scopes) {
        return scopes.contains(Scope.ALL) || scopes.contains(Scope.ALL_READ) || scopes.contains(Scope.STATEMENTS_READ);
    }

    public static boolean canReadOwnStatements(Set<Scope> scopes) {
        return canReadAllStatements(scopes) || scopes.contains(Scope.STATEMENTS_READ_MINE);
    }

    /**
     * Whether the credential's statements define Activities and Agents: without {@code define}, "IDs will be saved
     * ... but Activities and Actors will not be defined" (xAPI-Communication 4.2, scope list).
     */
    public static boolean canDefine(Set<Scope> scopes) {
        return scopes.contains(Scope.ALL) || scopes.contains(Scope.DEFINE);
    }

    public static boolean canAdminister(Set<Scope> scopes) {
        return scopes.contains(Scope.ADMIN);
    }

    /** Only the dedicated scope reads the erasure feed: neither {@code all} nor {@code admin} does. */
    public static boolean canReadErasures(Set<Scope> scopes) {
        return scopes.contains(Scope.ERASURES_READ);
    }
}
