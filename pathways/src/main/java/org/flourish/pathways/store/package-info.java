/**
 * Where the engine keeps RDF: the ontology, framework, catalogue and rules in named graphs, one graph per learner,
 * and the LRS reader's position. Local Jena TDB2 by default, a remote SPARQL store (Fuseki) by configuration.
 * SPARQL lives in {@code .rq}/{@code .ru} files with bound parameters. No JAX-RS, no CDI here.
 */
package org.flourish.pathways.store;
