package org.cxlens.report;

import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * How a CSV file separates its fields and writes its decimals. Excel opens a CSV with the list
 * separator of the computer's region: a comma where the decimal mark is a point, a semicolon where
 * it is a comma (the Netherlands, Germany, France...). A comma-separated file opened there lands in
 * one column, and "7.5" typed into such a sheet reads as 75. Every CSV the program writes is in one
 * of these two, chosen by the user where it is saved, the region's the default.
 */
public enum CsvDialect {
    /** Comma-separated, decimal point: the CSV of RFC 4180 and of Excel in English-speaking regions. */
    COMMA(',', '.'),
    /** Semicolon-separated, decimal comma: what Excel reads in regions whose decimal mark is a comma. */
    SEMICOLON(';', ',');

    private final char separator;
    private final char decimalMark;

    CsvDialect(char separator, char decimalMark) {
        this.separator = separator;
        this.decimalMark = decimalMark;
    }

    /** The dialect Excel reads in the region of {@code locale}. */
    public static CsvDialect of(Locale locale) {
        return DecimalFormatSymbols.getInstance(locale).getDecimalSeparator() == ',' ? SEMICOLON : COMMA;
    }

    /** The dialect of the computer's region: the default wherever a CSV is saved. */
    public static CsvDialect ofRegion() {
        return of(Locale.getDefault(Locale.Category.FORMAT));
    }

    public char separator() {
        return separator;
    }

    /** A field as written: quoted when it holds the separator, a quote or a line break. */
    public String field(String cell) {
        if (cell.indexOf(separator) < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }

    /** A number as written: plain, no grouping, whole numbers without decimals, the dialect's decimal mark. */
    public String number(double value) {
        String plain = value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : Double.toString(value);
        return decimalMark == '.' ? plain : plain.replace('.', decimalMark);
    }
}
