/**
 * The statement, credential and document stores on JPA (EclipseLink), on PostgreSQL: a server of one's own, or the
 * embedded one Flourish runs by default. The schema is owned by the Flyway migrations in {@code db/migration};
 * entities here only map it.
 */
package org.flourish.lrs.store.jpa;
