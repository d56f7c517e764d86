package org.flourish.pathways.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;

/** SPARQL text from {@code org/flourish/pathways/sparql/*.rq|ru} on the classpath, ready for parameters. */
public final class SparqlFiles {

    private static final String FOLDER = "/org/flourish/pathways/sparql/";

    private SparqlFiles() {
    }

    public static ParameterizedSparqlString query(String file) {
        return new ParameterizedSparqlString(read(file));
    }

    /**
     * The query parsed once, for a constant: bind its variables with
     * {@link RdfStore#select(Query, java.util.Map, java.util.function.Consumer)} rather than parse the text on every call.
     */
    public static Query parsedQuery(String file) {
        return QueryFactory.create(read(file));
    }

    public static ParameterizedSparqlString update(String file) {
        return new ParameterizedSparqlString(read(file));
    }

    /** The files' text, read once: they are part of the code and never change while it runs. */
    private static final java.util.Map<String, String> TEXTS = new java.util.concurrent.ConcurrentHashMap<>();

    static String read(String file) {
        return TEXTS.computeIfAbsent(file, SparqlFiles::load);
    }

    private static String load(String file) {
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
