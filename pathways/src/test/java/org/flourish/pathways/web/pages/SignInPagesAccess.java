package org.flourish.pathways.web.pages;

import java.util.Optional;

/** Opens the sign-in pages' package-private rule to the tests of other packages. */
public final class SignInPagesAccess {

    private SignInPagesAccess() {
    }

    public static Optional<String> safeNext(String next) {
        return SignInPages.safeNext(Optional.of(next));
    }
}
