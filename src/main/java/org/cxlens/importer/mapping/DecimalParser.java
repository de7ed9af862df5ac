package org.cxlens.importer.mapping;

/**
 * Reads decimal numbers fast: the import converts millions of cells, so the common case (an
 * optional sign, up to 15 digits, one decimal separator) is parsed by hand and only unusual text
 * falls back to {@link Double#parseDouble}. Returns NaN for anything that is not a number.
 */
public final class DecimalParser {

    private static final double[] POWERS_OF_TEN = new double[23];

    static {
        POWERS_OF_TEN[0] = 1;
        for (int i = 1; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = POWERS_OF_TEN[i - 1] * 10;
        }
    }

    private final char decimalSeparator;

    /** @param decimalSeparator '.' or ','; with ',' a lone '.' is accepted too (spreadsheet cells) */
    public DecimalParser(char decimalSeparator) {
        this.decimalSeparator = decimalSeparator;
    }

    public char decimalSeparator() {
        return decimalSeparator;
    }

    public double parse(String s) {
        int n = s.length();
        int i = 0;
        while (i < n && s.charAt(i) == ' ') {
            i++;
        }
        while (n > i && s.charAt(n - 1) == ' ') {
            n--;
        }
        if (i == n) {
            return Double.NaN;
        }
        int start = i;
        boolean negative = false;
        char c = s.charAt(i);
        if (c == '-' || c == '+') {
            negative = c == '-';
            i++;
        }
        long mantissa = 0;
        boolean sawDigit = false;
        int digits = 0;
        int fractionDigits = 0;
        boolean separatorSeen = false;
        for (; i < n; i++) {
            c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                if (digits == 15) {
                    return slowPath(s, start, n);
                }
                sawDigit = true;
                if (mantissa != 0 || c != '0') {
                    digits++;
                }
                mantissa = mantissa * 10 + (c - '0');
                if (separatorSeen) {
                    fractionDigits++;
                }
            } else if (!separatorSeen && (c == decimalSeparator || (c == '.' && decimalSeparator == ','))) {
                if (c != decimalSeparator && s.indexOf(decimalSeparator, i + 1) >= 0) {
                    return Double.NaN;
                }
                separatorSeen = true;
            } else {
                return slowPath(s, start, n);
            }
        }
        if (!sawDigit) {
            return Double.NaN;
        }
        if (fractionDigits >= POWERS_OF_TEN.length) {
            return slowPath(s, start, n);
        }
        // Exact: mantissa < 10^15 and the power of ten are both exact doubles, so one division rounds correctly.
        double v = fractionDigits == 0 ? mantissa : mantissa / POWERS_OF_TEN[fractionDigits];
        return negative ? -v : v;
    }

    /** Exponents, long mantissas: only text made of number characters is handed to the JDK. */
    private double slowPath(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            boolean numberChar = (c >= '0' && c <= '9') || c == '-' || c == '+' || c == 'e' || c == 'E' || c == '.'
                    || c == decimalSeparator;
            if (!numberChar) {
                return Double.NaN;
            }
        }
        StringBuilder b = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            b.append(c == decimalSeparator ? '.' : c);
        }
        try {
            return Double.parseDouble(b.toString());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
