/**
 * The conditions a request can fail on, each an exception named after it and carrying the HTTP status the xAPI spec
 * names for it. One mapper in {@code api} turns them into the xAPI error response.
 */
package org.flourish.lrs.error;
