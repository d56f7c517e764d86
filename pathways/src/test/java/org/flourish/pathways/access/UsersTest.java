package org.flourish.pathways.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class UsersTest {

    private final Users users = Users.parse("awa:s3cret:mentor, omar:other:coordinator");

    @Test
    void rightPasswordGivesTheUserWithTheirRoleEvenTheSecondTime() {
        assertEquals(Optional.of(new User("awa", Role.MENTOR)), users.authenticate("awa", "s3cret".toCharArray()));
        assertEquals(Optional.of(new User("awa", Role.MENTOR)), users.authenticate("awa", "s3cret".toCharArray()));
        assertEquals(Role.COORDINATOR, users.authenticate("omar", "other".toCharArray()).orElseThrow().role());
    }

    @Test
    void wrongPasswordOrUnknownUserIsRefusedAfterARightOne() {
        users.authenticate("awa", "s3cret".toCharArray());
        assertTrue(users.authenticate("awa", "S3cret".toCharArray()).isEmpty());
        assertTrue(users.authenticate("omar", "s3cret".toCharArray()).isEmpty());
        assertTrue(users.authenticate("nobody", "s3cret".toCharArray()).isEmpty());
    }

    @Test
    void entryWithAnUnknownRoleIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Users.parse("awa:s3cret:admin"));
        assertThrows(IllegalArgumentException.class, () -> Users.parse("awa:mentor"));
    }

    @Test
    void onlyMentorsSeeLearnerData() {
        assertTrue(Role.MENTOR.seesLearnerData());
        assertFalse(Role.COORDINATOR.seesLearnerData());
        assertFalse(Role.FORWARDER.seesLearnerData());
    }
}
