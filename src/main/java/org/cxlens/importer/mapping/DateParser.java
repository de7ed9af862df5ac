package org.cxlens.importer.mapping;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Reads the dates survey exports contain, without regular expressions (it runs once per row):
 * ISO text from spreadsheets ({@code 2025-03-14}, {@code 2025-03-14T09:30}), Qualtrics
 * ({@code 2025-03-14 09:30:00}), year-first text with a 12-hour clock ({@code 2019/10/01 12:01:05 PM}),
 * text dates with the year last ({@code 14-03-2025}, {@code 3/14/2025 9:30 PM}, {@code 9/8/18 15:29})
 * read in the column's {@link DateOrder}, Excel serial numbers (1900 date system) and Unix times
 * (seconds or milliseconds since 1970, decimals allowed).
 *
 * <p>A time zone after the time ({@code Z}, {@code +02:00}, {@code GMT+8}, {@code UTC}) is accepted and
 * the time kept as written: it is the respondent's own clock, which is what a month or a day of the
 * week in the analysis should follow. A Unix time has no such clock and is read as UTC. Fractions of
 * seconds are dropped.
 */
public final class DateParser {

    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    /** 9999-12-31, the last day Excel can show. */
    private static final double EXCEL_MAX_SERIAL = 2_958_465;
    /**
     * Unix times in seconds from 1973-03-03 (10^8) to 2286-11-20 (10^10), in milliseconds from 10^11 to
     * 10^13: far above any Excel serial, and ten digits (or thirteen) as every survey tool writes them.
     */
    private static final double UNIX_SECONDS_MIN = 1e8;
    private static final double UNIX_SECONDS_MAX = 1e10;
    private static final double UNIX_MILLIS_MIN = 1e11;
    private static final double UNIX_MILLIS_MAX = 1e13;
    /** Two-digit years as Excel reads them: 00–29 are 2000–2029, 30–99 are 1930–1999. */
    private static final int TWO_DIGIT_YEAR_PIVOT = 30;

    private final DateOrder order;
    private final DecimalParser numbers;

    public DateParser(DateOrder order, char decimalSeparator) {
        this.order = order == null ? DateOrder.DAY_MONTH : order;
        this.numbers = new DecimalParser(decimalSeparator);
    }

    /** The date and time, or null when the text is not a date this parser knows. */
    public LocalDateTime parse(String raw) {
        String s = raw.trim();
        if (s.isEmpty()) {
            return null;
        }
        if (s.indexOf('-', 1) < 0 && s.indexOf('/') < 0 && s.indexOf(':') < 0) {
            double serial = numbers.parse(s);
            if (!Double.isNaN(serial)) {
                return serial >= UNIX_SECONDS_MIN ? fromUnixTime(serial) : fromExcelSerial(serial);
            }
        }
        return parseText(s);
    }

    /**
     * Excel's 1900 date system counts 1900-01-01 as day 1 and wrongly includes 1900-02-29 (day 60),
     * so from day 61 on the count is days since 1899-12-30.
     */
    public static LocalDateTime fromExcelSerial(double serial) {
        if (!(serial >= 1 && serial < EXCEL_MAX_SERIAL + 1)) {
            return null;
        }
        long days = (long) Math.floor(serial);
        if (days == 60) {
            return null;
        }
        LocalDate date = days < 60 ? EXCEL_EPOCH.plusDays(days + 1) : EXCEL_EPOCH.plusDays(days);
        long seconds = Math.round((serial - days) * 86_400);
        return date.atStartOfDay().plusSeconds(seconds);
    }

    /** Seconds (or milliseconds, by size) since 1970-01-01 UTC; null outside the plausible ranges. */
    static LocalDateTime fromUnixTime(double value) {
        double seconds;
        if (value >= UNIX_SECONDS_MIN && value < UNIX_SECONDS_MAX) {
            seconds = value;
        } else if (value >= UNIX_MILLIS_MIN && value < UNIX_MILLIS_MAX) {
            seconds = value / 1000;
        } else {
            return null;
        }
        return LocalDateTime.ofEpochSecond((long) Math.floor(seconds), 0, ZoneOffset.UTC);
    }

