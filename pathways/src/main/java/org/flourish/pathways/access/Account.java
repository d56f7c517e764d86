package org.flourish.pathways.access;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A person's account: a user name, one role, a password hash, whether it may sign in, and the language the person
 * chose for the interface (a BCP 47 tag). Changes give a new account; the store keeps the last one saved.
 */
public record Account(String name, Role role, PasswordHash password, boolean enabled, Optional<String> language,
                      Instant created) {

    /** Letters, digits, dot, dash and underscore; what fits in a URL, a log line and an xAPI account name. */
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}._-]{1,64}");

    public Account {
        Objects.requireNonNull(name, "name");
        if (!isValidName(name)) {
            throw new IllegalArgumentException("a user name is 1 to 64 letters, digits, dots, dashes or underscores");
        }
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(created, "created");
    }

    public static boolean isValidName(String name) {
        return NAME.matcher(name).matches();
    }

    public static Account create(String name, Role role, char[] password, Instant created) {
        return new Account(name, role, PasswordHash.of(password), true, Optional.empty(), created);
    }

    public Account withPassword(char[] newPassword) {
        return new Account(name, role, PasswordHash.of(newPassword), enabled, language, created);
    }

    public Account withEnabled(boolean nowEnabled) {
        return new Account(name, role, password, nowEnabled, language, created);
    }

    public Account withLanguage(String tag) {
        return new Account(name, role, password, enabled, Optional.of(tag), created);
    }

    public User user() {
        return new User(name, role);
    }
}
