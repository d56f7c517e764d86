package org.flourish.lrs.store.jpa;

import org.flourish.lrs.testing.TestDatabases;

/** The statement store contract on PostgreSQL, in a database of its own. */
class PostgresStatementStoreTest extends StatementStoreContract {

    @Override
    protected DatabaseSettings freshDatabase() {
        return TestDatabases.freshPostgres("flourish_lrs_store_test");
    }
}
