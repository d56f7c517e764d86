package org.flourish.lrs.store.jpa;

import org.flourish.lrs.testing.TestDatabases;

/** The statement lookups of the Agents and Activities resources on the embedded PostgreSQL. */
class EmbeddedStatementLookupTest extends StatementLookupContract {

    @Override
    protected DatabaseSettings freshDatabase() {
        return TestDatabases.freshEmbedded("flourish_statement_lookup_test");
    }
}
