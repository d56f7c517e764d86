/**
 * A seeded learner simulator that measures recommendation policies (issue 14): a synthetic curriculum, catalogue
 * and population written as the RDF the engine loads, KSS-style learning dynamics, IRT-scored assessments, a choice
 * model and mentors; every event is an xAPI statement, and the Flourish policy is the engine's own classes. Test
 * sources only: evaluation code never ships in the WAR. {@link org.flourish.pathways.simulate.Evaluation} writes
 * EVALUATION.md. Simulated gains are not outcomes for real children.
 */
package org.flourish.pathways.simulate;
