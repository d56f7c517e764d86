package org.flourish.lrs.store.jpa;

import org.flourish.lrs.testing.TestDatabases;

/** The statement store contract on H2, the embedded default. */
class H2StatementStoreTest extends StatementStoreContract {

    @Override
    protected DatabaseSettings freshDatabase() {
        return TestDatabases.freshH2("store-test");
    }
}
