package org.flourish.lrs.store.jpa;

import org.flourish.lrs.testing.TestDatabases;

/** The attachment store contract on PostgreSQL, in a database of its own. */
class PostgresAttachmentStoreTest extends AttachmentStoreContract {

    @Override
    protected DatabaseSettings freshDatabase() {
        return TestDatabases.freshPostgres("flourish_attachments_store_test");
    }
}
