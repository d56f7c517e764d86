package org.flourish.ontology;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The Flourish vocabulary terms the tests walk the graph with (Jena style: one constants class per namespace). */
final class FL {

    static final String NS = "https://w3id.org/flourish/ns#";

    static final Node Competency = term("Competency");
    static final Node prerequisite = term("prerequisite");
    static final Node requires = term("requires");

    private FL() {
    }

    private static Node term(String localName) {
        return NodeFactory.createURI(NS + localName);
    }
}
