package org.flourish.lrs.store.jpa;

import org.flourish.lrs.testing.TestDatabases;

/** The statement lookups of the Agents and Activities resources on PostgreSQL, in a database of its own. */
class PostgresStatementLookupTest extends StatementLookupContract {

    @Override
    protected DatabaseSettings freshDatabase() {
        return TestDatabases.freshPostgres("flourish_docs_lookup_test");
    }
}
