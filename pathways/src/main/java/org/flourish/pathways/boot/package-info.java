/**
 * Starts the engine in the container: reads the settings (MicroProfile Config), opens the store, seeds it, builds
 * the services and hands them to the API by CDI, and polls the LRS in the background.
 */
package org.flourish.pathways.boot;
