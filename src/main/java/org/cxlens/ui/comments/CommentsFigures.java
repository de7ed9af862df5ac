package org.cxlens.ui.comments;

import java.util.List;
import java.util.ResourceBundle;
import org.cxlens.workspace.CommentList;
import org.cxlens.workspace.CommentQuery;
import org.cxlens.workspace.CommentRow;

/**
 * The comments page for one filter and query: the list with its first page already read, and its
 * sentences in the bundle's language.
 *
 * @param count  "412 comments from 398 respondents", with the filter's total when the query narrows it
 * @param note   how a chosen touchpoint narrowed the comments; empty without one
 * @param empty  what an empty list says: no comments in the project, in the filter, or none matching
 */
public record CommentsFigures(CommentList list, CommentQuery query, List<CommentRow> firstPage,
                              ResourceBundle bundle, String count, String note, String empty) {

    public CommentsFigures {
        firstPage = List.copyOf(firstPage);
    }
}
