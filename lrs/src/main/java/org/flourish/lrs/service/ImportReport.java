package org.flourish.lrs.service;

import java.util.List;

/**
 * The outcome of an NDJSON import: lines read, statements accepted (stored now or already there), lines refused,
 * and why (the first {@link StatementImport#MAX_REPORTED_ERRORS} of them).
 */
public record ImportReport(long lines, long accepted, long refused, List<LineError> errors) {

    /** A refused line, numbered from 1, and why. */
    public record LineError(long line, String message) {
    }

    public ImportReport {
        errors = List.copyOf(errors);
    }
}
