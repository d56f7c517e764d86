package org.flourish.lrs.store.jpa;

import org.flourish.lrs.testing.TestDatabases;

/** The attachment store contract on the embedded PostgreSQL, the default. */
class EmbeddedAttachmentStoreTest extends AttachmentStoreContract {

    @Override
    protected DatabaseSettings freshDatabase() {
        return TestDatabases.freshEmbedded("flourish_attachment_store_test");
    }
}
