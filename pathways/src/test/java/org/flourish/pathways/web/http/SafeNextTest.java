package org.flourish.pathways.web.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.flourish.pathways.web.pages.SignInPagesAccess;
import org.junit.jupiter.api.Test;

/** After signing in, only a path of this app is followed: never another site (an open redirect helps phishing). */
class SafeNextTest {

    @Test
    void onlyPathsOfThisAppAreFollowed() {
        assertEquals(Optional.of("/learners/abc"), SignInPagesAccess.safeNext("/learners/abc"));
        assertEquals(Optional.empty(), SignInPagesAccess.safeNext("//evil.example/x"));
        assertEquals(Optional.empty(), SignInPagesAccess.safeNext("https://evil.example/x"));
        assertEquals(Optional.empty(), SignInPagesAccess.safeNext("/\\evil.example"));
        assertEquals(Optional.empty(), SignInPagesAccess.safeNext("learners"));
    }
}
