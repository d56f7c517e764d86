/**
 * Attachment data sent with statements (xAPI-Communication 1.5.2, xAPI-Data 2.4.11): the rules that tie each
 * multipart part to the attachment objects that declare it, by SHA-2 only. Pure functions on JSON-P values and bytes:
 * imports only {@code jakarta.json}, {@code java.security} and {@code org.flourish.lrs.xapi}.
 */
package org.flourish.lrs.xapi.attachments;
