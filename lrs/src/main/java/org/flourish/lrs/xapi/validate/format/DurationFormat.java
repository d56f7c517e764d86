package org.flourish.lrs.xapi.validate.format;

/**
 * Durations in the format of ISO 8601:2004 section 4.4.3.2 (xAPI-Data 4.6): {@code PnYnMnDTnHnMnS} or {@code PnW}.
 * Components appear in that order, each at most once; time components follow a {@code T}; weeks stand alone; only the
 * last (lowest order) component may carry a decimal fraction. The alternative format of 4.4.3.3
 * ({@code P0003-01-29T04:35:59}) MUST NOT be used, and fails here.
 */
public final class DurationFormat {

    private static final String DATE_DESIGNATORS = "YMWD";
    private static final String TIME_DESIGNATORS = "HMS";

    private DurationFormat() {
    }

    public static boolean isValid(String text) {
        int length = text.length();
        if (length < 3 || text.charAt(0) != 'P') {
            return false;
        }
        int i = 1;
        int lastRank = -1;
        int components = 0;
        boolean inTime = false;
        boolean timeComponent = false;
        boolean week = false;
        boolean fraction = false;
        while (i < length) {
            if (text.charAt(i) == 'T') {
                if (inTime) {
                    return false;
                }
                inTime = true;
                i++;
                continue;
            }
            if (fraction) {
                // A fraction is allowed only on the lowest order component present.
                return false;
            }
            int digitsStart = i;
            while (i < length && Chars.isDigit(text.charAt(i))) {
                i++;
            }
            if (i == digitsStart || i == length) {
                return false;
            }
            if (text.charAt(i) == '.' || text.charAt(i) == ',') {
                int fractionStart = ++i;
                while (i < length && Chars.isDigit(text.charAt(i))) {
                    i++;
                }
                if (i == fractionStart || i == length) {
                    return false;
                }
                fraction = true;
            }
            char designator = text.charAt(i++);
            int rank = inTime ? 4 + TIME_DESIGNATORS.indexOf(designator) : DATE_DESIGNATORS.indexOf(designator);
            if (rank < (inTime ? 4 : 0) || rank <= lastRank) {
                return false;
            }
            lastRank = rank;
            components++;
            week |= !inTime && designator == 'W';
            timeComponent |= inTime;
        }
        return components > 0 && (!inTime || timeComponent) && (!week || components == 1);
    }
}
