package org.flourish.lrs.store.jpa;

import java.util.HashSet;
import java.util.Set;
import org.flourish.lrs.store.FilterTerm;
import org.flourish.lrs.store.FilterTerm.Kind;
import org.flourish.lrs.xapi.rules.StatementIndex;

/** The index keys of a statement's own filter terms. */
final class StatementTerms {

    private StatementTerms() {
    }

    static Set<String> of(StatementIndex index) {
        Set<String> keys = new HashSet<>();
        keys.add(new FilterTerm(Kind.VERB, index.verbId()).key());
        index.registration().ifPresent(r -> keys.add(new FilterTerm(Kind.REGISTRATION, r.toString()).key()));
        index.agentKeys().forEach(a -> keys.add(new FilterTerm(Kind.AGENT, a).key()));
        index.relatedAgentKeys().forEach(a -> keys.add(new FilterTerm(Kind.RELATED_AGENT, a).key()));
        index.activityIds().forEach(a -> keys.add(new FilterTerm(Kind.ACTIVITY, a).key()));
        index.relatedActivityIds().forEach(a -> keys.add(new FilterTerm(Kind.RELATED_ACTIVITY, a).key()));
        index.otherAgentKeys().forEach(a -> keys.add(new FilterTerm(Kind.OTHER_AGENT, a).key()));
        index.contextStatementIds().forEach(id -> keys.add(new FilterTerm(Kind.CONTEXT_STATEMENT, id.toString()).key()));
        return keys;
    }
}
