/** Flourish LRS: an xAPI 1.0.3 and 2.0 Learning Record Store. */
package org.flourish.lrs;
