package org.flourish.pathways.web.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;

import org.flourish.pathways.access.Role;
import org.flourish.pathways.access.User;
import org.junit.jupiter.api.Test;

class SessionsTest {

    private final SignInThrottleTest.MovableClock clock = new SignInThrottleTest.MovableClock();
    private final Sessions sessions = new Sessions(clock);

    @Test
    void signingInGivesANewIdAndTokenAndEndsTheAnonymousSession() {
        Session anonymous = sessions.anonymous("fr");
        Session signedIn = sessions.signIn(anonymous, new User("awa", Role.MENTOR), "fr");
        assertNotEquals(anonymous.id(), signedIn.id());
        assertNotEquals(anonymous.csrfToken(), signedIn.csrfToken());
        assertEquals(Optional.empty(), sessions.find(anonymous.id()));
        assertEquals("awa", sessions.find(signedIn.id()).orElseThrow().user().orElseThrow().name());
        assertEquals(43, signedIn.id().length(), "256 random bits in Base64url");
    }

    @Test
    void aSessionUnusedForTwelveHoursIsGone() {
        Session session = sessions.signIn(sessions.anonymous("en"), new User("awa", Role.MENTOR), "en");
        clock.advance(Duration.ofHours(11));
        assertTrue(sessions.find(session.id()).isPresent());
        clock.advance(Duration.ofHours(11));
        assertTrue(sessions.find(session.id()).isPresent(), "each use starts the twelve hours again");
        clock.advance(Duration.ofHours(13));
        assertEquals(Optional.empty(), sessions.find(session.id()));
    }

    @Test
    void endingEverySessionOfAUserLeavesOthers() {
        Session awa = sessions.signIn(sessions.anonymous("en"), new User("awa", Role.MENTOR), "en");
        Session awaElsewhere = sessions.signIn(sessions.anonymous("en"), new User("awa", Role.MENTOR), "en");
        Session omar = sessions.signIn(sessions.anonymous("en"), new User("omar", Role.COORDINATOR), "en");
        sessions.endAllOf("awa");
        assertEquals(Optional.empty(), sessions.find(awa.id()));
        assertEquals(Optional.empty(), sessions.find(awaElsewhere.id()));
        assertTrue(sessions.find(omar.id()).isPresent());
    }
}
