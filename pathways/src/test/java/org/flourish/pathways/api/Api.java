package org.flourish.pathways.api;

import java.util.List;

import org.flourish.pathways.access.User;
import org.flourish.pathways.access.Users;
import org.flourish.pathways.boot.SharedKnowledgeHolder;
import org.flourish.pathways.testing.SampleEngine;

/**
 * The API's resources as JAX-RS would build them for one caller, on a sample engine (in-memory store, real
 * services): what CDI injects is set on the same package-private fields.
 */
final class Api {

    static final String AWA = "awa";
    static final String OMAR = "omar";
    static final String COORDINATOR = "fatou";
    static final String FORWARDER = "gateway";
    static final Users USERS = Users.parse(AWA + ":pw:mentor," + OMAR + ":pw:mentor," + COORDINATOR
            + ":pw:coordinator," + FORWARDER + ":pw:forwarder");

    private final SampleEngine engine;

    Api(SampleEngine engine) {
        this.engine = engine;
    }

    static BasicAuthenticationFilter.UserContext caller(String name) {
        return new BasicAuthenticationFilter.UserContext(new User(name, USERS.roleOf(name).orElseThrow()), false);
    }

    LearnersResource learners(String caller) {
        LearnersResource resource = new LearnersResource();
        resource.pathways = engine.pathways;
        resource.mentors = engine.mentors;
        resource.access = engine.access;
        resource.links = engine.linking;
        resource.knowledge = new SharedKnowledgeHolder(SampleEngine.knowledge());
        resource.headers = new ReaderHeaders(List.of());
        resource.security = caller(caller);
        return resource;
    }

    LearnerContextResource context(String caller) {
        LearnerContextResource resource = new LearnerContextResource();
        resource.contexts = engine.contexts;
        resource.access = engine.access;
        resource.links = engine.linking;
        resource.security = caller(caller);
        return resource;
    }

    MentorAssignmentsResource assignments(String caller) {
        MentorAssignmentsResource resource = new MentorAssignmentsResource();
        resource.assignments = engine.assignments;
        resource.users = USERS;
        resource.links = engine.linking;
        resource.security = caller(caller);
        return resource;
    }

    LearnerLinksResource links(String caller) {
        LearnerLinksResource resource = new LearnerLinksResource();
        resource.links = engine.linking;
        resource.security = caller(caller);
        return resource;
    }

    AggregatesResource aggregates(String caller) {
        AggregatesResource resource = new AggregatesResource();
        resource.pathways = engine.pathways;
        resource.security = caller(caller);
        return resource;
    }

    StatementsResource statements(String caller) {
        StatementsResource resource = new StatementsResource();
        resource.intake = engine.intake;
        resource.security = caller(caller);
        return resource;
    }
}
