package org.flourish.lrs.store.embedded;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;

/**
 * Unpacks a tar stream into a directory: regular files, directories and symbolic links, which is all the PostgreSQL
 * archive holds. Any other entry, and any name or link that would reach outside the directory, is refused. Modes keep
 * their owner bits and lose group and other write, so the unpacked programs can be read by the server's own account.
 */
final class TarArchive {

    private static final int BLOCK = 512;

    private TarArchive() {
    }

    static void extract(InputStream tar, Path directory) throws IOException {
        Path root = directory.toAbsolutePath().normalize();
        byte[] header = new byte[BLOCK];
        while (readFully(tar, header) && !allZero(header)) {
            String name = text(header, 0, 100);
            if ("ustar".equals(text(header, 257, 6))) {
                String prefix = text(header, 345, 155);
                name = prefix.isEmpty() ? name : prefix + "/" + name;
            }
            Path path = inside(root, name);
            char type = (char) header[156];
            long size = octal(header, 124, 12, name);
            int mode = (int) octal(header, 100, 8, name);
            switch (type) {
                case '0', '\0' -> {
                    Files.createDirectories(path.getParent());
                    copy(tar, path, size);
                    skip(tar, (BLOCK - size % BLOCK) % BLOCK);
                    Files.setPosixFilePermissions(path, permissions(mode));
                }
                case '5' -> Files.createDirectories(path);
                case '2' -> {
                    String link = text(header, 157, 100);
                    if (link.startsWith("/") || !path.getParent().resolve(link).normalize().startsWith(root)) {
                        throw new IOException("archive link outside the target directory: " + name + " -> " + link);
                    }
                    Files.createDirectories(path.getParent());
                    Files.deleteIfExists(path);
                    Files.createSymbolicLink(path, Path.of(link));
                }
                default -> throw new IOException("unsupported entry type '" + type + "' in the archive: " + name);
            }
        }
    }

    private static Path inside(Path root, String name) throws IOException {
        Path path = root.resolve(name).normalize();
        if (name.isEmpty() || name.startsWith("/") || !path.startsWith(root)) {
            throw new IOException("archive entry outside the target directory: " + name);
        }
        return path;
    }

    private static void copy(InputStream tar, Path path, long size) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(path)) {
            for (long left = size; left > 0; ) {
                int read = tar.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (read < 0) {
                    throw new IOException("archive ends inside " + path.getFileName());
                }
                out.write(buffer, 0, read);
                left -= read;
            }
        }
    }

    private static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> permissions = EnumSet.of(PosixFilePermission.OWNER_READ,
                PosixFilePermission.OWNER_WRITE, PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ);
        if ((mode & 0100) != 0) {
            permissions.addAll(EnumSet.of(PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.GROUP_EXECUTE,
                    PosixFilePermission.OTHERS_EXECUTE));
        }
        return permissions;
    }

    private static boolean readFully(InputStream in, byte[] block) throws IOException {
        int filled = in.readNBytes(block, 0, block.length);
        if (filled == 0) {
            return false;
        }
        if (filled < block.length) {
            throw new IOException("archive ends inside a header");
        }
        return true;
    }

    private static void skip(InputStream in, long bytes) throws IOException {
        in.skipNBytes(bytes);
    }

    private static boolean allZero(byte[] block) {
        for (byte b : block) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }

    private static String text(byte[] header, int offset, int length) {
        int end = offset;
        while (end < offset + length && header[end] != 0) {
            end++;
        }
        return new String(header, offset, end - offset, StandardCharsets.UTF_8);
    }

    private static long octal(byte[] header, int offset, int length, String name) throws IOException {
        String digits = text(header, offset, length).trim();
        if (!digits.matches("[0-7]*")) {
            throw new IOException("unreadable header field in the archive for " + name);
        }
        return digits.isEmpty() ? 0 : Long.parseLong(digits, 8);
    }
}
