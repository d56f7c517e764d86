/**
 * Starting the LRS: configuration (MicroProfile Config, so environment variables work), opening the database and
 * wiring the stores and services, and the first-start set-up of the administrator and an optional seed credential.
 */
package org.flourish.lrs.boot;
