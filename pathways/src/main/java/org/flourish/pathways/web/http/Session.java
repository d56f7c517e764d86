package org.flourish.pathways.web.http;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.flourish.pathways.access.User;

/**
 * One browser's session: who signed in (nobody yet, before sign-in), the token every form that changes something
 * must carry back (CSRF), the interface language, and the notices to show once on the next page.
 */
public final class Session {

    private final String id;
    private final String csrfToken;
    private final Optional<User> user;
    private volatile String language;
    private volatile Instant lastSeen;
    private final List<Notice> notices = new ArrayList<>();

    Session(String id, String csrfToken, Optional<User> user, String language, Instant now) {
        this.id = id;
        this.csrfToken = csrfToken;
        this.user = user;
        this.language = language;
        this.lastSeen = now;
    }

    public String id() {
        return id;
    }

    public String csrfToken() {
        return csrfToken;
    }

    public Optional<User> user() {
        return user;
    }

    public String language() {
        return language;
    }

    void language(String chosen) {
        this.language = chosen;
    }

    Instant lastSeen() {
        return lastSeen;
    }

    void seen(Instant now) {
        this.lastSeen = now;
    }

    /** A message for the next page shown (after a redirect), by its bundle key and arguments. */
    public synchronized void notice(Notice notice) {
        notices.add(notice);
    }

    /** The notices waiting, which are then gone. */
    public synchronized List<Notice> takeNotices() {
        List<Notice> taken = List.copyOf(notices);
        notices.clear();
        return taken;
    }

    /** A one-time message: its kind ({@code success} or {@code error}) and its words, already in the language. */
    public record Notice(String kind, String text, List<String> details) {
        public Notice {
            details = List.copyOf(details);
        }

        public static Notice success(String text) {
            return new Notice("success", text, List.of());
        }

        public static Notice error(String text) {
            return new Notice("error", text, List.of());
        }
    }
}
