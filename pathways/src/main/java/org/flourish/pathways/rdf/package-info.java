/**
 * Reads engine records (frameworks, evidence rules, opportunity catalogues) from RDF in the {@code fl:} vocabulary.
 * Missing required properties are rejected with the resource named, never guessed.
 */
package org.flourish.pathways.rdf;
