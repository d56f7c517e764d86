/**
 * Providers, their credentials and what each credential may do (the xAPI scopes of xAPI-Communication 4.2).
 * Secrets are kept only as PBKDF2 hashes. Imports no JAX-RS; the HTTP mechanism lives in {@code api}.
 */
package org.flourish.lrs.auth;
