/**
 * Reading JSON that a client sent: strict UTF-8 (RFC 8259 8.1) and limits on nesting, numbers and strings (RFC 8259
 * 9 lets a parser set them), so that hostile input is a clear refusal rather than a failure deep in the parser.
 * Pure code on JSON-P: must not import JAX-RS, JPA or CDI.
 */
package org.flourish.lrs.xapi.json;
