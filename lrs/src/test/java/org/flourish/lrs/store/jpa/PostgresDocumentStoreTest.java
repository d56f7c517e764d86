package org.flourish.lrs.store.jpa;

import org.flourish.lrs.testing.TestDatabases;

/** The document store contract on PostgreSQL, in a database of its own. */
class PostgresDocumentStoreTest extends DocumentStoreContract {

    @Override
    protected DatabaseSettings freshDatabase() {
        return TestDatabases.freshPostgres("flourish_docs_store_test");
    }
}
