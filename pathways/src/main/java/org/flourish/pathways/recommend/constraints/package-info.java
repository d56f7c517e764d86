/**
 * Hard constraints, one class per rule: an opportunity the learner cannot attend, afford, understand or reach is
 * never recommended. Each check returns a {@link org.flourish.pathways.model.ConstraintCheck} with its reason.
 */
package org.flourish.pathways.recommend.constraints;
