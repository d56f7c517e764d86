package org.flourish.pathways.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Terms of the engine's own state ({@code https://w3id.org/flourish/engine#}): where it is in the LRS's statement
 * stream and what it keeps per learner. They describe runtime records, not published data, so they live outside the
 * {@code fl:} vocabulary and no SHACL shape covers them.
 */
public final class Engine {

    public static final String NS = "https://w3id.org/flourish/engine#";

    /** The LRS reader's position: the last {@code stored} instant read and the statement ids read at it. */
    public static final Resource readerPosition = resource("readerPosition");
    public static final Property lastStored = property("lastStored");
    public static final Property readAtLastStored = property("readAtLastStored");

    /** The erasure reader's position: the last entry of the LRS's erasure feed the engine applied. */
    public static final Resource erasurePosition = resource("erasurePosition");
    public static final Property lastApplied = property("lastApplied");

    /** Why a graph holds no data but this note (a shared graph whose every learner was erased). */
    public static final Property note = property("note");

    /** A statement kept as evidence in a learner's graph: its id, {@code stored} instant and JSON as received. */
    public static final Resource Statement = resource("Statement");
    public static final Property statementId = property("statementId");
    public static final Property stored = property("stored");
    public static final Property json = property("json");

    /** A mentor's pin or veto of an opportunity for the learner whose graph holds it. */
    public static final Property pinned = property("pinned");
    public static final Property vetoed = property("vetoed");

    /** A coordinator's assignment of a mentor (user name) to a learner (learner key). */
    public static final Resource Assignment = resource("Assignment");
    public static final Property mentor = property("mentor");
    public static final Property learner = property("learner");

    private Engine() {
    }

    private static Resource resource(String localName) {
        return ResourceFactory.createResource(NS + localName);
    }

    private static Property property(String localName) {
        return ResourceFactory.createProperty(NS, localName);
    }
}
