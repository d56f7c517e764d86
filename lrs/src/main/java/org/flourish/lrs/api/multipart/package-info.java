/**
 * {@code multipart/mixed} bodies (RFC 2046 section 5.1) read and written over bytes, for statements sent and returned
 * with their attachment data. Knows nothing of xAPI; the rules on the parts live in {@code xapi.attachments}.
 */
package org.flourish.lrs.api.multipart;
