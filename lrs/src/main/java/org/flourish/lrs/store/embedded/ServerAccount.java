package org.flourish.lrs.store.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

/**
 * The account the PostgreSQL processes run as. PostgreSQL refuses to run as root: when this process is root, its
 * programs run as the unprivileged uid and gid 65534 ({@code nobody}) through util-linux's {@code setpriv}, and the
 * cluster directory belongs to that account; otherwise they run as this process's own account.
 */
final class ServerAccount {

    static final int UNPRIVILEGED = 65534;

    private final boolean root;

    private ServerAccount(boolean root) {
        this.root = root;
    }

    static ServerAccount forThisProcess() throws IOException {
        // /proc/self belongs to the process's effective user.
        return new ServerAccount((int) Files.getAttribute(Path.of("/proc/self"), "unix:uid") == 0);
    }

    /** The uid the server runs as, {@code -1} meaning this process's own. */
    int uid() {
        return root ? UNPRIVILEGED : -1;
    }

    /** The command line that runs {@code program} as this account. */
    List<String> command(List<String> program) {
        if (!root) {
            return program;
        }
        List<String> command = new ArrayList<>(List.of(setpriv(), "--reuid=" + UNPRIVILEGED,
                "--regid=" + UNPRIVILEGED, "--clear-groups", "--no-new-privs", "--"));
        command.addAll(program);
        return command;
    }

    /** Makes {@code directory} this account's own, readable by it alone (PostgreSQL requires both of a cluster). */
    void own(Path directory) throws IOException {
        if (root) {
            Files.setAttribute(directory, "unix:uid", UNPRIVILEGED);
            Files.setAttribute(directory, "unix:gid", UNPRIVILEGED);
        }
        Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));
    }

    /**
     * Fails with what to do when the server's account could not reach {@code directory}: as root, every directory
     * above it must let others through (a data directory under {@code /root} does not).
     */
    /** Whether the server's account can pass through every directory above {@code directory}. */
    boolean canReach(Path directory) throws IOException {
        if (!root) {
            return true;
        }
        for (Path up = directory.toAbsolutePath().getParent(); up != null; up = up.getParent()) {
            if (Files.exists(up) && !Files.getPosixFilePermissions(up).contains(PosixFilePermission.OTHERS_EXECUTE)) {
                return false;
            }
        }
        return true;
    }

    void checkCanReach(Path directory) throws IOException {
        if (!root) {
            return;
        }
        for (Path up = directory.toAbsolutePath().getParent(); up != null; up = up.getParent()) {
            if (!Files.getPosixFilePermissions(up).contains(PosixFilePermission.OTHERS_EXECUTE)) {
                throw new IllegalStateException("Flourish runs as root, and PostgreSQL refuses to: it runs the"
                        + " embedded database as the unprivileged user " + UNPRIVILEGED + ", who cannot reach "
                        + directory + " because " + up + " does not let others through (mode "
                        + PosixFilePermissions.toString(Files.getPosixFilePermissions(up)) + "). Set"
                        + " FLOURISH_DATA_DIR to a directory outside it (e.g. /var/lib/flourish), run Flourish as"
                        + " a user other than root, or set FLOURISH_DB_URL to use a PostgreSQL server of your own.");
            }
        }
    }

    private static String setpriv() {
        for (String candidate : List.of("/usr/bin/setpriv", "/bin/setpriv", "/usr/sbin/setpriv")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return candidate;
            }
        }
        throw new IllegalStateException("Flourish runs as root, and PostgreSQL refuses to: the embedded database"
                + " runs as an unprivileged user through setpriv (Debian package util-linux), which is missing."
                + " Install it, or run Flourish as a user other than root.");
    }
}
