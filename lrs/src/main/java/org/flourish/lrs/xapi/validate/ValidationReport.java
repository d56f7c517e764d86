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

    /**
     * The first violation and how many more there are: an error message names the first problem and stays short,
     * however many statements of a batch break how many rules.
     */
    public String summary() {
        if (violations.isEmpty()) {
            return "";
        }
        int more = violations.size() - 1;
        return violations.get(0) + (more == 0 ? "" : " (and " + more + " more problem" + (more == 1 ? ")" : "s)"));
    }

    /** All violations, for diagnostics. */
    public String describe() {
        return violations.stream().map(Violation::toString).collect(Collectors.joining("; "));
    }
}
