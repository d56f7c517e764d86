package org.flourish.lrs.service;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.OptionalLong;
import org.flourish.lrs.auth.Credential;
import org.flourish.lrs.error.XapiException;
import org.flourish.lrs.xapi.Jsons;
import org.flourish.lrs.xapi.XapiVersion;
import org.flourish.lrs.xapi.json.BoundedJsonReader;
import org.flourish.lrs.xapi.json.MalformedJsonException;
import org.flourish.lrs.xapi.validate.StatementValidator;
import org.flourish.lrs.xapi.validate.ValidationReport;

/**
 * Bulk import of statements, one JSON statement per line (NDJSON), so a school can bring its records in. Each line is
 * judged on its own: a refused line is reported with its number and reason, and the import goes on. An export's end
 * line ({@link ExportEnd}) is checked against the lines before it, not stored. Valid lines are
 * stored in batches through the Statement service, with all its rules; a batch that fails as a whole is retried line
 * by line to find the culprit.
 */
public final class StatementImport {

    static final int BATCH = 100;
    static final int MAX_REPORTED_ERRORS = 1000;

    private final StatementService statements;

    public StatementImport(StatementService statements) {
        this.statements = statements;
    }

    public ImportReport importLines(Iterator<byte[]> lines, XapiVersion version, Credential caller) {
        StatementValidator validator = StatementValidator.forVersion(version);
        Progress progress = new Progress();
        List<Line> batch = new ArrayList<>(BATCH);
        long number = 0;
        while (lines.hasNext()) {
            byte[] line = lines.next();
            number++;
            if (isBlank(line)) {
                continue;
            }
            try {
                JsonValue statement = BoundedJsonReader.standard().read(line);
                OptionalLong end = ExportEnd.countIn(statement);
                if (end.isPresent()) {
                    checkEnd(end.getAsLong(), number, progress);
                    continue;
                }
                progress.lines++;
                ValidationReport report = validator.validate(statement);
                if (!report.conforms()) {
                    progress.refuse(number, report.summary());
                    continue;
                }
                batch.add(new Line(number, statement));
            } catch (MalformedJsonException e) {
                progress.lines++;
                progress.refuse(number, "the line " + e.getMessage());
            }
            if (batch.size() == BATCH) {
                store(batch, version, caller, progress);
                batch.clear();
            }
        }
        store(batch, version, caller, progress);
        return new ImportReport(progress.lines, progress.accepted, progress.refused, progress.errors);
    }

    /** An export's end line: the statement lines before it must be as many as it says. */
    private static void checkEnd(long stated, long number, Progress progress) {
        if (stated != progress.lines) {
            progress.refuse(number, "the export ended after " + stated + " statements but " + progress.lines
                    + " lines come before its end line: the file is incomplete or was edited");
        }
    }

    private void store(List<Line> batch, XapiVersion version, Credential caller, Progress progress) {
        if (batch.isEmpty()) {
            return;
        }
        JsonArrayBuilder array = Jsons.createArrayBuilder();
        batch.forEach(line -> array.add(line.statement()));
        try {
            statements.post(array.build(), version, caller);
            progress.accepted += batch.size();
        } catch (XapiException batchRefused) {
            for (Line line : batch) {
                try {
                    statements.post(line.statement(), version, caller);
                    progress.accepted++;
                } catch (XapiException refused) {
                    progress.refuse(line.number(), refused.getMessage());
                }
            }
        }
    }

    /** Whether the line holds only JSON whitespace (RFC 8259 2), as an empty or trailing line does. */
    private static boolean isBlank(byte[] line) {
        for (byte b : line) {
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return false;
            }
        }
        return true;
    }

    private record Line(long number, JsonValue statement) {
    }

    /** Counts kept while the lines go by. */
    private static final class Progress {
        long lines;
        long accepted;
        long refused;
        final List<ImportReport.LineError> errors = new ArrayList<>();

        void refuse(long line, String message) {
            refused++;
            if (errors.size() < MAX_REPORTED_ERRORS) {
                errors.add(new ImportReport.LineError(line, message));
            }
        }
    }
}
