package org.cxlens.report;

import java.util.List;
import java.util.function.Consumer;

/**
 * The classified respondents of a deliverable, streamed row by row so that a million of them are
 * written without being held as cells: id, wave, date, segments, the class per touchpoint, the
 * overall class and its source, the recovery flag.
 */
public interface ClassifiedRespondents {

    /** Column headings in the report's language, in the order of every row's cells. */
    List<String> headers();

    /** Respondents in the filter. */
    long count();

    /** Passes every respondent's row, in project order, to {@code row}; stops early when it throws. */
    void forEach(Consumer<List<ReportCell>> row);
}
