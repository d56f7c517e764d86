package org.flourish.lrs.store;

/** The three Document Resources of xAPI-Communication 2.2, each with its own kind of context. */
public enum DocumentKind {
    /** State Resource (2.3): Activity + Agent [+ registration]. */
    STATE,
    /** Activity Profile Resource (2.7): Activity. */
    ACTIVITY_PROFILE,
    /** Agent Profile Resource (2.6): Agent. */
    AGENT_PROFILE
}
