package org.flourish.lrs.xapi.json;

/**
 * How much JSON this LRS reads in one value. RFC 8259 (section 9) lets a parser limit nesting, the range and precision
 * of numbers and the length of strings; these limits are far above what any statement or document needs, and far
 * below what makes a parser fail or a number costly to compare.
 *
 * @param maxDepth       arrays and objects nested in each other, the outermost counting 1
 * @param maxNumberChars characters of one number as written ({@code -12.5e3} is 7)
 * @param maxExponent    magnitude of a number's exponent ({@code 1e1000} is the largest allowed by default)
 * @param maxStringChars characters of one string or property name
 */
public record JsonLimits(int maxDepth, int maxNumberChars, int maxExponent, int maxStringChars) {

    /** The limits of every JSON body and parameter the LRS reads. */
    public static final JsonLimits DEFAULT = new JsonLimits(64, 100, 1000, 1_000_000);
}
