/**
 * xAPI statement rules that are pure functions: comparison of a re-posted statement (xAPI-Data 2.3.1), the
 * {@code format} of GET statements (xAPI-Communication 2.1.3), agent identity (xAPI-Data 2.4.2.3) and what the
 * store indexes for the GET statements filters. No I/O, no CDI, no storage: imports only {@code jakarta.json} and
 * {@code org.flourish.lrs.xapi}.
 */
package org.flourish.lrs.xapi.rules;
