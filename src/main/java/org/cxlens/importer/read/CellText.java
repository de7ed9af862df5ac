package org.cxlens.importer.read;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

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
    /** 9999-12-31, the last day Excel shows, as a serial in the 1900 and the 1904 date system. */
    private static final long LAST_DAY_1900 = 2_958_465;
    private static final long LAST_DAY_1904 = LAST_DAY_1900 - 1_462;
    /** Excel fills a date cell with hashes when its number is no date. */
    static final String NO_DATE = "########";

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
     * {@code 2025-03-14T09:30:15}; a pure time (serial below 1) as {@code 09:30}. A serial that is no
     * date (negative, or past 9999-12-31) gives {@link #NO_DATE}, as Excel shows it.
     */
    static String date(double serial, boolean date1904) {
        long totalSeconds = Math.round(serial * SECONDS_PER_DAY);
        long days = Math.floorDiv(totalSeconds, SECONDS_PER_DAY);
        if (!(serial >= 0) || days > (date1904 ? LAST_DAY_1904 : LAST_DAY_1900)) {
            return NO_DATE;
        }
        LocalTime time = LocalTime.ofSecondOfDay(Math.floorMod(totalSeconds, SECONDS_PER_DAY));
        if (days == 0 && !date1904) {
            return time(time);
        }
        LocalDate date;
        if (date1904) {
            date = EPOCH_1904.plusDays(days);
        } else {
            // Excel counts the non-existent 1900-02-29 (serial 60), so later serials are one day ahead.
            date = EPOCH_1900.plusDays(days >= 60 ? days - 1 : days);
        }
        return dateTime(date, time);
    }

    /**
     * An ISO 8601 date cell (Strict Open XML writes dates so) in the same form as {@link #date}; the
     * time is kept as written, without its zone. Text that is no such date is returned as it is, for
     * the import to report.
     */
    static String isoDate(String iso) {
        String text = iso.strip();
        try {
            LocalDateTime dateTime = LocalDateTime.parse(text, DateTimeFormatter.ISO_DATE_TIME);
            return dateTime(dateTime.toLocalDate(), dateTime.toLocalTime().truncatedTo(ChronoUnit.SECONDS));
        } catch (DateTimeParseException notDateTime) {
            try {
                return LocalDate.parse(text, DateTimeFormatter.ISO_DATE).toString();
            } catch (DateTimeParseException notDate) {
                try {
                    return time(LocalTime.parse(text, DateTimeFormatter.ISO_TIME).truncatedTo(ChronoUnit.SECONDS));
                } catch (DateTimeParseException notTime) {
                    return text;
                }
            }
        }
    }

    private static String dateTime(LocalDate date, LocalTime time) {
        return time.equals(LocalTime.MIDNIGHT) ? date.toString() : date + "T" + time(time);
    }

    private static String time(LocalTime time) {
        return time.getSecond() == 0 ? HOURS_MINUTES.format(time) : HOURS_MINUTES_SECONDS.format(time);
    }
}
