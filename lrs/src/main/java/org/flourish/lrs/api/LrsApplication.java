package org.flourish.lrs.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** JAX-RS root: the xAPI resources live under {@code /xapi}, administration under {@code /admin}. */
@ApplicationPath("/")
public class LrsApplication extends Application {
}
