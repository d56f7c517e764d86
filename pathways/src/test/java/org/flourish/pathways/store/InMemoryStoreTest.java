package org.flourish.pathways.store;

/** The store contract on the in-memory dataset the tests and demonstrations use. */
class InMemoryStoreTest extends RdfStoreContract {

    @Override
    RdfStore openStore() {
        return RdfStore.inMemory();
    }
}
