package org.flourish.pathways.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.apache.jena.query.ParameterizedSparqlString;

/** SPARQL text from {@code org/flourish/pathways/sparql/*.rq|ru} on the classpath, ready for parameters. */
public final class SparqlFiles {

    private static final String FOLDER = "/org/flourish/pathways/sparql/";

    private SparqlFiles() {
    }

    public static ParameterizedSparqlString query(String file) {
        return new ParameterizedSparqlString(read(file));
    }

    public static ParameterizedSparqlString update(String file) {
        return new ParameterizedSparqlString(read(file));
    }

    static String read(String file) {
        try (InputStream in = SparqlFiles.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + FOLDER + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
