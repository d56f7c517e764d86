/**
 * From xAPI evidence to per-learner mastery: evidence rules say which statements count for which competency, a
 * {@link org.flourish.pathways.learner.MasteryModel} turns each into an updated estimate. Pure: no I/O, no LRS tables.
 */
package org.flourish.pathways.learner;
