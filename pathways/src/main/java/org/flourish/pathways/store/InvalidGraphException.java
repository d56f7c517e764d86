package org.flourish.pathways.store;

import java.util.List;

import org.apache.jena.shacl.ValidationReport;

/** Data that does not conform to the SHACL shapes; {@link #problems()} lists each result's focus node and message. */
public final class InvalidGraphException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 20;

    private final List<String> problems;

    public InvalidGraphException(String what, ValidationReport report) {
        super(what + " does not conform to the Flourish shapes (" + report.getEntries().size() + " results)");
        this.problems = report.getEntries().stream().limit(SHOWN)
                .map(entry -> entry.focusNode() + ": " + entry.message()).toList();
    }

    public List<String> problems() {
        return problems;
    }
}