    private LocalDateTime parseText(String s) {
        Scanner sc = new Scanner(s);
        int a = sc.number();
        int aLen = sc.lastLength;
        char sep = sc.peek();
        if (a < 0 || (sep != '-' && sep != '/' && sep != '.')) {
            return null;
        }
        sc.pos++;
        int b = sc.number();
        if (b < 0 || sc.peek() != sep) {
            return null;
        }
        sc.pos++;
        int c = sc.number();
        int cLen = sc.lastLength;
        if (c < 0) {
            return null;
        }
        int year;
        int month;
        int day;
        if (aLen == 4) {
            year = a;
            month = b;
            day = c;
        } else if (cLen == 4 || cLen == 2) {
            year = cLen == 4 ? c : c < TWO_DIGIT_YEAR_PIVOT ? 2000 + c : 1900 + c;
            month = order == DateOrder.DAY_MONTH ? b : a;
            day = order == DateOrder.DAY_MONTH ? a : b;
        } else {
            return null;
        }
        int hour = 0;
        int minute = 0;
        int second = 0;
        if (!sc.atEnd()) {
            char t = sc.peek();
            if (t != ' ' && t != 'T') {
                return null;
            }
            sc.skipSpacesAnd('T');
            hour = sc.number();
            if (hour < 0 || sc.peek() != ':') {
                return null;
            }
            sc.pos++;
            minute = sc.number();
            if (minute < 0) {
                return null;
            }
            if (sc.peek() == ':') {
                sc.pos++;
                second = sc.number();
                if (second < 0) {
                    return null;
                }
                if (sc.peek() == '.') {
                    sc.pos++;
                    sc.number();
                }
            }
            sc.skipSpacesAnd(' ');
            if (sc.matchesIgnoreCase("PM")) {
                if (hour < 1 || hour > 12) {
                    return null;
                }
                hour = hour == 12 ? 12 : hour + 12;
            } else if (sc.matchesIgnoreCase("AM")) {
                if (hour < 1 || hour > 12) {
                    return null;
                }
                hour = hour == 12 ? 0 : hour;
            }
            sc.skipSpacesAnd(' ');
            if (!sc.atEnd() && !sc.skipZone()) {
                return null;
            }
        }
        try {
            return LocalDateTime.of(year, month, day, hour, minute, second);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** Walks a date string one field at a time. */
    private static final class Scanner {
        private final String s;
        private int pos;
        private int lastLength;

        Scanner(String s) {
            this.s = s;
        }

        /** The unsigned number at the position (at most 9 digits), or -1 when there is none. */
        int number() {
            int start = pos;
            int v = 0;
            while (pos < s.length() && pos - start < 9 && Character.isDigit(s.charAt(pos)) && s.charAt(pos) < 128) {
                v = v * 10 + (s.charAt(pos) - '0');
                pos++;
            }
            lastLength = pos - start;
            return lastLength == 0 ? -1 : v;
        }

        char peek() {
            return pos < s.length() ? s.charAt(pos) : '\0';
        }

        boolean atEnd() {
            return pos >= s.length();
        }

        void skipSpacesAnd(char other) {
            while (pos < s.length() && (s.charAt(pos) == ' ' || s.charAt(pos) == other)) {
                pos++;
            }
        }

        /**
         * A zone to the end of the text: Z, +02:00, -0500, +8, GMT, UTC, GMT+8, UTC+05:30. True
         * when one was there (the position is then at the end).
         */
        boolean skipZone() {
            if (pos == s.length() - 1 && (peek() == 'Z' || peek() == 'z')) {
                pos++;
                return true;
            }
            boolean named = matchesIgnoreCase("GMT") || matchesIgnoreCase("UTC");
            if (named && atEnd()) {
                return true;
            }
            char sign = peek();
            if (sign != '+' && sign != '-') {
                return false;
            }
            pos++;
            int hours = number();
            if (hours < 0 || lastLength > 4) {
                return false;
            }
            if (peek() == ':') {
                pos++;
                if (number() < 0 || lastLength != 2) {
                    return false;
                }
            }
            return atEnd();
        }

        boolean matchesIgnoreCase(String word) {
            if (s.regionMatches(true, pos, word, 0, word.length())) {
                pos += word.length();
                return true;
            }
            return false;
        }
    }
}
