package org.cxlens.storage;

import org.cxlens.domain.CxLensException;
import org.cxlens.domain.Expectation;
import org.cxlens.domain.Message;

/**
 * The packed text columns of ADR 0001: one character per touchpoint slot, ' ' when missing; a
 * score x is the character 0x100 + round(x·100), an expectation its {@link Expectation#code()}.
 * Trailing missing slots are left out (a survey without expectation items stores ''), and a slot
 * beyond the end reads as missing.
 */
final class PackedAnswers {

    static final char MISSING = ' ';
    static final int SCORE_BASE = 0x100;
    /** Exclusive upper bound of x·100: the packed character stays below the surrogate range. */
    static final int SCORE_LIMIT = 0xD700 - SCORE_BASE;

    private PackedAnswers() {
    }

    /** Appends the packed scores of the first {@code slots} slots to {@code out}. */
    static void packScores(double[] scores, int slots, StringBuilder out, int sourceRow) throws CxLensException {
        int start = out.length();
        int n = scores == null ? 0 : scores.length;
        for (int slot = slots; slot < n; slot++) {
            if (!Double.isNaN(scores[slot])) {
                throw new IllegalArgumentException("score for slot " + slot + " in row " + sourceRow
                        + ", but only " + slots + " touchpoints were declared");
            }
        }
        for (int slot = 0; slot < slots; slot++) {
            double x = slot < n ? scores[slot] : Double.NaN;
            if (Double.isNaN(x)) {
                out.append(MISSING);
            } else {
                out.append(scoreChar(x, sourceRow));
            }
        }
        trimMissing(out, start);
    }

    private static void trimMissing(StringBuilder out, int start) {
        int end = out.length();
        while (end > start && out.charAt(end - 1) == MISSING) {
            end--;
        }
        out.setLength(end);
    }

    static char scoreChar(double x, int sourceRow) throws CxLensException {
        double hundredths = Math.rint(x * 100);
        if (!(hundredths >= 0 && hundredths < SCORE_LIMIT)) {
            throw new CxLensException(Message.of("storage.import.scoreOutOfRange", x, sourceRow,
                    0, (SCORE_LIMIT - 1) / 100.0));
        }
        return (char) (SCORE_BASE + (int) hundredths);
    }

    static void packExpectations(Expectation[] expectations, int slots, StringBuilder out) {
        int start = out.length();
        int n = expectations == null ? 0 : expectations.length;
        for (int slot = 0; slot < slots; slot++) {
            Expectation e = slot < n ? expectations[slot] : null;
            out.append(e == null ? MISSING : e.code());
        }
        trimMissing(out, start);
    }

    /** The score in a slot of a packed column, NaN when missing or beyond its end. */
    static float score(String packed, int slot) {
        if (packed == null || slot >= packed.length()) {
            return Float.NaN;
        }
        int c = packed.charAt(slot);
        return c >= SCORE_BASE ? (c - SCORE_BASE) / 100f : Float.NaN;
    }

    static Expectation expectation(String packed, int slot) {
        if (packed == null || slot >= packed.length()) {
            return null;
        }
        return Expectation.fromCode(packed.charAt(slot));
    }
}
