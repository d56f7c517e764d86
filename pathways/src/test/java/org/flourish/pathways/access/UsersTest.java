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
        assertThrows(IllegalArgumentException.class, () -> Users.parse("awa:s3cret:superuser"));
        assertThrows(IllegalArgumentException.class, () -> Users.parse("awa:mentor"));
    }

    @Test
    void onlyMentorsSeeLearnerData() {
        assertTrue(Role.MENTOR.seesLearnerData());
        assertFalse(Role.COORDINATOR.seesLearnerData());
        assertFalse(Role.FORWARDER.seesLearnerData());
        assertFalse(Role.ADMIN.seesLearnerData());
    }

    @Test
    void disabledAccountIsRefusedEvenWithAPasswordVerifiedBefore() {
        InMemoryAccounts accounts = new InMemoryAccounts();
        accounts.save(Account.create("awa", Role.MENTOR, "s3cret".toCharArray(), java.time.Instant.now()));
        Users backed = Users.of(accounts);
        assertTrue(backed.authenticate("awa", "s3cret".toCharArray()).isPresent());
        accounts.save(accounts.find("awa").orElseThrow().withEnabled(false));
        assertTrue(backed.authenticate("awa", "s3cret".toCharArray()).isEmpty());
        assertTrue(backed.roleOf("awa").isEmpty());
    }

    @Test
    void changedPasswordIsNoLongerRecognisedFromMemory() {
        InMemoryAccounts accounts = new InMemoryAccounts();
        accounts.save(Account.create("awa", Role.MENTOR, "old".toCharArray(), java.time.Instant.now()));
        Users backed = Users.of(accounts);
        assertTrue(backed.authenticate("awa", "old".toCharArray()).isPresent());
        accounts.save(accounts.find("awa").orElseThrow().withPassword("new".toCharArray()));
        backed.forget("awa");
        assertTrue(backed.authenticate("awa", "old".toCharArray()).isEmpty());
        assertTrue(backed.authenticate("awa", "new".toCharArray()).isPresent());
    }

    @Test
    void passwordHashReadsBackFromItsEncoding() {
        PasswordHash hash = PasswordHash.of("s3cret".toCharArray());
        PasswordHash read = PasswordHash.decode(hash.encoded());
        assertTrue(read.matches("s3cret".toCharArray()));
        assertFalse(read.matches("S3cret".toCharArray()));
        assertTrue(hash.encoded().startsWith("pbkdf2-sha256:210000:"));
    }
}
