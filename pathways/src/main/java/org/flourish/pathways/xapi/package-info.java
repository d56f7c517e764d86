/**
 * Reads xAPI statements (JSON-P values, as any conformant LRS serves them) into engine records: the learner's key,
 * the evidence, the statement a voiding statement cancels. Knows nothing about HTTP, storage or the container.
 */
package org.flourish.pathways.xapi;
