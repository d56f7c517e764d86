package org.flourish.pathways.access;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

/** Accounts kept in memory only: for the users of a setting and for tests. */
public final class InMemoryAccounts implements Accounts {

    private final Map<String, Account> accounts = new ConcurrentSkipListMap<>();

    @Override
    public Optional<Account> find(String name) {
        return Optional.ofNullable(accounts.get(name));
    }

    @Override
    public List<Account> all() {
        return List.copyOf(accounts.values());
    }

    @Override
    public void save(Account account) {
        accounts.put(account.name(), account);
    }
}
