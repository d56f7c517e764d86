package org.flourish.lrs.store.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TarArchiveTest {

    @TempDir
    Path directory;

    @Test
    void filesDirectoriesAndLinksAreUnpackedWithTheirModes() throws IOException {
        byte[] tar = tar(entry("bin/", '5', 0755, "", ""), entry("bin/postgres", '0', 0755, "#!", ""),
                entry("lib/libpq.so.5.17", '0', 0644, "library", ""), entry("lib/libpq.so", '2', 0777, "",
                        "libpq.so.5.17"));
        TarArchive.extract(new ByteArrayInputStream(tar), directory);
        assertEquals("#!", Files.readString(directory.resolve("bin/postgres")));
        assertEquals("rwxr-xr-x", PosixFilePermissions.toString(
                Files.getPosixFilePermissions(directory.resolve("bin/postgres"))));
        assertEquals("rw-r--r--", PosixFilePermissions.toString(
                Files.getPosixFilePermissions(directory.resolve("lib/libpq.so.5.17"))));
        assertTrue(Files.isSymbolicLink(directory.resolve("lib/libpq.so")));
        assertEquals("library", Files.readString(directory.resolve("lib/libpq.so")));
    }

    @Test
    void anEntryOrALinkReachingOutsideTheDirectoryIsRefused() {
        assertThrows(IOException.class, () -> TarArchive.extract(new ByteArrayInputStream(
                tar(entry("../escaped", '0', 0644, "x", ""))), directory.resolve("a")));
        assertThrows(IOException.class, () -> TarArchive.extract(new ByteArrayInputStream(
                tar(entry("lib/passwd", '2', 0777, "", "/etc/passwd"))), directory.resolve("b")));
        assertThrows(IOException.class, () -> TarArchive.extract(new ByteArrayInputStream(
                tar(entry("lib/up", '2', 0777, "", "../../outside"))), directory.resolve("c")));
        assertFalse(Files.exists(directory.resolve("escaped")));
    }

    private static byte[] entry(String name, char type, int mode, String content, String link) {
        byte[] data = content.getBytes(StandardCharsets.UTF_8);
        byte[] header = new byte[512];
        put(header, 0, name);
        put(header, 100, String.format("%07o", mode));
        put(header, 124, String.format("%011o", data.length));
        header[156] = (byte) type;
        put(header, 157, link);
        put(header, 257, "ustar  ");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(header);
        out.writeBytes(data);
        out.writeBytes(new byte[(512 - data.length % 512) % 512]);
        return out.toByteArray();
    }

    private static byte[] tar(byte[]... entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] entry : entries) {
            out.writeBytes(entry);
        }
        out.writeBytes(new byte[1024]);
        return out.toByteArray();
    }

    private static void put(byte[] header, int offset, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(bytes, 0, header, offset, bytes.length);
    }
}
