/**
 * Formats of the xAPI primitive types (UUID, IRI, RFC 5646 tag, ISO 8601 timestamp and duration...), as pure checks on
 * strings: no JSON, no exceptions, no allocation on the common path. Usable by any layer that reads xAPI values.
 */
package org.flourish.lrs.xapi.validate.format;
