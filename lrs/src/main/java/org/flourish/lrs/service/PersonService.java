package org.flourish.lrs.service;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import org.flourish.lrs.auth.Access;
import org.flourish.lrs.auth.Credential;
import org.flourish.lrs.error.NotPermittedException;
import org.flourish.lrs.store.AgentDirectory;
import org.flourish.lrs.xapi.Jsons;
import org.flourish.lrs.xapi.rules.AgentIfi;

/**
 * The Agents Resource (xAPI-Communication 2.4): the Person Object of an Agent, with the Agent's own identifier and
 * the names it was given in stored statements. Names come from every provider's statements, so the caller must be
 * allowed to read all statements ({@code all}, {@code all/read} or {@code statements/read}), else 403 (2.4.s3.b2).
 */
public final class PersonService {

    private final AgentDirectory directory;

    public PersonService(AgentDirectory directory) {
        this.directory = directory;
    }

    /** The Person Object; one with only the requested Agent's identifier when nothing more is known (2.4.s3.b3). */
    public JsonObject person(JsonObject agent, Credential caller) {
        if (!Access.canReadAllStatements(caller.scopes())) {
            throw new NotPermittedException("the Agents resource needs scope all, all/read or statements/read");
        }
        AgentIfi ifi = AgentIfi.of(agent).orElseThrow(() -> new IllegalArgumentException(
                "the agent parameter was not validated"));
        return personObject(agent, ifi, directory.namesOf(ifi));
    }

    /** Every property an array of values of the same definition as the Agent's property (2.4.s6.b1). */
    static JsonObject personObject(JsonObject agent, AgentIfi ifi, List<String> names) {
        JsonObjectBuilder person = Jsons.createObjectBuilder().add("objectType", "Person");
        if (!names.isEmpty()) {
            JsonArrayBuilder nameArray = Jsons.createArrayBuilder();
            names.forEach(nameArray::add);
            person.add("name", nameArray);
        }
        String property = ifi.kind().property();
        person.add(property, Jsons.createArrayBuilder().add(agent.get(property)));
        return person.build();
    }
}
