/**
 * RDF vocabulary constants, one class per namespace (like Jena's {@code vocabulary} package).
 * Depends on Jena's model API only.
 */
package org.flourish.pathways.vocab;
