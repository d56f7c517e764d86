/**
 * Benchmark programs for the LRS, run by {@code lrs/bench/run-benchmarks.sh} against a live Payara Micro and a local
 * PostgreSQL; they are compiled with the tests but are not tests (no {@code *Test}/{@code *IT} names). Results are
 * written as Markdown fragments that the script assembles into {@code BENCHMARKS.md}.
 */
package org.flourish.lrs.bench;
