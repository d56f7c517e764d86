package org.flourish.lrs.store.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DatabaseSettingsTest {

    @Test
    void postgresBatchesAreSentAsMultiRowInsertsUnlessTheUrlSaysOtherwise() {
        assertEquals("jdbc:postgresql://db/lrs?reWriteBatchedInserts=true&logServerErrorDetail=false",
                new DatabaseSettings("jdbc:postgresql://db/lrs", "u", "p", 4).connectionUrl());
        assertEquals("jdbc:postgresql://db/lrs?ssl=true&reWriteBatchedInserts=true&logServerErrorDetail=false",
                new DatabaseSettings("jdbc:postgresql://db/lrs?ssl=true", "u", "p", 4).connectionUrl());
        assertEquals("jdbc:postgresql://db/lrs?reWriteBatchedInserts=false&logServerErrorDetail=false",
                new DatabaseSettings("jdbc:postgresql://db/lrs?reWriteBatchedInserts=false", "u", "p", 4)
                        .connectionUrl());
    }

    @Test
    void theEmbeddedDefaultIsAnH2FileUnderTheDataDirectory() {
        DatabaseSettings embedded = DatabaseSettings.embedded(Path.of("some", "data"), 4);
        assertTrue(embedded.url().startsWith("jdbc:h2:file:"));
        assertTrue(embedded.url().endsWith(Path.of("some", "data", "lrs", "flourish").toAbsolutePath().toString()));
        assertEquals(embedded.url(), embedded.connectionUrl());
    }
}
