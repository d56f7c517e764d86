package org.flourish.lrs.store.jpa;

import org.flourish.lrs.testing.TestDatabases;

/** The statement store contract on the embedded PostgreSQL, the default. */
class EmbeddedStatementStoreTest extends StatementStoreContract {

    @Override
    protected DatabaseSettings freshDatabase() {
        return TestDatabases.freshEmbedded("flourish_store_test");
    }
}
