/**
 * The HTTP face of the LRS: one JAX-RS resource per xAPI resource, the administration API, and the cross-cutting
 * HTTP rules (authentication, the version header, CORS, error responses). Resources parse, delegate and map only.
 */
package org.flourish.lrs.api;
