package org.flourish.lrs.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;

/**
 * JAX-RS root: the xAPI resources live under {@code /xapi}, administration under {@code /admin}. Jersey's generated
 * WADL ({@code /application.wadl}) is off: it would describe every resource to anyone without a credential.
 */
@ApplicationPath("/")
public class LrsApplication extends Application {

    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}
