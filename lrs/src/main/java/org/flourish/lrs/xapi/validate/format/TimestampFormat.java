package org.flourish.lrs.xapi.validate.format;

/**
 * Timestamps (xAPI-Data 4.5) in the RFC 3339 profile of ISO 8601:
 * {@code YYYY-MM-DDThh:mm:ss[.fraction][Z|±hh:mm]}, with real calendar dates and times.
 * <ul>
 *   <li>1.0.3 requires ISO 8601 and only recommends RFC 3339 and a time zone, so the offset may be omitted.</li>
 *   <li>2.0.0 requires the RFC 3339 format, whose grammar includes the offset.</li>
 *   <li>In both, the offset {@code -00:00} is rejected: ISO 8601 forbids a negative zero offset, and RFC 3339 gives it
 *   the meaning "offset unknown", which cannot be converted to UTC (adlnet/xAPI-Spec issue 1073).</li>
 * </ul>
 */
public final class TimestampFormat {

    /** Whether a timestamp may omit its offset from UTC. */
    public enum OffsetRule { MAY_OMIT, MUST_INCLUDE }

    private static final int DATE_TIME_LENGTH = 19;
    private static final int OFFSET_LENGTH = 6;

    private TimestampFormat() {
    }

    public static boolean isValid(String text, OffsetRule offsetRule) {
        if (text.length() < DATE_TIME_LENGTH || !isDateTime(text)) {
            return false;
        }
        int end = fractionEnd(text, DATE_TIME_LENGTH);
        if (end < 0) {
            return false;
        }
        if (end == text.length()) {
            return offsetRule == OffsetRule.MAY_OMIT;
        }
        return isOffset(text, end);
    }

    private static boolean isDateTime(String text) {
        if (text.charAt(4) != '-' || text.charAt(7) != '-' || (text.charAt(10) != 'T' && text.charAt(10) != 't')
                || text.charAt(13) != ':' || text.charAt(16) != ':') {
            return false;
        }
        int year = number(text, 0, 4);
        int month = number(text, 5, 2);
        int day = number(text, 8, 2);
        int hour = number(text, 11, 2);
        int minute = number(text, 14, 2);
        int second = number(text, 17, 2);
        return year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= daysIn(month, year)
                && hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59
                // RFC 3339 5.7: 60 is a leap second.
                && second >= 0 && second <= 60;
    }

    /** The index after an optional {@code .digits} fraction starting at {@code start}; -1 if the fraction is empty. */
    private static int fractionEnd(String text, int start) {
        if (start == text.length() || text.charAt(start) != '.') {
            return start;
        }
        int i = start + 1;
        while (i < text.length() && Chars.isDigit(text.charAt(i))) {
            i++;
        }
        return i == start + 1 ? -1 : i;
    }

    private static boolean isOffset(String text, int start) {
        char sign = text.charAt(start);
        if (sign == 'Z' || sign == 'z') {
            return start + 1 == text.length();
        }
        if ((sign != '+' && sign != '-') || text.length() - start != OFFSET_LENGTH || text.charAt(start + 3) != ':') {
            return false;
        }
        int hours = number(text, start + 1, 2);
        int minutes = number(text, start + 4, 2);
        boolean negativeZero = sign == '-' && hours == 0 && minutes == 0;
        return hours >= 0 && hours <= 23 && minutes >= 0 && minutes <= 59 && !negativeZero;
    }

    /** The decimal value of {@code width} digits at {@code start}; -1 if any is not a digit. */
    private static int number(String text, int start, int width) {
        int value = 0;
        for (int i = start; i < start + width; i++) {
            char c = text.charAt(i);
            if (!Chars.isDigit(c)) {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static int daysIn(int month, int year) {
        switch (month) {
            case 2:
                return isLeap(year) ? 29 : 28;
            case 4: case 6: case 9: case 11:
                return 30;
            default:
                return 31;
        }
    }

    private static boolean isLeap(int year) {
        return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    }
}
