package org.flourish.lrs.service;

import jakarta.json.JsonArray;
import jakarta.json.JsonValue;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.flourish.lrs.auth.Access;
import org.flourish.lrs.auth.Credential;
import org.flourish.lrs.error.InvalidRequestException;
import org.flourish.lrs.error.NotPermittedException;
import org.flourish.lrs.store.ErasureFeed;
import org.flourish.lrs.store.ErasureNotice;
import org.flourish.lrs.store.ErasureRecord;
import org.flourish.lrs.store.LearnerRecords;
import org.flourish.lrs.xapi.rules.AgentIfi;

/**
 * Erasing every trace of one learner, named by any of their identifiers (an mbox also stands for its
 * mbox_sha1sum). Unlike voiding, this removes the data itself; statements that do not name the learner are left as
 * they are. The erasure feed tells the readers that keep copies (the pathway engine) what to erase in theirs.
 */
public final class LearnerErasure {

    /** The most entries one read of the feed returns. */
    public static final int MAX_FEED_PAGE = 100;

    private final LearnerRecords records;
    private final ErasureFeed feed;
    private final IdentifierDigest digest;

    public LearnerErasure(LearnerRecords records, ErasureFeed feed, IdentifierDigest digest) {
        this.records = records;
        this.feed = feed;
        this.digest = digest;
    }

    /**
     * {@code agents}: the learner's identifiers, each an Agent object with one IFI. One erasure at a time, so that
     * feed entries are committed in the order of their positions and a reader never skips one.
     */
    public synchronized ErasureRecord erase(JsonArray agents, String requestedBy) {
        if (agents.isEmpty()) {
            throw new InvalidRequestException("agents must name at least one identifier of the learner");
        }
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < agents.size(); i++) {
            AgentIfi ifi = identifierAt(agents, i);
            keys.add(ifi.key());
            ifi.asSha1Sum().ifPresent(hashed -> keys.add(hashed.key()));
        }
        return records.erase(keys, digest.of(keys), requestedBy);
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

    /** Forgets the feed entries no active reader still needs (readers disabled since, or none left). */
    public void forgetAcknowledgedFeed() {
        feed.forgetAcknowledged();
    }

    /** The feed entries after {@code position}, acknowledging those up to it for this reader. */
    public List<ErasureNotice> feed(Credential reader, long position, int limit) {
        if (!Access.canReadErasures(reader.scopes())) {
            throw new NotPermittedException("the erasure feed needs a credential with scope erasures/read");
        }
        if (position < 0) {
            throw new InvalidRequestException("after must be 0 or more");
        }
        if (limit < 1 || limit > MAX_FEED_PAGE) {
            throw new InvalidRequestException("limit must be between 1 and " + MAX_FEED_PAGE);
        }
        return feed.readAfter(reader.id(), position, limit);
    }
}
