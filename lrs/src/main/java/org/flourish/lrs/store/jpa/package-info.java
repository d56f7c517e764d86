/**
 * The statement, credential and document stores on JPA (EclipseLink), for PostgreSQL and H2 alike. The schema is
 * owned by the Flyway migrations in {@code db/migration}; entities here only map it.
 */
package org.flourish.lrs.store.jpa;
