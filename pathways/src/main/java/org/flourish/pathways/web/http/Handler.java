package org.flourish.pathways.web.http;

/** Answers one route: reads the request, calls the services, chooses a page or a redirect. */
@FunctionalInterface
public interface Handler {

    Result handle(WebRequest request);
}
