/**
 * The engine's REST API (JSON, described for OpenAPI): resources only parse, check the caller's role, delegate to
 * the services and write JSON. Authentication is HTTP Basic for every call; errors become {@code {"error":...}}.
 */
package org.flourish.pathways.api;
