package org.flourish.lrs.store.jpa;

/** Names of the JPQL queries declared on {@link StatementRow}. */
final class StatementQueries {
    static final String BY_ID = "Statement.byId";
    static final String BY_IDS = "Statement.byIds";
    static final String HIGHEST_SEQ = "Statement.highestSeq";
    static final String LAST_STORED_BY = "Statement.lastStoredBy";
    static final String LOG_AFTER = "Statement.logAfter";
    static final String PROVIDERS_OF = "Statement.providersOf";
    static final String REFERRERS = "Statement.referrers";
    static final String VOID_TARGET = "Statement.voidTarget";
    static final String TERMS_OF_STATEMENT = "StatementTerm.ofStatement";
    static final String TERMS_OF_SEQ = "StatementTerm.ofSeq";
    static final String STATEMENTS_WITH_TERMS = "Statement.withTerms";
    static final String DELETE_TERMS_OF = "StatementTerm.deleteOf";
    static final String DELETE_STATEMENTS = "Statement.delete";

    private StatementQueries() {
    }
}
