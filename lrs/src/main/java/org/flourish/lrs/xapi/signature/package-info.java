/**
 * Signed statements (xAPI-Data 2.6): a JWS in compact serialization, carried by the statement's signature attachment,
 * whose payload is the statement as signed. Verified with the JDK only ({@code java.security},
 * {@code java.util.Base64}). Pure code: imports only {@code jakarta.json}, the JDK and {@code org.flourish.lrs.xapi}.
 */
package org.flourish.lrs.xapi.signature;
