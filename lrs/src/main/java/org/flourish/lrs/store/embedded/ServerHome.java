package org.flourish.lrs.store.embedded;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.logging.Logger;

/**
 * Where the embedded server's files live: the directory asked for, unless this process is root and the unprivileged
 * account PostgreSQL runs as cannot reach it (a data directory under {@code /root}, mode 700). Then they live in a
 * directory of their own under {@link #ELSEWHERE} (root's, mode 711: others pass through but cannot list it), named
 * after the directory asked for, which keeps only a file {@link #LOCATION} saying where they are.
 */
final class ServerHome {

    static final Path ELSEWHERE = Path.of("/var/lib/flourish-postgres");
    static final String LOCATION = "location";
    private static final Logger LOG = Logger.getLogger(ServerHome.class.getName());

    private ServerHome() {
    }

    static Path of(Path asked, ServerAccount account) throws IOException {
        if (account.canReach(asked)) {
            return asked;
        }
        Path home = ELSEWHERE.resolve(idOf(asked));
        Files.createDirectories(asked);
        Files.createDirectories(ELSEWHERE);
        Files.setPosixFilePermissions(ELSEWHERE, PosixFilePermissions.fromString("rwx--x--x"));
        Files.writeString(asked.resolve(LOCATION), home + "\n", StandardCharsets.UTF_8);
        LOG.info(() -> "The embedded PostgreSQL runs as uid " + ServerAccount.UNPRIVILEGED + ", who cannot reach "
                + asked + ": its cluster lives in " + home + " (named in " + asked.resolve(LOCATION) + ")");
        return home;
    }

    /** A short name that stays the same for the same directory asked for. */
    static String idOf(Path asked) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(asked.toString()
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }
}
