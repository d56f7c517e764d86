package org.flourish.pathways.access;

import java.util.List;
import java.util.Optional;

/** The accounts people sign in with. Storage only: who may change which account is decided by the caller. */
public interface Accounts {

    Optional<Account> find(String name);

    /** Every account, by name. */
    List<Account> all();

    /** Adds the account, or replaces the one with the same name. */
    void save(Account account);
}
