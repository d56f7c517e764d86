package org.flourish.lrs.store.jpa;

import org.flourish.lrs.testing.TestDatabases;

/** The document store contract on H2, the embedded default. */
class H2DocumentStoreTest extends DocumentStoreContract {

    @Override
    protected DatabaseSettings freshDatabase() {
        return TestDatabases.freshH2("document-store-test");
    }
}
