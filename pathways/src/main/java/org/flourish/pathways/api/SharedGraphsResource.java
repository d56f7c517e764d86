package org.flourish.pathways.api;

import java.io.InputStream;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.flourish.pathways.access.Role;
import org.flourish.pathways.service.CatalogueUploads;

/**
 * A coordinator replaces the framework, catalogue or evidence rules, in Turtle or JSON-LD; the upload is
 * SHACL-validated first (400 with the results if it does not conform).
 * <pre>
 * curl -u coordinator:secret -X PUT -H 'Content-Type: text/turtle' --data-binary @catalogue.ttl \
 *      http://localhost:8080/pathways/api/shared/catalogue
 * </pre>
 */
@Path("shared/{graph}")
@RequestScoped
@Tag(name = "uploads")
public class SharedGraphsResource {

    @Inject
    CatalogueUploads uploads;

    @Context
    SecurityContext security;

    @PUT
    @Consumes({"text/turtle", "application/ld+json"})
    @Operation(summary = "Replace the framework, catalogue or evidence-rules graph (Turtle or JSON-LD)")
    public Response replace(@PathParam("graph") String name, @HeaderParam(HttpHeaders.CONTENT_TYPE) String type,
                            InputStream body) {
        Callers.requireRole(security, Role.COORDINATOR);
        String graph = CatalogueUploads.graphNamed(name).orElseThrow(() ->
                new NotFoundException("uploads go to framework, catalogue or evidence-rules"));
        Model upload = ModelFactory.createDefaultModel();
        try {
            RDFParser.source(body).lang(type.startsWith("application/ld+json") ? Lang.JSONLD : Lang.TURTLE)
                    .parse(upload);
        } catch (RiotException e) {
            throw new BadRequestException("the upload does not parse: " + e.getMessage());
        }
        uploads.replace(graph, upload);
        return Response.noContent().build();
    }
}
