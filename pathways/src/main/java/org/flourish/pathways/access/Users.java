package org.flourish.pathways.access;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The API's users, from the setting {@code flourish.pathways.users} = {@code name:password:role,...}: passwords are
 * hashed when read and the setting's text is not kept. An entry that is not three non-empty parts with a known
 * role is refused, so that a typo cannot silently lock someone out or in.
 */
public final class Users {

    private record Account(Role role, PasswordHash password) {
    }

    private final Map<String, Account> accounts;
    private final VerifiedPasswords verified = new VerifiedPasswords();

    private Users(Map<String, Account> accounts) {
        this.accounts = Map.copyOf(accounts);
    }

    public static Users parse(String setting) {
        Map<String, Account> accounts = new HashMap<>();
        for (String entry : setting.split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            String[] parts = entry.trim().split(":", -1);
            if (parts.length != 3 || parts[0].isEmpty() || parts[1].isEmpty()) {
                throw new IllegalArgumentException("a user entry is name:password:role, one was malformed");
            }
            Role role;
            try {
                role = Role.named(parts[2]);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown role '" + parts[2] + "' for user " + parts[0], e);
            }
            accounts.put(parts[0], new Account(role, PasswordHash.of(parts[1].toCharArray())));
        }
        return new Users(accounts);
    }

    public static Users none() {
        return new Users(Map.of());
    }

    /** The role of a configured user, for checking whom a coordinator assigns. */
    public Optional<Role> roleOf(String name) {
        return Optional.ofNullable(accounts.get(name)).map(Account::role);
    }

    /** PBKDF2 costs a few hundred milliseconds: a password already verified for this user is recognised at once. */
    public Optional<User> authenticate(String name, char[] password) {
        Account account = accounts.get(name);
        if (account == null) {
            return Optional.empty();
        }
        if (verified.contains(name, password)) {
            return Optional.of(new User(name, account.role()));
        }
        if (!account.password().matches(password)) {
            return Optional.empty();
        }
        verified.remember(name, password);
        return Optional.of(new User(name, account.role()));
    }
}
