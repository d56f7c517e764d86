/**
 * Competency frameworks in memory: competencies, their domains and prerequisite groups, and how to read them from
 * the RDF vocabulary. Knows nothing of learners beyond a {@link org.flourish.pathways.model.LearnerMastery}.
 */
package org.flourish.pathways.framework;
