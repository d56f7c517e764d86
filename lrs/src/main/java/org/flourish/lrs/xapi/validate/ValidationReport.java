package org.flourish.lrs.xapi.validate;

import java.util.List;
import java.util.stream.Collectors;

/** The outcome of validating one statement; the caller decides whether to reject. */
public record ValidationReport(List<Violation> violations) {

    public ValidationReport {
        violations = List.copyOf(violations);
    }

    public boolean conforms() {
        return violations.isEmpty();
    }

    /** All violations, one per line, for an error message. */
    public String describe() {
        return violations.stream().map(Violation::toString).collect(Collectors.joining("; "));
    }
}
