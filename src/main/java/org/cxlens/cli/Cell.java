package org.cxlens.cli;

/** One value of a {@link Report}: rendered as text in a table, typed in CSV and JSON. */
sealed interface Cell {

    Cell EMPTY = new Text("");

    /** Free text. */
    record Text(String value) implements Cell {
    }

    /** A number shown with a fixed number of decimals; NaN means "not available". */
    record Decimal(double value, int decimals) implements Cell {
    }

    /** A count (respondents, ranks). */
    record Count(long value) implements Cell {
    }

    /** A yes/no flag such as "low base". */
    record Flag(boolean value) implements Cell {
    }

    /** A 95 % interval; split into two columns in CSV and an object in JSON. NaN when not available. */
    record Interval(double low, double high, int decimals) implements Cell {
    }

    static Cell text(String value) {
        return new Text(value == null ? "" : value);
    }

    static Cell number(double value, int decimals) {
        return new Decimal(value, decimals);
    }

    /** A share 0–1 as a percentage with one decimal. */
    static Cell percent(double share) {
        return new Decimal(100 * share, 1);
    }

    static Cell percentInterval(double low, double high) {
        return new Interval(100 * low, 100 * high, 1);
    }

    static Cell count(long value) {
        return new Count(value);
    }

    static Cell flag(boolean value) {
        return new Flag(value);
    }
}
