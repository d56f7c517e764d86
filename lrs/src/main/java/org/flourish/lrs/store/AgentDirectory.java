package org.flourish.lrs.store;

import java.util.List;
import org.flourish.lrs.xapi.rules.AgentIfi;

/** What the stored statements tell about an Agent, for the Agents Resource (xAPI-Communication 2.4). */
@FunctionalInterface
public interface AgentDirectory {

    /** The names the Agent was given as the actor of stored, unvoided statements; most recent first, distinct. */
    List<String> namesOf(AgentIfi agent);
}
