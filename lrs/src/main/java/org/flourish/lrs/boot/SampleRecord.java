package org.flourish.lrs.boot;

import jakarta.json.JsonArray;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.EnumSet;
import org.flourish.lrs.auth.Credential;
import org.flourish.lrs.auth.Provider;
import org.flourish.lrs.auth.ProviderAdministration;
import org.flourish.lrs.auth.Scope;
import org.flourish.lrs.service.StatementService;
import org.flourish.lrs.xapi.Jsons;
import org.flourish.lrs.xapi.XapiVersion;

/**
 * The sample learning record ({@code samples/statements.json}, made by {@code lrs/src/test/scripts}): the Thies sample
 * learners at opportunities of the sample catalogue, posted through the Statement service like any provider's
 * statements. The statements carry fixed ids, so loading again on every start stores nothing twice.
 */
final class SampleRecord {

    static final String PROVIDER = "Flourish sample data";
    private static final String KEY = "flourish-samples";

    private SampleRecord() {
    }

    static int load(StatementService statements, ProviderAdministration administration) {
        Provider provider = administration.providerNamed(PROVIDER, URI.create("https://w3id.org/flourish/samples"));
        Credential credential = administration.credential(KEY).orElseGet(() -> administration.issue(provider.id(), KEY,
                ProviderAdministration.randomToken(24), EnumSet.of(Scope.STATEMENTS_WRITE)).credential());
        JsonArray record = read();
        statements.post(record, XapiVersion.V2_0_0, credential);
        return record.size();
    }

    private static JsonArray read() {
        try (InputStream in = SampleRecord.class.getResourceAsStream("/samples/statements.json");
                JsonReader reader = Jsons.createReader(in)) {
            return reader.readArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
