package org.flourish.lrs.service;

import jakarta.json.JsonArray;
import jakarta.json.JsonValue;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.flourish.lrs.error.InvalidRequestException;
import org.flourish.lrs.store.ErasureRecord;
import org.flourish.lrs.store.LearnerRecords;
import org.flourish.lrs.xapi.rules.AgentIfi;

/**
 * Erasing every trace of one learner, named by any of their identifiers (an mbox also stands for its
 * mbox_sha1sum). Unlike voiding, this removes the data itself; statements about others are left as they are.
 */
public final class LearnerErasure {

    private final LearnerRecords records;

    public LearnerErasure(LearnerRecords records) {
        this.records = records;
    }

    /** {@code agents}: the learner's identifiers, each an Agent object with one IFI. */
    public ErasureRecord erase(JsonArray agents, String requestedBy) {
        if (agents.isEmpty()) {
            throw new InvalidRequestException("agents must name at least one identifier of the learner");
        }
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < agents.size(); i++) {
            AgentIfi ifi = identifierAt(agents, i);
            keys.add(ifi.key());
            ifi.asSha1Sum().ifPresent(hashed -> keys.add(hashed.key()));
        }
        return records.erase(keys, requestedBy);
    }

    private static AgentIfi identifierAt(JsonArray agents, int index) {
        JsonValue agent = agents.get(index);
        if (agent.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new InvalidRequestException("agents[" + index + "] must be an Agent object");
        }
        return AgentIfi.of(agent.asJsonObject()).orElseThrow(() -> new InvalidRequestException(
                "agents[" + index + "] has no inverse functional identifier (mbox, mbox_sha1sum, openid, account)"));
    }

    public List<ErasureRecord> erasures() {
        return records.erasures();
    }
}
