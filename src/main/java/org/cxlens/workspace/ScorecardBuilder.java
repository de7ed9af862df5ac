package org.cxlens.workspace;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.cxlens.analysis.Classifier;
import org.cxlens.analysis.Dashboard;
import org.cxlens.analysis.Filter;
import org.cxlens.domain.CxLensException;
import org.cxlens.domain.Expectation;
import org.cxlens.domain.ExperienceClass;
import org.cxlens.domain.SurveyData;
import org.cxlens.domain.Touchpoint;
import org.cxlens.report.BarCategory;
import org.cxlens.report.CellFormat;
import org.cxlens.report.ClassBarChartDescription;
import org.cxlens.report.DepartmentChartDescription;
import org.cxlens.report.ReportCell;
import org.cxlens.report.ReportTable;
import org.cxlens.report.Scorecard;
import org.cxlens.storage.StoredRespondent;

/**
 * One scorecard per owning department: the bars of the touchpoints it owns (from the departments
 * chart, so the same numbers), their targets, the experiences at them that need recovery, and
 * three comments about them.
 */
final class ScorecardBuilder {

    /** Recovery cases listed on a page; the scorecard says how many there are in all. */
    static final int RECOVERY_LISTED = 8;
    static final int COMMENTS = 3;
    /** Comments read per touchpoint to choose from: enough for a choice, few enough for a million respondents. */
    private static final int COMMENTS_READ = 200;
    private static final int COMMENT_LENGTH = 320;

    private final OpenProject project;
    private final Filter filter;
    private final ReportCells cells;
    private final Map<String, Touchpoint> touchpoints = new HashMap<>();

    ScorecardBuilder(OpenProject project, Filter filter, Dashboard dashboard, ReportCells cells) {
        this.project = project;
        this.filter = filter;
        this.cells = cells;
        dashboard.touchpoints().forEach(t -> touchpoints.put(t.touchpoint().name(), t.touchpoint()));
    }

    List<Scorecard> scorecards(DepartmentChartDescription chart) throws CxLensException {
        List<Scorecard> scorecards = new ArrayList<>();
        for (int d = 0; d < chart.departments().categories().size(); d++) {
            String department = chart.departments().categories().get(d).label();
            ClassBarChartDescription owned = chart.owned().get(d);
            ClassBarChartDescription titled = new ClassBarChartDescription(department, owned.weighted(),
                    owned.categories(), owned.series());
            List<Touchpoint> its = owned.categories().stream().map(b -> touchpoints.get(b.key())).toList();
            List<Recovery> recovery = recovery(its);
            List<String> notes = new ArrayList<>();
            notes.add(cells.text("report.scorecard.recovery", recovery.size()));
            if (recovery.size() > RECOVERY_LISTED) {
                notes.add(cells.text("report.scorecard.recoveryListed", RECOVERY_LISTED, recovery.size()));
            }
            if (owned.categories().stream().anyMatch(BarCategory::lowBase)) {
                notes.add(cells.text("report.lowBase.marked", project.lowBaseMinimum()));
            }
            if (owned.weighted()) {
                notes.add(cells.text("chart.tooltip.weighted") + ".");
            }
            scorecards.add(new Scorecard(department, titled, targets(owned), recoveryTable(recovery), comments(its),
                    notes));
        }
        return scorecards;
    }

    private ReportTable targets(ClassBarChartDescription owned) {
        List<List<ReportCell>> rows = new ArrayList<>();
        for (int i = 0; i < owned.categories().size(); i++) {
            BarCategory bar = owned.categories().get(i);
            List<ReportCell> row = new ArrayList<>(List.of(cells.cell(bar.label()),
                    cells.cell(cells.text("moment." + bar.momentType().name())), cells.count(bar.base())));
            for (ExperienceClass c : ExperienceClass.values()) {
                row.add(cells.share(bar.base() == 0 ? Double.NaN : owned.segment(i, c).share()));
            }
            if (bar.target() == null) {
                row.addAll(List.of(cells.cell(""), cells.cell("")));
            } else {
                row.add(cells.cell(cells.text("report.target." + bar.target().measure().name(),
                        cells.texts().roundPercent(bar.target().target()), cells.texts().percent(bar.target().actual()))));
                row.add(cells.cell(cells.text(bar.target().met() ? "report.met.yes" : "report.met.no")));
            }
            rows.add(row);
        }
        return new ReportTable(List.of(cells.text("touchpoints.column.touchpoint"), cells.text("touchpoints.column.moment"),
                cells.text("report.column.n"), cells.className(ExperienceClass.INDIFFERENT),
                cells.className(ExperienceClass.SATISFIED), cells.className(ExperienceClass.DELIGHTED),
                cells.text("touchpoints.column.target"), cells.text("report.column.met")), rows);
    }

