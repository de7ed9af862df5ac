package org.cxlens.report;

/**
 * One point of a trend: a wave or a month.
 *
 * @param label            the period as the engine names it ("2025-Q1", "2025-07")
 * @param value            a share 0–1, or NPS −100…100; NaN when the period has no cases
 * @param low              lower end of the 95 % interval, in the value's unit
 * @param high             upper end of the 95 % interval
 * @param n                cases behind the value (classified respondents or experiences; for NPS,
 *                         respondents with a 0–10 recommend score), unweighted
 * @param lowBase          the base is below the project's minimum: drawn hollow, no change mark
 * @param changeVsPrevious the value against {@code previous}'s at 95 %
 * @param previous         the label of the latest earlier period with cases, or null
 */
public record TrendPeriod(String label, double value, double low, double high, int n, boolean lowBase,
                          TrendChange changeVsPrevious, String previous) {

    public boolean empty() {
        return n == 0;
    }
}
