package org.flourish.pathways.explain;

/**
 * Something a person reads by its label, with the identifier machines use beside it: {@code {"id": IRI, "label":
 * "Counting to 100"}}. The label is never empty and never the bare identifier when a name can be read from it.
 */
public record Named(String id, String label) {

    public Named {
        if (id == null || id.isBlank() || label == null || label.isBlank()) {
            throw new IllegalArgumentException("a named thing has an id and a label");
        }
    }
}
