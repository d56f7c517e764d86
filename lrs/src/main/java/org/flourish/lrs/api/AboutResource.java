package org.flourish.lrs.api;

import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.flourish.lrs.xapi.Jsons;
import org.flourish.lrs.xapi.XapiVersion;

/**
 * The About resource (xAPI-Communication 2.8): the xAPI versions served. Open to everyone, no version header needed.
 * <pre>curl http://localhost:8080/xapi/about</pre>
 */
@Path("xapi/about")
public class AboutResource {

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject about() {
        var versions = Jsons.createArrayBuilder();
        for (XapiVersion version : XapiVersion.values()) {
            versions.add(version.full());
        }
        return Jsons.createObjectBuilder().add("version", versions)
                .add("extensions", Jsons.createObjectBuilder()).build();
    }
}
