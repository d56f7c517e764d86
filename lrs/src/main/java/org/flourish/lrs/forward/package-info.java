/**
 * Statement forwarding: each subscription follows the statement log (storage order) from its own durable position
 * and delivers matching statements to another LRS or service, in order, at least once, in batches, with retries and
 * backoff that survive a restart. The statement table is the outbox: a statement and its place in the log are
 * written in one transaction, so nothing acknowledged can be missed.
 */
package org.flourish.lrs.forward;
