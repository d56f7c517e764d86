/**
 * The engine as an xAPI client of an LRS: reads statements since its last position (following {@code more}) and
 * posts the mentors' statements. Any conformant LRS will do; the engine never reads an LRS's tables.
 */
package org.flourish.pathways.lrs;
