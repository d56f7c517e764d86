/**
 * Storage ports of the LRS, in the words of xAPI: statements and the credentials that post and read them, the
 * State and Profile documents, and what the Agents resource reads from statements.
 * Implementations live in subpackages named by technology; nothing here imports JPA or JAX-RS.
 */
package org.flourish.lrs.store;
