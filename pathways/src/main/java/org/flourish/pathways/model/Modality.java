package org.flourish.pathways.model;

/** How an opportunity reaches learners ({@code fl:modality}). */
public enum Modality {
    IN_PERSON,
    ONLINE,
    RADIO,
    SMS,
    /** Materials used without any connection (printed or preloaded). */
    OFFLINE
}
