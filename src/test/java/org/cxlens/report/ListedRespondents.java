package org.cxlens.report;

import java.util.List;
import java.util.function.Consumer;

/** Classified respondents from a list, as a test hands them to a writer. */
record ListedRespondents(List<String> headers, List<List<ReportCell>> rows) implements ClassifiedRespondents {

    @Override
    public long count() {
        return rows.size();
    }

    @Override
    public void forEach(Consumer<List<ReportCell>> row) {
        rows.forEach(row);
    }

    /** Three respondents, one of them with an id and a segment that would run as formulas. */
    static ListedRespondents three() {
        return new ListedRespondents(List.of("Respondent", "Region", "Website: class", "Score"), List.of(
                List.of(ReportCell.text("R01"), ReportCell.text("Zürich"), ReportCell.text("Delighted"),
                        ReportCell.number("9", 9, CellFormat.NUMBER)),
                List.of(ReportCell.text("=SUM(A1:A9)"), ReportCell.text("@North"), ReportCell.text("Satisfied"),
                        ReportCell.number("-2.5", -2.5, CellFormat.NUMBER)),
                List.of(ReportCell.text("-12"), ReportCell.text("\tTab, \"quoted\""), ReportCell.text(""),
                        ReportCell.number("7", 7, CellFormat.NUMBER))));
    }
}
