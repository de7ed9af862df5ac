package org.cxlens.importer.read;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/**
 * Turns spreadsheet values into the text cells of {@link org.cxlens.importer.SourceRow}: numbers as
 * plain decimals, date serials as ISO-8601.
 */
final class CellText {

    /** Excel shows and computes with 15 significant digits; more is binary noise (0.30000000000000004). */
    private static final MathContext EXCEL_PRECISION = new MathContext(15);
    private static final LocalDate EPOCH_1900 = LocalDate.of(1899, 12, 31);
    private static final LocalDate EPOCH_1904 = LocalDate.of(1904, 1, 1);
    private static final int SECONDS_PER_DAY = 86_400;
    private static final DateTimeFormatter HOURS_MINUTES = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter HOURS_MINUTES_SECONDS = DateTimeFormatter.ofPattern("HH:mm:ss");

    private CellText() {
    }

    static String number(BigDecimal value) {
        BigDecimal v = value.round(EXCEL_PRECISION).stripTrailingZeros();
        return v.signum() == 0 ? "0" : v.toPlainString();
    }

    static String number(double value) {
        return number(BigDecimal.valueOf(value));
    }

    /**
     * A date serial as ISO-8601: {@code 2025-03-14}, {@code 2025-03-14T09:30},
     * {@code 2025-03-14T09:30:15}; a pure time (serial below 1) as {@code 09:30}.
     */
    static String date(double serial, boolean date1904) {
        long totalSeconds = Math.round(serial * SECONDS_PER_DAY);
        long days = Math.floorDiv(totalSeconds, SECONDS_PER_DAY);
        LocalTime time = LocalTime.ofSecondOfDay(Math.floorMod(totalSeconds, SECONDS_PER_DAY));
        String timeText = time.getSecond() == 0 ? HOURS_MINUTES.format(time) : HOURS_MINUTES_SECONDS.format(time);
        if (days == 0 && !date1904) {
            return timeText;
        }
        LocalDate date;
        if (date1904) {
            date = EPOCH_1904.plusDays(days);
        } else {
            // Excel counts the non-existent 1900-02-29 (serial 60), so later serials are one day ahead.
            date = EPOCH_1900.plusDays(days >= 60 ? days - 1 : days);
        }
        return time.equals(LocalTime.MIDNIGHT) ? date.toString() : date + "T" + timeText;
    }
}
