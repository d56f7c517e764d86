/**
 * The LRS's use cases: each request is shaped, decided by the xAPI rules, then stored in one transaction.
 * No JAX-RS or JPA here; storage is reached through the ports in {@code store}.
 */
package org.flourish.lrs.service;
