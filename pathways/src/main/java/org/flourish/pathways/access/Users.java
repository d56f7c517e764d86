package org.flourish.pathways.access;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Who may sign in, and as what: the enabled {@link Accounts}. Accounts are managed in the web app; the setting
 * {@code flourish.pathways.users} = {@code name:password:role,...} can seed some on first start
 * ({@link #parseAccounts}). An entry that is not three non-empty parts with a known role is refused, so that a typo
 * cannot silently lock someone out or in.
 */
public final class Users {

    private final Accounts accounts;
    private final VerifiedPasswords verified = new VerifiedPasswords();

    private Users(Accounts accounts) {
        this.accounts = accounts;
    }

    public static Users of(Accounts accounts) {
        return new Users(accounts);
    }

    /** Users held in memory only, from the setting's text. */
    public static Users parse(String setting) {
        InMemoryAccounts accounts = new InMemoryAccounts();
        parseAccounts(setting, Instant.now()).forEach(accounts::save);
        return new Users(accounts);
    }

    public static Users none() {
        return new Users(new InMemoryAccounts());
    }

    /** The accounts a setting {@code name:password:role,...} names, their passwords hashed. */
    public static List<Account> parseAccounts(String setting, Instant created) {
        List<Account> parsed = new ArrayList<>();
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
            parsed.add(Account.create(parts[0], role, parts[1].toCharArray(), created));
        }
        return parsed;
    }

    /** The role of an enabled user, for checking whom a coordinator assigns. */
    public Optional<Role> roleOf(String name) {
        return accounts.find(name).filter(Account::enabled).map(Account::role);
    }

    /**
     * PBKDF2 costs a few hundred milliseconds: a password already verified for this user is recognised at once. An
     * unknown name costs as much as a wrong password, so that the time taken does not tell which names exist.
     */
    public Optional<User> authenticate(String name, char[] password) {
        Optional<Account> found = accounts.find(name);
        if (found.isEmpty()) {
            PasswordHash.NONE.matches(password);
            return Optional.empty();
        }
        Account account = found.get();
        if (verified.contains(name, password)) {
            return account.enabled() ? Optional.of(account.user()) : Optional.empty();
        }
        if (!account.password().matches(password)) {
            return Optional.empty();
        }
        verified.remember(name, password);
        return account.enabled() ? Optional.of(account.user()) : Optional.empty();
    }

    /** After a password change: the old password must not be recognised from memory. */
    public void forget(String name) {
        verified.forget(name);
    }
}
