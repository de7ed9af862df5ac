package org.cxlens.importer.load;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cxlens.domain.Comment;
import org.cxlens.domain.Expectation;
import org.cxlens.domain.RespondentRecord;

/** One respondent of a long-shaped file, gathered from its rows (one per touchpoint). */
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
    /** Row that brought each slot's answer, 0 while none has. */
    private int[] rowOfSlot = new int[0];
    Map<String, String> attributes;
    List<Comment> comments;

    LongRespondent(String id, int firstRow) {
        this.id = id;
        this.firstRow = firstRow;
    }

    /** The row that already answered this slot, or 0; claims the slot for {@code row} when free. */
    int claim(int slot, int row) {
        ensure(slot + 1);
        int earlier = rowOfSlot[slot];
        if (earlier == 0) {
            rowOfSlot[slot] = row;
        }
        return earlier;
    }

    void answer(int slot, double score, Expectation expectation) {
        scores[slot] = score;
        expectations[slot] = expectation;
    }

    void attribute(String column, String value) {
        if (attributes == null) {
            attributes = new HashMap<>();
        }
        attributes.putIfAbsent(column, value);
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
            rowOfSlot = Arrays.copyOf(rowOfSlot, size);
        }
    }

    RespondentRecord toRecord(int slotCount) {
        ensure(slotCount);
        return new RespondentRecord(id, firstRow, null, wave, date, weight, overall, overallExpectation, recommend,
                scores, expectations, attributes == null ? Map.of() : attributes,
                comments == null ? List.of() : comments);
    }
}
