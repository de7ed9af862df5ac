package org.cxlens.workspace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.cxlens.analysis.ClassLookup;
import org.cxlens.analysis.Filter;
import org.cxlens.domain.CxLensException;
import org.cxlens.domain.ExperienceClass;
import org.cxlens.domain.Message;
import org.cxlens.domain.SurveyData;
import org.cxlens.domain.Touchpoint;
import org.cxlens.report.ClassifiedRespondents;
import org.cxlens.report.ReportCell;

/**
 * The respondents of an open project under a filter as the deliverables list them, in the
 * report's language: id, wave, date, department and segments, the class per touchpoint, the
 * overall class and its source, and whether recovery is needed. Rows are the drill-down's rows
 * of every respondent in the filter (the same classes the screen shows), read a page at a time
 * so that a million respondents pass in bounded memory.
 */
public final class ClassifiedProjectRespondents implements ClassifiedRespondents {

    /** Rows read from the project file per query pair. */
    private static final int PAGE = 2000;

    private final OpenProject project;
    private final DrillDown rows;
    private final ClassLookup classes;
    private final Locale locale;
    private final boolean departments;

    public ClassifiedProjectRespondents(OpenProject project, Filter filter, Locale locale) {
        this.project = project;
        this.rows = project.drillDown(filter, Mark.NONE);
        this.classes = project.engine().classLookup(project.scheme());
        this.locale = locale;
        this.departments = !project.data().department().values().isEmpty();
    }

    @Override
    public List<String> headers() {
        List<String> headers = new ArrayList<>();
        headers.add(text("drill.column.RESPONDENT_ID"));
        headers.add(text("drill.column.WAVE"));
        headers.add(text("drill.column.DATE"));
        if (departments) {
            headers.add(text("respondents.column.DEPARTMENT"));
        }
        project.data().segments().forEach(s -> headers.add(s.name()));
        rows.touchpoints().forEach(t -> headers.add(text("drill.column.EXPERIENCE_CLASS", t.name())));
        headers.add(text("drill.column.CLASS"));
        headers.add(text("drill.column.CLASS_SOURCE"));
        headers.add(text("respondents.column.RECOVERY"));
        headers.add(text("respondents.column.RECOVERY_AT"));
        return headers;
    }

    @Override
    public long count() {
        return rows.count();
    }

    /** A failure to read the project file arrives as an {@link UncheckedIOException} whose cause holds the sentence. */
    @Override
    public void forEach(Consumer<List<ReportCell>> row) {
        String yes = text("respondents.yes");
        String no = text("respondents.no");
        for (int offset = 0; offset < rows.size(); offset += PAGE) {
            for (DrillRow r : page(offset)) {
                row.accept(cells(r, yes, no));
            }
        }
    }

    private List<DrillRow> page(int offset) {
        try {
            return rows.page(offset, PAGE);
        } catch (CxLensException e) {
            throw new UncheckedIOException(new IOException(e.getLocalizedMessage(), e));
        }
    }

    private List<ReportCell> cells(DrillRow r, String yes, String no) {
        SurveyData data = project.data();
        int position = r.position();
        List<ReportCell> cells = new ArrayList<>();
        cells.add(ReportCell.text(r.respondentId() == null ? "" : r.respondentId()));
        cells.add(ReportCell.text(r.wave() == null ? "" : r.wave()));
        cells.add(ReportCell.text(r.date() == null ? "" : r.date().toString()));
        if (departments) {
            cells.add(ReportCell.text(coded(data.department(), position)));
        }
        data.segments().forEach(s -> cells.add(ReportCell.text(coded(s.column(), position))));
        List<String> recoveryAt = new ArrayList<>();
        for (Touchpoint t : rows.touchpoints()) {
            cells.add(ReportCell.text(classWord(r.scores().get(t.slot()).experienceClass())));
            if (classes.experienceRecovery(t.slot(), position)) {
                recoveryAt.add(t.name());
            }
        }
        cells.add(ReportCell.text(classWord(r.respondentClass())));
        cells.add(ReportCell.text(text("source." + r.classSource().name())));
        cells.add(ReportCell.text(r.respondentClass() == null ? "" : classes.respondentRecovery(position) ? yes : no));
        cells.add(ReportCell.text(String.join("; ", recoveryAt)));
        return cells;
    }

    private String classWord(ExperienceClass c) {
        return c == null ? "" : DrillSentence.classWord(c).render(locale);
    }

    private static String coded(SurveyData.Coded column, int position) {
        int code = column.codes()[position];
        return code < 0 ? "" : column.values().get(code);
    }

    private String text(String key, Object... args) {
        return Message.of(key, args).render(locale);
    }
}
