package org.flourish.pathways.xapi;

import java.util.Optional;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * The xAPI Agent a learner key stands for, the inverse of {@link LearnerKeys#ofAgent}: {@code mbox:mailto:a@b.org}
 * gives {@code {"mbox":"mailto:a@b.org"}}, {@code account:HOME|NAME} an account (xAPI-Data 2.4.2.3).
 */
public final class LearnerAgents {

    private LearnerAgents() {
    }

    public static Optional<JsonObject> agentOf(String learnerKey) {
        var agent = Json.createObjectBuilder().add("objectType", "Agent");
        if (learnerKey.startsWith("mbox:")) {
            return Optional.of(agent.add("mbox", learnerKey.substring("mbox:".length())).build());
        }
        if (learnerKey.startsWith("account:") && learnerKey.indexOf('|') > "account:".length()) {
            int bar = learnerKey.lastIndexOf('|');
            return Optional.of(agent.add("account", Json.createObjectBuilder()
                    .add("homePage", learnerKey.substring("account:".length(), bar))
                    .add("name", learnerKey.substring(bar + 1))).build());
        }
        if (learnerKey.startsWith("openid:")) {
            return Optional.of(agent.add("openid", learnerKey.substring("openid:".length())).build());
        }
        if (learnerKey.startsWith("mbox_sha1sum:")) {
            return Optional.of(agent.add("mbox_sha1sum", learnerKey.substring("mbox_sha1sum:".length())).build());
        }
        return Optional.empty();
    }
}
