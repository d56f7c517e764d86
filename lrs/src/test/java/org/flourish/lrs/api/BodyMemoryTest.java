package org.flourish.lrs.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.flourish.lrs.error.RequestTooLargeException;
import org.flourish.lrs.error.ServerBusyException;
import org.junit.jupiter.api.Test;

class BodyMemoryTest {

    private final BodyMemory memory = new BodyMemory(8L << 20, 1L << 20);

    @Test
    void aShareIsGivenBackWhenItsRequestEnds() {
        for (int i = 0; i < 3; i++) {
            try (BodyMemory.Share share = memory.share()) {
                share.take(1L << 20);
            }
        }
    }

    @Test
    void aBodyThatCannotFitTheWholeBudgetIs413AtOnce() {
        try (BodyMemory.Share share = memory.share()) {
            assertThrows(RequestTooLargeException.class, () -> share.take(2L << 20));
        }
    }

    @Test
    void aBodyThatCannotFitBesideTheOthersIs503AfterAWait() {
        try (BodyMemory.Share first = memory.share(); BodyMemory.Share second = memory.share()) {
            first.take(600L << 10);
            long start = System.nanoTime();
            ServerBusyException busy = assertThrows(ServerBusyException.class, () -> second.take(600L << 10));
            assertEquals(503, busy.status());
            assertEquals(BodyMemory.RETRY_AFTER, busy.retryAfter().orElseThrow());
            assertEquals(BodyMemory.WAIT.toSeconds(), (System.nanoTime() - start) / 1_000_000_000L);
        }
    }
}
