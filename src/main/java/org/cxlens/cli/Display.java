package org.cxlens.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * The two audiences of CLI output. People read messages and tables in the display locale (the
 * JVM's default, as {@link org.cxlens.domain.Message#render()} uses); scripts read CSV and JSON,
 * which stay English with plain numbers whatever the locale.
 */
final class Display {

    /** English words (the base bundle) and plain numbers. */
    static final Locale SCRIPTS = Locale.ROOT;

    private Display() {
    }

    static Locale locale() {
        return Locale.getDefault();
    }

    /** A count with thousands separators: 1,000,000 in English, 1.000.000 in Dutch. */
    static String count(long value) {
        return NumberFormat.getIntegerInstance(locale()).format(value);
    }

    /**
     * A number rounded half up to a fixed number of decimals, with the locale's decimal separator
     * (7.5, 7,5) and no grouping, as the English tables have always shown decimals such as 1091.0.
     */
    static String decimal(double value, int decimals, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setGroupingUsed(false);
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format.format(rounded(value, decimals));
    }

    static String decimal(double value, int decimals) {
        return decimal(value, decimals, locale());
    }

    /** Rounded half up; never a negative zero such as -0.0. */
    static BigDecimal rounded(double value, int decimals) {
        BigDecimal d = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP);
        return d.signum() == 0 ? d.abs() : d;
    }
}
