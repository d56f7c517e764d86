package org.flourish.lrs.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Path;
import org.flourish.lrs.store.DocumentContext;

/**
 * The Activity Profile Resource (xAPI-Communication 2.7): documents about an Activity.
 * <pre>
 * curl -u KEY:SECRET -H 'X-Experience-API-Version: 2.0.0' -H 'If-None-Match: *' -H 'Content-Type: text/plain' \
 *      -X PUT -d 'read aloud' 'http://localhost:8080/xapi/activities/profile?activityId=https%3A%2F%2Fexample.org%2Freading%2F1&amp;profileId=tips'
 * </pre>
 */
@Path("xapi/activities/profile")
@RequestScoped
public class ActivityProfileResource extends ProfileResource {

    @Override
    String contextParameter() {
        return "activityId";
    }

    @Override
    String name() {
        return "activity profile";
    }

    @Override
    DocumentContext context(DocumentParameters parameters) {
        return DocumentContext.activityProfile(parameters.activityId());
    }
}
