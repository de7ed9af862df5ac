package org.cxlens.storage;

import java.util.Arrays;
import java.util.List;

/**
 * Where every stored comment is, without its text: a few ints per comment, so a project's
 * comments can be filtered in memory and only a page of texts read from the file. Entries are in
 * the order the comments were stored (import order, row by row). The arrays are never changed.
 *
 * @param rowIds    each comment's row id in the project file, ascending
 * @param positions each comment's respondent, by position in the loaded data
 * @param questions each comment's question, an index into {@code questionNames}
 */
public record CommentIndex(long[] rowIds, int[] positions, int[] questions, List<String> questionNames) {

    public CommentIndex {
        if (positions.length != rowIds.length || questions.length != rowIds.length) {
            throw new IllegalArgumentException("one row id, position and question per comment");
        }
        questionNames = List.copyOf(questionNames);
    }

    public int size() {
        return rowIds.length;
    }

    /** The entry of a comment's row id, or -1 when it is not in the index. */
    public int entry(long rowId) {
        int at = Arrays.binarySearch(rowIds, rowId);
        return at >= 0 ? at : -1;
    }
}
