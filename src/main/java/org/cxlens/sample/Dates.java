package org.cxlens.sample;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** Fixed-pattern date text without the cost of a DateTimeFormatter on the hot path. */
final class Dates {

    private Dates() {
    }

    /** 2025-03-14 */
    static String iso(LocalDate d) {
        StringBuilder sb = new StringBuilder(10);
        sb.append(d.getYear()).append('-');
        two(sb, d.getMonthValue()).append('-');
        return two(sb, d.getDayOfMonth()).toString();
    }

    /** 2025-03-14 09:30:00 */
    static String isoDateTime(LocalDateTime t) {
        StringBuilder sb = new StringBuilder(19);
        sb.append(iso(t.toLocalDate())).append(' ');
        two(sb, t.getHour()).append(':');
        two(sb, t.getMinute()).append(':');
        return two(sb, t.getSecond()).toString();
    }

    /** 14-03-2025, the Dutch way. */
    static String dutch(LocalDate d) {
        StringBuilder sb = new StringBuilder(10);
        two(sb, d.getDayOfMonth()).append('-');
        two(sb, d.getMonthValue()).append('-');
        return sb.append(d.getYear()).toString();
    }

    private static StringBuilder two(StringBuilder sb, int v) {
        if (v < 10) {
            sb.append('0');
        }
        return sb.append(v);
    }
}
