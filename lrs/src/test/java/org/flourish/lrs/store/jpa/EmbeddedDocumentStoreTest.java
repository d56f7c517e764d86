package org.flourish.lrs.store.jpa;

import org.flourish.lrs.testing.TestDatabases;

/** The document store contract on the embedded PostgreSQL, the default. */
class EmbeddedDocumentStoreTest extends DocumentStoreContract {

    @Override
    protected DatabaseSettings freshDatabase() {
        return TestDatabases.freshEmbedded("flourish_document_store_test");
    }
}
