package org.flourish.lrs.store.embedded;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One process at a time per embedded directory: an exclusive lock on its {@code lock} file, held while the server
 * runs. The kernel releases it when the process dies, however it dies, so a cluster whose lock is free and whose
 * server still runs was left behind by a killed process.
 */
final class ClusterLock implements AutoCloseable {

    private final FileChannel channel;

    private ClusterLock(FileChannel channel) {
        this.channel = channel;
    }

    static ClusterLock acquire(Path directory) throws IOException {
        FileChannel channel = FileChannel.open(directory.resolve("lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException heldHere) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            throw new IllegalStateException("the embedded database in " + directory + " is in use by another"
                    + " Flourish process: give each LRS its own FLOURISH_DATA_DIR");
        }
        return new ClusterLock(channel);
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
