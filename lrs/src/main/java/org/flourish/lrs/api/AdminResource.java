package org.flourish.lrs.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.net.URI;
import java.util.EnumSet;
import java.util.Set;
import org.flourish.lrs.auth.Credential;
import org.flourish.lrs.auth.Provider;
import org.flourish.lrs.auth.ProviderAdministration;
import org.flourish.lrs.auth.Scope;
import org.flourish.lrs.boot.LrsSettings;
import org.flourish.lrs.error.InvalidRequestException;
import org.flourish.lrs.error.NotFoundException;
import org.flourish.lrs.xapi.Jsons;

/**
 * Administration of providers and their credentials; only for credentials with scope {@code admin}.
 * <pre>
 * curl -u admin:PASSWORD -H 'Content-Type: application/json' \
 *      -d '{"name":"Sunrise Primary School","homepage":"https://sunrise.example.org"}' http://localhost:8080/admin/providers
 * curl -u admin:PASSWORD -H 'Content-Type: application/json' -d '{"scopes":["statements/write","statements/read/mine"]}' \
 *      http://localhost:8080/admin/providers/2/credentials
 * curl -u admin:PASSWORD -X PATCH -H 'Content-Type: application/json' -d '{"enabled":false}' \
 *      http://localhost:8080/admin/credentials/KEY
 * </pre>
 */
@Path("admin")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminResource {

    @Inject
    ProviderAdministration administration;

    @Inject
    LrsSettings settings;

    @Context
    HttpServletRequest request;

    @GET
    @Path("providers")
    public JsonValue providers() {
        AdminRequests.requireAdmin(request);
        JsonArrayBuilder list = Jsons.createArrayBuilder();
        administration.providers().forEach(provider -> list.add(describe(provider)));
        return list.build();
    }

    @GET
    @Path("providers/{id}")
    public JsonObject provider(@PathParam("id") long id) {
        AdminRequests.requireAdmin(request);
        return describe(administration.provider(id).orElseThrow(() -> noProvider(id)));
    }

    @POST
    @Path("providers")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addProvider(InputStream body) {
        AdminRequests.requireAdmin(request);
        JsonObject json = AdminRequests.object(body, settings.maxRequestBytes());
        String name = AdminRequests.requiredString(json, "name");
        URI homepage = AdminRequests.absoluteUri("homepage", AdminRequests.requiredString(json, "homepage"));
        if (administration.providers().stream().anyMatch(p -> p.name().equals(name))) {
            throw new InvalidRequestException("a provider named " + name + " already exists");
        }
        Provider provider = administration.addProvider(name, homepage);
        return Response.status(Response.Status.CREATED).entity(describe(provider)).build();
    }

    /** Issues a credential; the response is the only time its secret is shown. */
    @POST
    @Path("providers/{id}/credentials")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response issueCredential(@PathParam("id") long id, InputStream body) {
        AdminRequests.requireAdmin(request);
        administration.provider(id).orElseThrow(() -> noProvider(id));
        Set<Scope> scopes = scopes(AdminRequests.object(body, settings.maxRequestBytes()));
        ProviderAdministration.IssuedCredential issued = administration.issue(id, scopes);
        JsonObject json = Jsons.createObjectBuilder(describe(issued.credential()))
                .add("secret", issued.secret()).build();
        return Response.status(Response.Status.CREATED).entity(json).build();
    }

    @PATCH
    @Path("providers/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject changeProvider(@PathParam("id") long id, InputStream body) {
        AdminRequests.requireAdmin(request);
        boolean enabled = AdminRequests.enabledOf(AdminRequests.object(body, settings.maxRequestBytes()));
        return describe(administration.setProviderEnabled(id, enabled).orElseThrow(() -> noProvider(id)));
    }

    @PATCH
    @Path("credentials/{key}")
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject changeCredential(@PathParam("key") String key, InputStream body) {
        AdminRequests.requireAdmin(request);
        boolean enabled = AdminRequests.enabledOf(AdminRequests.object(body, settings.maxRequestBytes()));
        return describe(administration.setCredentialEnabled(key, enabled)
                .orElseThrow(() -> new NotFoundException("no credential with key " + key)));
    }


    private JsonObject describe(Provider provider) {
        JsonArrayBuilder credentials = Jsons.createArrayBuilder();
        administration.credentialsOf(provider.id()).forEach(c -> credentials.add(describe(c)));
        return Jsons.createObjectBuilder()
                .add("id", provider.id())
                .add("name", provider.name())
                .add("homepage", provider.homepage().toString())
                .add("enabled", provider.enabled())
                .add("created", provider.created().toString())
                .add("credentials", credentials)
                .build();
    }

    private static JsonObject describe(Credential credential) {
        JsonArrayBuilder scopes = Jsons.createArrayBuilder();
        credential.scopes().stream().map(Scope::term).sorted().forEach(scopes::add);
        return Jsons.createObjectBuilder()
                .add("key", credential.key())
                .add("providerId", credential.provider().id())
                .add("scopes", scopes)
                .add("enabled", credential.enabled())
                .add("created", credential.created().toString())
                .build();
    }




    private static Set<Scope> scopes(JsonObject json) {
        JsonValue value = json.get("scopes");
        if (value == null || value.getValueType() != JsonValue.ValueType.ARRAY || value.asJsonArray().isEmpty()) {
            throw new InvalidRequestException("scopes is required: a non-empty array such as [\"statements/write\"]");
        }
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        for (JsonValue item : value.asJsonArray()) {
            String term = item.getValueType() == JsonValue.ValueType.STRING ? ((jakarta.json.JsonString) item).getString()
                    : item.toString();
            scopes.add(Scope.fromTerm(term).orElseThrow(() -> new InvalidRequestException("unknown scope " + term)));
        }
        return scopes;
    }


    private static NotFoundException noProvider(long id) {
        return new NotFoundException("no provider with id " + id);
    }
}
