package org.cxlens.importer.load;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.cxlens.domain.Comment;
import org.cxlens.domain.Expectation;
import org.cxlens.domain.RespondentRecord;

/**
 * One respondent of a long-shaped file, gathered from its rows (one per touchpoint). Answers are
 * indexed by the import's local touchpoint index until the touchpoints are declared at the end.
 */
final class LongRespondent {

    final String id;
    final int firstRow;
    String wave;
    LocalDateTime date;
    double weight = Double.NaN;
    double overall = Double.NaN;
    Expectation overallExpectation;
    double recommend = Double.NaN;
    private double[] scores = new double[0];
    private Expectation[] expectations = new Expectation[0];
    /** Row that brought each touchpoint's answer (by local index), 0 while none has. */
    private int[] rowOfTouchpoint = new int[0];
    /** The touchpoint (local index) of this respondent's previous accepted row, -1 before the first. */
    int lastTouchpoint = -1;
    /** Values of the import's attribute columns; the first row that gives one wins. */
    private final String[] attributes;
    List<Comment> comments;

    LongRespondent(String id, int firstRow, int attributeColumns) {
        this.id = id;
        this.firstRow = firstRow;
        this.attributes = new String[attributeColumns];
    }

    /** The row that already answered this touchpoint, or 0; claims it for {@code row} when free. */
    int claim(int local, int row) {
        ensure(local + 1);
        int earlier = rowOfTouchpoint[local];
        if (earlier == 0) {
            rowOfTouchpoint[local] = row;
        }
        return earlier;
    }

    void answer(int local, double score, Expectation expectation) {
        scores[local] = score;
        expectations[local] = expectation;
    }

    void attribute(int column, String value) {
        if (attributes[column] == null) {
            attributes[column] = value;
        }
    }

    void comment(Comment c) {
        if (comments == null) {
            comments = new ArrayList<>(2);
        }
        comments.add(c);
    }

    private void ensure(int size) {
        if (scores.length < size) {
            int old = scores.length;
            scores = Arrays.copyOf(scores, size);
            Arrays.fill(scores, old, size, Double.NaN);
            expectations = Arrays.copyOf(expectations, size);
            rowOfTouchpoint = Arrays.copyOf(rowOfTouchpoint, size);
        }
    }

    /**
     * The respondent with its answers moved from the import's local touchpoint indices to the
     * project's slots.
     */
    RespondentRecord toRecord(int[] slotOfLocal, int slotCount) {
        double[] slotScores = new double[slotCount];
        Arrays.fill(slotScores, Double.NaN);
        Expectation[] slotExpectations = new Expectation[slotCount];
        for (int local = 0; local < scores.length; local++) {
            slotScores[slotOfLocal[local]] = scores[local];
            slotExpectations[slotOfLocal[local]] = expectations[local];
        }
        return new RespondentRecord(id, firstRow, null, wave, date, weight, overall, overallExpectation, recommend,
                slotScores, slotExpectations, attributes,
                comments == null ? List.of() : comments);
    }
}
