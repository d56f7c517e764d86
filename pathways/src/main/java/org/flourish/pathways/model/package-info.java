/**
 * Value records of the pathway engine (evidence, mastery, learner context, opportunities, recommendations).
 * Each record guards its own invariants; this package imports neither Jena nor any other engine package.
 */
package org.flourish.pathways.model;
