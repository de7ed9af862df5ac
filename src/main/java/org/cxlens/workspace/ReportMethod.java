package org.cxlens.workspace;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cxlens.analysis.Dashboard;
import org.cxlens.analysis.Filter;
import org.cxlens.analysis.Weighting;
import org.cxlens.domain.ClassificationScheme;
import org.cxlens.domain.CxLensException;
import org.cxlens.domain.ExperienceClass;
import org.cxlens.domain.ImportInfo;
import org.cxlens.domain.Scale;
import org.cxlens.report.CutPointTexts;
import org.cxlens.report.MethodSection;
import org.cxlens.report.ReportCell;
import org.cxlens.report.ReportCover;
import org.cxlens.report.ReportTable;

/** A report's cover and method page: what every figure rests on, in the report's language. */
final class ReportMethod {

    private final OpenProject project;
    private final Filter filter;
    private final Dashboard dashboard;
    private final ReportCells cells;
    private final ClassificationScheme scheme;

    ReportMethod(OpenProject project, Filter filter, Dashboard dashboard, ReportCells cells) {
        this.project = project;
        this.filter = filter;
        this.dashboard = dashboard;
        this.cells = cells;
        this.scheme = project.scheme();
    }

    ReportCover cover() {
        FilterWords words = new FilterWords(cells.resources());
        LocalDate[] span = dateSpan();
        String dates = span == null ? "" : cells.text("report.cover.dates", words.dates(span[0], span[1]));
        long all = project.data().size();
        String base = dashboard.respondents() == all ? cells.text("report.cover.base.all", all)
                : cells.text("report.cover.base", dashboard.respondents(), all);
        String created = cells.text("report.cover.created", DateTimeFormatter.ofPattern(
                cells.text("filter.date.pattern"), locale()).format(LocalDate.now(ZoneId.systemDefault())));
        return new ReportCover(project.name(), "", dates, base, words.describe(filter, project.filterChoices()), created,
                List.of(schemeLine(), cells.render(project.weighting(dashboard).describe()), lowBaseRule()));
    }

    List<MethodSection> sections() throws CxLensException {
        return List.of(classification(), bases(), new MethodSection(cells.text("report.method.lowBase.heading"),
                        List.of(lowBaseRule()), ReportTable.empty()),
                new MethodSection(cells.text("report.method.significance.heading"),
                        List.of(cells.text("report.method.intervals"), cells.text("report.method.significance")),
                        ReportTable.empty()),
                imports());
    }

    private MethodSection classification() {
        CutPointTexts cuts = new CutPointTexts(cells.resources());
        List<List<ReportCell>> rows = new ArrayList<>();
        for (Scale scale : project.engine().scalesInUse()) {
            List<ReportCell> row = new ArrayList<>();
            row.add(cells.cell(scale.label()));
            cuts.ranges(scheme, scale).forEach(r -> row.add(cells.cell(r)));
            rows.add(row);
        }
        ReportTable table = new ReportTable(List.of(cells.text("report.method.scale"),
                cells.className(ExperienceClass.DELIGHTED), cells.className(ExperienceClass.SATISFIED),
                cells.className(ExperienceClass.INDIFFERENT), cells.text("overview.recovery")), rows);
        return new MethodSection(cells.text("report.method.classification.heading"), List.of(schemeLine(),
                cells.text(scheme.expectationRule() ? "classification.expectationRule.on"
                        : "classification.expectationRule.off"),
                cells.text("report.method.sources", cells.texts().sources(dashboard.sources())),
                cells.text("report.method.cuts")), table);
    }

    private MethodSection bases() {
        Weighting weighting = project.weighting(dashboard);
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(cells.render(weighting.describe()));
        paragraphs.add(cells.text("report.method.bases", dashboard.respondents(), dashboard.effectiveRespondents()));
        paragraphs.add(cells.text("report.method.experiences"));
        return new MethodSection(cells.text("report.method.bases.heading"), paragraphs, ReportTable.empty());
    }

    private MethodSection imports() throws CxLensException {
        DateTimeFormatter day = DateTimeFormatter.ofPattern(cells.text("filter.date.pattern"), locale());
        List<List<ReportCell>> rows = new ArrayList<>();
        for (ImportInfo i : project.imports()) {
            rows.add(List.of(cells.cell(i.fileName()), cells.cell(i.sheet()),
                    cells.cell(day.format(i.importedAt().atZone(ZoneId.systemDefault()))),
                    cells.count(i.counts().respondents()), cells.cell(i.sha256())));
        }
        ReportTable table = new ReportTable(List.of(cells.text("report.method.file"), cells.text("report.method.sheet"),
                cells.text("report.method.imported"), cells.text("report.method.respondents"),
                cells.text("report.method.sha256")), rows);
        return new MethodSection(cells.text("report.method.imports.heading"),
                List.of(cells.text("report.method.imports", rows.size())), table);
    }

    /** "Delighted from 85 %, satisfied from 65 %, recovery needed below 35 % of each scale's range." */
    private String schemeLine() {
        return cells.text("report.method.scheme", cells.texts().roundPercent(scheme.delightedFrom()),
                cells.texts().roundPercent(scheme.satisfiedFrom()), cells.texts().roundPercent(scheme.recoveryBelow()));
    }

    private String lowBaseRule() {
        return cells.text("report.method.lowBase", project.lowBaseMinimum());
    }

    /** The first and last answer date of the filtered respondents, or null when none is dated. */
    private LocalDate[] dateSpan() {
        int[] days = project.data().epochDay();
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        for (int r : project.engine().respondents(filter, scheme)) {
            int day = days[r];
            if (day != Integer.MIN_VALUE) {
                first = Math.min(first, day);
                last = Math.max(last, day);
            }
        }
        return first > last ? null : new LocalDate[] {LocalDate.ofEpochDay(first), LocalDate.ofEpochDay(last)};
    }

    private Locale locale() {
        Locale locale = cells.resources().getLocale();
        return locale.getLanguage().isEmpty() ? Locale.ENGLISH : locale;
    }
}
