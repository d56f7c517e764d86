package org.flourish.lrs.boot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import org.flourish.lrs.service.IdentifierDigest;

/**
 * The installation's secret for the erasure audit's digests: 32 random bytes in {@code erasure-audit.key} of the data
 * directory, made on first start, readable by the owner only. It lives apart from the database so that a copy of the
 * database alone cannot confirm a guessed identifier. Losing it only makes older digests unrecognisable.
 */
final class ErasureAuditKey {

    static final String FILE = "erasure-audit.key";

    private ErasureAuditKey() {
    }

    static byte[] in(Path dataDirectory) {
        Path file = dataDirectory.resolve(FILE);
        try {
            if (!Files.exists(file)) {
                create(dataDirectory, file);
            }
            byte[] key = Files.readAllBytes(file);
            if (key.length < IdentifierDigest.MIN_KEY_BYTES) {
                throw new IllegalStateException(file + " holds " + key.length + " bytes; the erasure audit key needs "
                        + IdentifierDigest.MIN_KEY_BYTES + " (remove the file to make a new key)");
            }
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the erasure audit key " + file, e);
        }
    }

    /** Writes a new key, unless another start wrote one first. */
    private static void create(Path dataDirectory, Path file) throws IOException {
        Files.createDirectories(dataDirectory);
        byte[] key = new byte[IdentifierDigest.MIN_KEY_BYTES];
        new SecureRandom().nextBytes(key);
        try {
            if (dataDirectory.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(file);
            }
            Files.write(file, key, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.SYNC);
        } catch (FileAlreadyExistsException e) {
            // made by a concurrent start: read below
        }
    }
}
