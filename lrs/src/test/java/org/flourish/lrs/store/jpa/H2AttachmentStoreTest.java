package org.flourish.lrs.store.jpa;

import org.flourish.lrs.testing.TestDatabases;

/** The attachment store contract on H2, the embedded default. */
class H2AttachmentStoreTest extends AttachmentStoreContract {

    @Override
    protected DatabaseSettings freshDatabase() {
        return TestDatabases.freshH2("attachment-store-test");
    }
}
