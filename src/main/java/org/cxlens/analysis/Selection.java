package org.cxlens.analysis;

/** Respondents passing a filter: ascending row numbers, or rows == null for all {@code count}. */
record Selection(int[] rows, int count) {

    int row(int i) {
        return rows == null ? i : rows[i];
    }
}
