/**
 * Benchmark programs for the LRS, run by {@code lrs/bench/run-benchmarks.sh} (and {@code DefaultBackendBenchmark} by
 * {@code lrs/bench/run-crash-test.sh}) against a live Payara Micro and PostgreSQL; they are compiled with the tests
 * but are not tests (no {@code *Test}/{@code *IT} names). Results are written as Markdown fragments that the scripts
 * assemble into {@code BENCHMARKS.md}.
 */
package org.flourish.lrs.bench;
