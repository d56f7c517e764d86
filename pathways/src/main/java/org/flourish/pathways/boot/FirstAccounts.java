package org.flourish.pathways.boot;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;

import org.flourish.pathways.access.Account;
import org.flourish.pathways.access.Accounts;
import org.flourish.pathways.access.Role;
import org.flourish.pathways.access.Users;

/**
 * The accounts made on start when absent: the users of {@code flourish.pathways.users}, and the first administrator
 * ({@code FLOURISH_ADMIN_USER}, {@code FLOURISH_ADMIN_PASSWORD}: the LRS's administrator too) while no account has
 * the role admin. A generated password is logged this once only. Existing accounts are never changed, so that a
 * password changed in the app stays changed.
 */
final class FirstAccounts {

    private static final Logger LOG = Logger.getLogger(FirstAccounts.class.getName());

    private FirstAccounts() {
    }

    static void ensure(Accounts accounts, Optional<String> usersSetting, String adminUser,
                       Optional<String> adminPassword, Clock clock) {
        usersSetting.ifPresent(setting -> Users.parseAccounts(setting, clock.instant()).stream()
                .filter(account -> accounts.find(account.name()).isEmpty())
                .forEach(account -> {
                    accounts.save(account);
                    LOG.info(() -> "created the account " + account.name() + " (" + account.role().term() + ")");
                }));
        if (accounts.all().stream().anyMatch(account -> account.role() == Role.ADMIN)) {
            return;
        }
        if (accounts.find(adminUser).isPresent()) {
            LOG.warning("no administrator account, and " + adminUser + " is taken by another role: set "
                    + "FLOURISH_ADMIN_USER to a free name");
            return;
        }
        String password = adminPassword.orElseGet(FirstAccounts::randomPassword);
        accounts.save(Account.create(adminUser, Role.ADMIN, password.toCharArray(), clock.instant()));
        LOG.info("\n\n  Flourish web app administrator: " + adminUser
                + (adminPassword.isPresent() ? " (password as configured)"
                        : "\n  Password: " + password + "   (generated; shown this once only, keep it safe)") + "\n");
    }

    private static String randomPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
