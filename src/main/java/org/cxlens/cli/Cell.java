package org.cxlens.cli;

import java.util.Locale;
import java.util.function.Function;
import org.cxlens.domain.Message;

/** One value of a {@link Report}: rendered as text in a table, typed in CSV and JSON. */
sealed interface Cell {

    Cell EMPTY = new Text("");

    /** Text that is data, such as a touchpoint name or a file path: the same in every format and locale. */
    record Text(String value) implements Cell {
    }

    /**
     * Words for people, such as a quadrant or a one-sentence reason: the table shows them in the
     * display language, CSV and JSON in English so scripts read the same whatever the locale.
     */
    record Phrase(String english, String shown) implements Cell {
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

    /** Words rendered once for scripts and once for people; the function also formats any numbers in them. */
    static Phrase phrase(Function<Locale, String> words) {
        return new Phrase(words.apply(Display.SCRIPTS), words.apply(Display.locale()));
    }

    static Phrase phrase(Message message) {
        return phrase(message::render);
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
