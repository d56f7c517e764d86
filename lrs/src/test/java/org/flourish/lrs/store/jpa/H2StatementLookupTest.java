package org.flourish.lrs.store.jpa;

import org.flourish.lrs.testing.TestDatabases;

/** The statement lookups of the Agents and Activities resources on H2. */
class H2StatementLookupTest extends StatementLookupContract {

    @Override
    protected DatabaseSettings freshDatabase() {
        return TestDatabases.freshH2("statement-lookup-test");
    }
}
