package dev.oasis.runtime.json;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Reads RFC 3339 date-times fast, as every timestamp of every response goes through here. */
final class DateTimes {

    private DateTimes() {
    }

    /**
     * Parses an RFC 3339 date-time. The common shape ({@code 2019-09-19T10:00:00.000000+00:00} or
     * with {@code Z}) is read directly, as this runs for every timestamp of every response; anything
     * else goes through {@link DateTimeFormatter#ISO_OFFSET_DATE_TIME}.
     */
    static OffsetDateTime parse(String text) {
        int length = text.length();
        if (length >= 20 && text.charAt(4) == '-' && text.charAt(7) == '-' && text.charAt(10) == 'T'
                && text.charAt(13) == ':' && text.charAt(16) == ':') {
            int end = 19;
            int nanos = 0;
            if (text.charAt(end) == '.') {
                int digits = 0;
                end++;
                while (end < length && text.charAt(end) >= '0' && text.charAt(end) <= '9') {
                    if (digits < 9) {
                        nanos = nanos * 10 + (text.charAt(end) - '0');
                    }
                    digits++;
                    end++;
                }
                if (digits == 0) {
                    return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
                }
                for (int i = digits; i < 9; i++) {
                    nanos *= 10;
                }
            }
            ZoneOffset offset = offset(text, end);
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 7);
            int day = digits(text, 8, 10);
            int hour = digits(text, 11, 13);
            int minute = digits(text, 14, 16);
            int second = digits(text, 17, 19);
            if (offset != null && year >= 0 && month >= 0 && day >= 0 && hour >= 0 && minute >= 0 && second >= 0) {
                return OffsetDateTime.of(year, month, day, hour, minute, second, nanos, offset);
            }
        }
        return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static ZoneOffset offset(String text, int start) {
        int length = text.length();
        if (start == length - 1 && (text.charAt(start) == 'Z' || text.charAt(start) == 'z')) {
            return ZoneOffset.UTC;
        }
        if (start == length - 6 && (text.charAt(start) == '+' || text.charAt(start) == '-') && text.charAt(start + 3) == ':') {
            int hours = digits(text, start + 1, start + 3);
            int minutes = digits(text, start + 4, start + 6);
            if (hours < 0 || minutes < 0 || hours > 18 || minutes > 59) {
                return null;
            }
            int seconds = (hours * 3600 + minutes * 60) * (text.charAt(start) == '-' ? -1 : 1);
            return ZoneOffset.ofTotalSeconds(seconds);
        }
        return null;
    }

    /** The decimal number in {@code text[from, to)}, or -1 when a character is not a digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
