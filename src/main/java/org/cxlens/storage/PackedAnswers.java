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

    /**
     * The packed scores of the first {@code slots} slots. Every slot's character, ' ' when missing,
     * is left in {@code buffer} (at least {@code slots} long).
     */
    static String packScores(double[] scores, int slots, char[] buffer, int sourceRow) throws CxLensException {
        int n = scores == null ? 0 : scores.length;
        for (int slot = slots; slot < n; slot++) {
            if (!Double.isNaN(scores[slot])) {
                throw new IllegalArgumentException("score for slot " + slot + " in row " + sourceRow
                        + ", but only " + slots + " touchpoints were declared");
            }
        }
        int length = 0;
        for (int slot = 0; slot < slots; slot++) {
            double x = slot < n ? scores[slot] : Double.NaN;
            if (Double.isNaN(x)) {
                buffer[slot] = MISSING;
            } else {
                buffer[slot] = scoreChar(x, sourceRow);
                length = slot + 1;
            }
        }
        return new String(buffer, 0, length);
    }

    static char scoreChar(double x, int sourceRow) throws CxLensException {
        double hundredths = Math.rint(x * 100);
        if (!(hundredths >= 0 && hundredths < SCORE_LIMIT)) {
            throw new CxLensException(Message.of("storage.import.scoreOutOfRange", x, sourceRow,
                    0, (SCORE_LIMIT - 1) / 100.0));
        }
        return (char) (SCORE_BASE + (int) hundredths);
    }

    /** The packed expectations of the first {@code slots} slots; '' when there are none. */
    static String packExpectations(Expectation[] expectations, int slots, char[] buffer) {
        int n = expectations == null ? 0 : Math.min(slots, expectations.length);
        int length = 0;
        for (int slot = 0; slot < n; slot++) {
            Expectation e = expectations[slot];
            buffer[slot] = e == null ? MISSING : e.code();
            if (e != null) {
                length = slot + 1;
            }
        }
        return length == 0 ? "" : new String(buffer, 0, length);
    }

    /** The score a packed character stands for, NaN when missing. */
    static float score(char c) {
        return c >= SCORE_BASE ? (c - SCORE_BASE) / 100f : Float.NaN;
    }

    /** The score in a slot of a packed column, NaN when missing or beyond its end. */
    static float score(String packed, int slot) {
        if (packed == null || slot >= packed.length()) {
            return Float.NaN;
        }
        return score(packed.charAt(slot));
    }

    static Expectation expectation(String packed, int slot) {
        if (packed == null || slot >= packed.length()) {
            return null;
        }
        return Expectation.fromCode(packed.charAt(slot));
    }
}
