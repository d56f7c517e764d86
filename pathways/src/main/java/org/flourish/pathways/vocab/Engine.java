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

    /** The named graph that holds a shared graph's current content (after an upload). */
    public static final Property storedIn = property("storedIn");

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

    /** A person's account, in the accounts graph. */
    public static final Resource Account = resource("Account");
    public static final Property userName = property("userName");
    public static final Property role = property("role");
    public static final Property passwordHash = property("passwordHash");
    public static final Property enabled = property("enabled");
    public static final Property language = property("language");
    public static final Property created = property("created");

    /** One view of a learner's data, in the audit graph: who ({@link #userName}), when, which learner, what. */
    public static final Resource View = resource("View");
    public static final Property at = property("at");
    public static final Property what = property("what");

    /** A name a mentor or coordinator gave the learner, kept in the learner's graph. */
    public static final Property givenName = property("givenName");

    private Engine() {
    }

    private static Resource resource(String localName) {
        return ResourceFactory.createResource(NS + localName);
    }

    private static Property property(String localName) {
        return ResourceFactory.createProperty(NS, localName);
    }
}
