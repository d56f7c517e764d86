/**
 * Validation of incoming xAPI statements against xAPI-Data (1.0.3 and 2.0.0). {@link
 * org.flourish.lrs.xapi.validate.StatementValidator} is the entry point; one package-private class per part of a
 * statement holds its rules, each citing the spec; {@code format} holds the checks of primitive string formats.
 * Pure code on JSON-P values, on the ingest hot path: must not import JAX-RS, JPA, CDI or anything doing I/O.
 */
package org.flourish.lrs.xapi.validate;
