package org.cxlens.workspace;

import java.util.Locale;
import java.util.ResourceBundle;
import org.cxlens.domain.ExperienceClass;
import org.cxlens.domain.Message;
import org.cxlens.report.CellFormat;
import org.cxlens.report.PageTexts;
import org.cxlens.report.ReportCell;

/** Words and table cells of a report in its language: the pages' own texts and number formats. */
final class ReportCells {

    private static final String NONE = "–";

    private final ResourceBundle bundle;
    private final PageTexts texts;

    ReportCells(ResourceBundle bundle) {
        this.bundle = bundle;
        this.texts = new PageTexts(bundle);
    }

    ResourceBundle resources() {
        return bundle;
    }

    PageTexts texts() {
        return texts;
    }

    String text(String key, Object... args) {
        return texts.text(key, args);
    }

    String render(Message message) {
        return texts.render(message);
    }

    String className(ExperienceClass c) {
        return bundle.getString("class." + c.name().toLowerCase(Locale.ROOT));
    }

    /** A text cell, empty for null. */
    ReportCell cell(String text) {
        return ReportCell.text(text == null ? "" : text);
    }

    /** "26.8 %", or a text cell "–" when unknown. */
    ReportCell share(double share) {
        return Double.isNaN(share) ? ReportCell.text(NONE)
                : ReportCell.number(texts.percent(share), share, CellFormat.SHARE);
    }

    ReportCell count(long n) {
        return ReportCell.number(texts.count(n), n, CellFormat.COUNT);
    }

    /** A number shown as given ("+12", "0.477"), or "–" when unknown. */
    ReportCell number(String shown, double value) {
        return Double.isNaN(value) ? ReportCell.text(NONE) : ReportCell.number(shown, value, CellFormat.NUMBER);
    }

    /** "24.0 % – 27.3 %", or empty without an interval. */
    ReportCell interval(double low, double high) {
        return Double.isNaN(low) ? ReportCell.text("")
                : ReportCell.text(texts.percent(low) + " – " + texts.percent(high));
    }
}
