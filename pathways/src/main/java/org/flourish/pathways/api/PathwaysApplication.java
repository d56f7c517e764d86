package org.flourish.pathways.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** JAX-RS root {@code /api}: deployed at context root {@code /pathways}, the API is {@code /pathways/api/...}. */
@ApplicationPath("api")
@OpenAPIDefinition(info = @Info(title = "Flourish pathways", version = "0.1",
        description = "Learner pathways and explained recommendations from xAPI evidence"),
        security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class PathwaysApplication extends Application {
}
