/**
 * Recommendation: the ready-to-learn frontier (in Java and in SPARQL, which must agree), hard constraints in
 * {@code recommend.constraints}, and the explained ranking of the opportunities that survive them.
 */
package org.flourish.pathways.recommend;
