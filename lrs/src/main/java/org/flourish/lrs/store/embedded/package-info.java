/**
 * The embedded default database: a PostgreSQL server that Flourish unpacks, creates, starts and stops itself in the
 * data directory, so that the default and production run the same engine and a statement is durable once
 * acknowledged. Hands out connection settings ({@code DatabaseSettings}) only; must not import JPA, JAX-RS or the
 * stores.
 */
package org.flourish.lrs.store.embedded;
