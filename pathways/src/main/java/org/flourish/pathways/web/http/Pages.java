package org.flourish.pathways.web.http;

/** One area of the web app (sign-in, mentor, coordinator, admin ...): it adds its routes to the router. */
public interface Pages {

    void routes(Router router);
}
