/**
 * The engine's use cases around the domain: take in statements, keep each learner's mastery current, answer
 * pathway and recommendation questions, record mentors' goals, pins and vetoes. Plain Java: no JAX-RS, no CDI.
 */
package org.flourish.pathways.service;
