package org.flourish.pathways.xapi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class LearnerKeysTest {

    @Test
    void theAgentOfAKeyHasThatKey() {
        for (String key : List.of("mbox:mailto:ada@example.org", "account:https://school.example|A-17",
                "openid:https://id.example/ada", "mbox_sha1sum:ebd31e95054c018b10727ccffd2ef2ec3a016ee9")) {
            assertEquals(Optional.of(key), LearnerKeys.agentOf(key).flatMap(LearnerKeys::ofAgent), key);
        }
    }

    @Test
    void textThatIsNotAKeyNamesNoAgent() {
        for (String text : List.of("ada", "name:Ada", "account:https://school.example", "mbox:ada")) {
            assertEquals(Optional.empty(), LearnerKeys.agentOf(text), text);
        }
    }
}
