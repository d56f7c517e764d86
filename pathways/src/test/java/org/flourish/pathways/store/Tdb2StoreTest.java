package org.flourish.pathways.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The store contract on a TDB2 directory, the embedded default. */
class Tdb2StoreTest extends RdfStoreContract {

    @Override
    RdfStore openStore() {
        try {
            Path directory = Files.createTempDirectory(Path.of("target"), "tdb2-contract");
            return RdfStore.tdb2(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
