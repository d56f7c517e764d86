package org.flourish.lrs.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Path;
import org.flourish.lrs.store.DocumentContext;

/**
 * The Agent Profile Resource (xAPI-Communication 2.6): documents about an Agent.
 * <pre>
 * curl -u KEY:SECRET -H 'X-Experience-API-Version: 2.0.0' \
 *      'http://localhost:8080/xapi/agents/profile?agent=%7B%22mbox%22%3A%22mailto%3Aama%40example.org%22%7D'
 * </pre>
 */
@Path("xapi/agents/profile")
@RequestScoped
public class AgentProfileResource extends ProfileResource {

    @Override
    String contextParameter() {
        return "agent";
    }

    @Override
    String name() {
        return "agent profile";
    }

    @Override
    DocumentContext context(DocumentParameters parameters) {
        return DocumentContext.agentProfile(parameters.agentIfi(false));
    }
}
