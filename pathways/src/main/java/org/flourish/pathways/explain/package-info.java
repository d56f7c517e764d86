/**
 * What the engine says to a person: labels in the reader's language beside the IRIs machines use, provider names,
 * and explanations written as sentences from the message bundles {@code words[_xx].properties}. The API and the web
 * app both read them here, so a mentor reads the same words in either. Imports no JAX-RS and no web class.
 */
package org.flourish.pathways.explain;
