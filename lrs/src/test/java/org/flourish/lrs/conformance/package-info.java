/**
 * The official xAPI conformance suite (ADL's LRS test suite, the one the certifying body runs) against the built LRS,
 * as a client would meet it: {@code ConformanceIT} starts the WAR in Payara Micro on the PostgreSQL service and on
 * the embedded default, and runs both versions of the suite on each; {@link org.flourish.lrs.conformance.ConformanceSuite}
 * finds the suite, installs its npm dependencies once per machine and runs it.
 */
package org.flourish.lrs.conformance;
