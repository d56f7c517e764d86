package org.flourish.lrs.xapi.validate;

import java.util.ArrayList;
import java.util.List;

/** Collects every broken rule of one statement; validation never stops at the first. */
final class Violations {

    private List<Violation> found = List.of();

    /** Records that the value at {@code path} breaks {@code rule} of spec {@code section}. */
    void add(Path path, String rule, String section) {
        if (found.isEmpty()) {
            found = new ArrayList<>(4);
        }
        found.add(new Violation(path.toString(), rule + " (" + section + ")"));
    }

    ValidationReport report() {
        return new ValidationReport(found);
    }
}
