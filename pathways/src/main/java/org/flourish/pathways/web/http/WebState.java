package org.flourish.pathways.web.http;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;

/** What the web app keeps in memory across requests: sessions and sign-in failures. One per application. */
@ApplicationScoped
public class WebState {

    private final Clock clock = Clock.systemUTC();
    private final Sessions sessions = new Sessions(clock);
    private final SignInThrottle throttle = new SignInThrottle(clock);

    public Clock clock() {
        return clock;
    }

    public Sessions sessions() {
        return sessions;
    }

    public SignInThrottle throttle() {
        return throttle;
    }
}
