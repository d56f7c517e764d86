/**
 * Durability under crashes, tested as a user would meet it: the LRS runs in a Payara Micro process of its own, on the
 * PostgreSQL service or on the embedded default, clients post while it is killed with SIGKILL, and after each restart
 * every acknowledged statement must be there and no batch partly there. {@code CrashRecoveryIT} runs a short version
 * in the build; {@code lrs/bench/run-crash-test.sh} runs {@link org.flourish.lrs.durability.CrashTest} longer.
 */
package org.flourish.lrs.durability;
