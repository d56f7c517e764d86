package org.flourish.lrs.xapi.validate;

/**
 * The spec sections cited in violation messages, numbered as in xAPI-Data.md of adlnet/xAPI-Spec.
 * The 2.0.0 document keeps the 1.0.3 numbering for the parts both versions share.
 */
final class Sections {

    static final String VOIDING = "xAPI-Data 2.3.2";
    static final String STATEMENT = "xAPI-Data 2.4";
    static final String ID = "xAPI-Data 2.4.1";
    static final String ACTOR = "xAPI-Data 2.4.2";
    static final String AGENT = "xAPI-Data 2.4.2.1";
    static final String GROUP = "xAPI-Data 2.4.2.2";
    static final String IFI = "xAPI-Data 2.4.2.3";
    static final String ACCOUNT = "xAPI-Data 2.4.2.4";
    static final String VERB = "xAPI-Data 2.4.3";
    static final String OBJECT = "xAPI-Data 2.4.4";
    static final String ACTIVITY = "xAPI-Data 2.4.4.1";
    static final String INTERACTION = "xAPI-Data 2.4.4.1 Interaction Activities";
    static final String AGENT_AS_OBJECT = "xAPI-Data 2.4.4.2";
    static final String STATEMENT_REF = "xAPI-Data 2.4.4.3 Statement References";
    static final String SUBSTATEMENT = "xAPI-Data 2.4.4.3 SubStatements";
    static final String RESULT = "xAPI-Data 2.4.5";
    static final String SCORE = "xAPI-Data 2.4.5.1";
    static final String CONTEXT = "xAPI-Data 2.4.6";
    static final String CONTEXT_ACTIVITIES = "xAPI-Data 2.4.6.2";
    static final String CONTEXT_AGENTS = "xAPI-Data 2.4.6 contextAgents, 2.0.0";
    static final String CONTEXT_GROUPS = "xAPI-Data 2.4.6 contextGroups, 2.0.0";
    static final String TIMESTAMP = "xAPI-Data 2.4.7";
    static final String STORED = "xAPI-Data 2.4.8";
    static final String AUTHORITY = "xAPI-Data 2.4.9";
    static final String VERSION = "xAPI-Data 2.4.10";
    static final String ATTACHMENTS = "xAPI-Data 2.4.11";
    static final String EXTENSIONS = "xAPI-Data 4.1";
    static final String LANGUAGE_MAP = "xAPI-Data 4.2";
    static final String IRI = "xAPI-Data 4.3";
    static final String UUID = "xAPI-Data 4.4";
    static final String TIMESTAMPS = "xAPI-Data 4.5";
    static final String DURATIONS = "xAPI-Data 4.6";

    private static final String PREFIX = "xAPI-Data ";

    private Sections() {
    }

    /** Cites two sections at once, e.g. "xAPI-Data 2.4.2.4, 4.3": the property's own and its data type's. */
    static String both(String section, String typeSection) {
        return section + ", " + typeSection.substring(PREFIX.length());
    }
}
