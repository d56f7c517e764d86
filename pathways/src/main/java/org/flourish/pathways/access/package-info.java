/**
 * Who may call the engine's API and see what: users with a role, their passwords kept only as PBKDF2 hashes, and
 * the rule deciding who sees learner data, applied to the canonical key when a child's keys are linked. Plain Java;
 * the API's filter applies it.
 */
package org.flourish.pathways.access;