    /** An experience needing recovery: a respondent's score at a touchpoint. */
    private record Recovery(int position, Touchpoint touchpoint, float score) {
    }

    /** Every experience at the touchpoints that needs recovery, by respondent, under the project's scheme. */
    private List<Recovery> recovery(List<Touchpoint> its) {
        SurveyData data = project.data();
        Classifier classifier = new Classifier(project.scheme());
        Expectation[] expectations = Expectation.values();
        List<Recovery> found = new ArrayList<>();
        for (int r : project.engine().respondents(filter, project.scheme())) {
            for (Touchpoint t : its) {
                float score = data.scores()[t.slot()][r];
                if (Float.isNaN(score)) {
                    continue;
                }
                byte[] codes = data.expectations()[t.slot()];
                int code = codes == null ? -1 : codes[r];
                if (classifier.recoveryNeeded(t.scale().fraction(score), code < 0 ? null : expectations[code])) {
                    found.add(new Recovery(r, t, score));
                }
            }
        }
        return found;
    }

    private ReportTable recoveryTable(List<Recovery> recovery) throws CxLensException {
        List<Recovery> listed = recovery.subList(0, Math.min(RECOVERY_LISTED, recovery.size()));
        List<StoredRespondent> stored = project.storedRespondents(listed.stream().mapToInt(Recovery::position).toArray());
        List<List<ReportCell>> rows = new ArrayList<>();
        for (int i = 0; i < listed.size(); i++) {
            Recovery case_ = listed.get(i);
            String id = stored.get(i).externalId();
            rows.add(List.of(cells.cell(id == null ? cells.text("comments.noId") : id),
                    cells.cell(case_.touchpoint().name()),
                    ReportCell.number(score(case_.score()), case_.score(), CellFormat.NUMBER),
                    cells.cell(case_.touchpoint().scale().label())));
        }
        return new ReportTable(List.of(cells.text("report.column.respondent"), cells.text("touchpoints.column.touchpoint"),
                cells.text("report.column.score"), cells.text("report.method.scale")), rows);
    }

    /** A quote long enough to read, short enough for three on a page; a cut is marked. */
    private static String shortened(String comment) {
        return comment.length() <= COMMENT_LENGTH ? comment : comment.substring(0, COMMENT_LENGTH).strip() + "…";
    }

    private static String score(float score) {
        return score == Math.rint(score) ? Long.toString((long) score) : Float.toString(score);
    }

    /**
     * Its top three comments: first those that name one of its touchpoints, as they speak about this
     * department's part of the journey, then the rest; the longest first within each, as a long
     * comment says most (of the first ones read per touchpoint). Without questions about a
     * touchpoint, the comments of those who rated it.
     */
    private List<String> comments(List<Touchpoint> its) throws CxLensException {
        List<CommentRow> naming = new ArrayList<>();
        List<CommentRow> others = new ArrayList<>();
        for (Touchpoint t : its) {
            CommentQuery about = CommentQuery.ALL.withTouchpoint(t);
            naming.addAll(project.comments(filter, about.withSearch(t.name())).page(0, COMMENTS_READ));
            others.addAll(project.comments(filter, about).page(0, COMMENTS_READ));
        }
        Comparator<CommentRow> longestFirst = Comparator.comparingInt((CommentRow c) -> -c.text().length());
        Set<String> seen = new LinkedHashSet<>();
        List<String> chosen = new ArrayList<>();
        Stream.concat(naming.stream().sorted(longestFirst), others.stream().sorted(longestFirst)).forEach(c -> {
            if (chosen.size() < COMMENTS && seen.add(c.text().strip())) {
                chosen.add(cells.text("report.scorecard.comment", shortened(c.text().strip()),
                        c.respondentClass() == null ? cells.text("comments.class.none")
                                : cells.className(c.respondentClass()),
                        c.about() == null ? c.question() : c.about().name()));
            }
        });
        return chosen;
    }
}
