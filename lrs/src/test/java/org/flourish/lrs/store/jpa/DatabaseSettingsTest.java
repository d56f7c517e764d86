package org.flourish.lrs.store.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
