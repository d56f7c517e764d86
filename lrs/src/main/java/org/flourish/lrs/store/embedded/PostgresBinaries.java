package org.flourish.lrs.store.embedded;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.Properties;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.tukaani.xz.XZInputStream;

/**
 * The PostgreSQL programs packaged in the WAR (a .txz in a jar), unpacked once per version into the embedded
 * directory. They are unpacked beside their final place and renamed into it, so a directory under the final name is
 * always whole, even after a crash in the middle of unpacking.
 */
final class PostgresBinaries {

    private static final Logger LOG = Logger.getLogger(PostgresBinaries.class.getName());
    private static final Properties PACKAGED = packaged();

    private PostgresBinaries() {
    }

    /** The full version packaged, e.g. {@code 17.6.0}. */
    static String version() {
        return PACKAGED.getProperty("version");
    }

    /** The major version, as a cluster's {@code PG_VERSION} file names it, e.g. {@code 17}. */
    static String majorVersion() {
        return version().substring(0, version().indexOf('.'));
    }

    /** The installation directory (with {@code bin/}, {@code lib/}, {@code share/}), unpacked on first use. */
    static Path installed(Path directory) throws IOException {
        Path home = directory.resolve("binaries-" + version());
        if (Files.isDirectory(home)) {
            return home;
        }
        Path partial = directory.resolve(home.getFileName() + ".partial");
        deleteTree(partial);
        LOG.info(() -> "Unpacking PostgreSQL " + version() + " into " + home);
        try (InputStream packed = PostgresBinaries.class.getClassLoader()
                .getResourceAsStream(PACKAGED.getProperty("archive"))) {
            if (packed == null) {
                throw new IllegalStateException("the PostgreSQL binaries (" + PACKAGED.getProperty("archive")
                        + ") are not on the class path: the embedded database needs Linux on x86-64");
            }
            TarArchive.extract(new XZInputStream(new BufferedInputStream(packed, 1 << 16)), partial);
        }
        // Directories readable by the server's account too, whatever this process's umask.
        try (Stream<Path> paths = Files.walk(partial)) {
            for (Path path : (Iterable<Path>) paths.filter(Files::isDirectory)::iterator) {
                Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        }
        Files.move(partial, home, StandardCopyOption.ATOMIC_MOVE);
        return home;
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private static Properties packaged() {
        Properties properties = new Properties();
        try (InputStream in = PostgresBinaries.class.getResourceAsStream("binaries.properties")) {
            properties.load(in);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("binaries.properties missing beside " + PostgresBinaries.class, e);
        }
        return properties;
    }
}
