package org.flourish.pathways.web.http;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.flourish.pathways.access.User;

/**
 * Sessions in memory, by a random id of 256 bits that only the session cookie carries. A session unused for 12 hours
 * is gone; a restart signs everyone out. Signing in makes a new session (a new id), so an id known before sign-in is
 * worth nothing after. Anonymous sessions (the sign-in page's) are capped, the oldest dropped first.
 */
public final class Sessions {

    static final Duration IDLE = Duration.ofHours(12);
    private static final int MAX_SESSIONS = 20_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final Clock clock;

    public Sessions(Clock clock) {
        this.clock = clock;
    }

    /** The live session of this id, touched; empty if unknown or idle too long. */
    public Optional<Session> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        Session session = sessions.get(id);
        Instant now = clock.instant();
        if (session == null) {
            return Optional.empty();
        }
        if (session.lastSeen().plus(IDLE).isBefore(now)) {
            sessions.remove(id);
            return Optional.empty();
        }
        session.seen(now);
        return Optional.of(session);
    }

    public Session anonymous(String language) {
        return open(Optional.empty(), language);
    }

    /** Replaces the session by a signed-in one: new id, new CSRF token, the same language. */
    public Session signIn(Session before, User user, String language) {
        sessions.remove(before.id());
        return open(Optional.of(user), language);
    }

    public void end(Session session) {
        sessions.remove(session.id());
    }

    /** Ends every session of this user (the account was disabled or its password changed elsewhere). */
    public void endAllOf(String userName) {
        sessions.values().removeIf(session -> session.user().map(User::name).filter(userName::equals).isPresent());
    }

    private Session open(Optional<User> user, String language) {
        if (sessions.size() >= MAX_SESSIONS) {
            evictOldest();
        }
        Session session = new Session(token(), token(), user, language, clock.instant());
        sessions.put(session.id(), session);
        return session;
    }

    private void evictOldest() {
        Instant now = clock.instant();
        sessions.values().removeIf(session -> session.lastSeen().plus(IDLE).isBefore(now));
        sessions.values().stream().filter(session -> session.user().isEmpty())
                .sorted(Comparator.comparing(Session::lastSeen)).limit(MAX_SESSIONS / 10)
                .map(Session::id).toList().forEach(sessions::remove);
    }

    static String token() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
