package org.cxlens.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cxlens.analysis.AnalysisEngine;
import org.cxlens.analysis.AnalysisSettings;
import org.cxlens.analysis.Dashboard;
import org.cxlens.analysis.DriverOutcome;
import org.cxlens.analysis.Filter;
import org.cxlens.analysis.Grouping;
import org.cxlens.analysis.PerformanceMeasure;
import org.cxlens.analysis.PriorityTargets;
import org.cxlens.analysis.SurveyDataBuilder;
import org.cxlens.domain.ClassificationScheme;
import org.cxlens.domain.ExperienceClass;
import org.cxlens.domain.MomentType;
import org.cxlens.domain.Scale;

/**
 * A report book made the way the engine makes one, from the chart descriptions of a small
 * survey: 240 respondents in four waves, four touchpoints of three departments on 0–10, their
 * scores cycling through fixed patterns so that every chart kind has something to draw.
 */
final class OfficeBooks {

    static final List<String> WAVES = List.of("2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4");

    private OfficeBooks() {
    }

    static AnalysisEngine engine() {
        SurveyDataBuilder b = new SurveyDataBuilder()
                .touchpoint("Website", "Marketing", MomentType.EXCEL, Scale.of(0, 10))
                .touchpoint("Ordering", "Sales", MomentType.STANDARD, Scale.of(0, 10))
                .touchpoint("Delivery", "Logistics", MomentType.MOMENT_OF_TRUTH, Scale.of(0, 10))
                .touchpoint("Returns", "Logistics", MomentType.STANDARD, Scale.of(0, 10));
        for (int i = 0; i < 240; i++) {
            int w = i / 60;
            double website = (i * 7 + w) % 11;
            double ordering = Math.min(10, 4 + (i * 3) % 7);
            double delivery = (i % 5 == 0) ? 2 : Math.min(10, 5 + (i + w) % 6);
            double overall = Math.round((website + ordering + 2 * delivery) / 4);
            SurveyDataBuilder.Row row = b.row().wave(WAVES.get(w)).overall(overall).scores(website, ordering, delivery);
            if (i % 3 == 0) {
                row.score(3, (i * 5) % 11);
            }
        }
        return AnalysisEngine.prepare(b.build(), AnalysisSettings.DEFAULT);
    }

    static ReportBook book(Locale locale) {
        AnalysisEngine engine = engine();
        ClassificationScheme scheme = ClassificationScheme.DEFAULT;
        Dashboard dashboard = engine.dashboard(Filter.NONE, scheme);
        ClassBarChartDescription touchpoints = ChartDescriptions.touchpoints(dashboard, PriorityTargets.DEFAULT, "Touchpoints");
        List<ReportView> views = new ArrayList<>();
        views.add(new ReportView("overview", "Overview", ChartDescriptions.respondents(dashboard, "Overall", "All"),
                table(touchpoints, 0, 1), List.of("=HYPERLINK(\"http://x\") is not run")));
        views.add(new ReportView("touchpoints", "Touchpoints", touchpoints,
                table(touchpoints, 0, touchpoints.categories().size()), List.of("n = classified experiences.")));
        views.add(new ReportView("departments", "Departments",
                ChartDescriptions.departmentsWithTouchpoints(dashboard, PriorityTargets.DEFAULT, "Departments", "Touchpoints"),
                ReportTable.empty(), List.of()));
        views.add(new ReportView("journey", "Journey", ChartDescriptions.journey(dashboard, PriorityTargets.DEFAULT, "Journey"),
                ReportTable.empty(), List.of()));
        views.add(new ReportView("drivers", "Key drivers", DriverChartDescription.of(
                engine.drivers(Filter.NONE, scheme, DriverOutcome.DELIGHT, PerformanceMeasure.SATISFIED_OR_DELIGHTED),
                dashboard), ReportTable.empty(), List.of("R² and base as the model says.")));
        views.add(new ReportView("priorities", "Priorities", null, new ReportTable(List.of("Touchpoint", "Gap"),
                List.of(List.of(ReportCell.text("-Returns"), ReportCell.number("-12.5 %", -0.125, CellFormat.SHARE)),
                        List.of(ReportCell.text("@Website"), ReportCell.number("3", 3, CellFormat.NUMBER)))), List.of()));
        views.add(new ReportView("heatmap", "Heatmap", HeatmapDescription.of(engine.heatmap(Grouping.wave(), Filter.NONE,
                scheme), ChartMeasure.DELIGHTED, "Heatmap", false), ReportTable.empty(), List.of()));
        views.add(new ReportView("trend", "Trend", TrendChartDescription.of(engine.measures(Grouping.wave(), Filter.NONE,
                scheme), ChartMeasure.DELIGHTED, engine.settings(), "Trend", null, false), ReportTable.empty(), List.of()));
        ReportCover cover = new ReportCover("Webshop 2025", "Acme", "3 Jan 2025 – 28 Dec 2025", "240 of 240 respondents",
                "no filter", "30 Nov 2026", List.of("Unweighted.", "Low base: fewer than 30."));
        MethodSection method = new MethodSection("Method", List.of("Delighted 9–10, satisfied 7–8 on 0–10."),
                new ReportTable(List.of("Scale", "Satisfied from", "Delighted from"),
                        List.of(List.of(ReportCell.text("0–10"), ReportCell.number("7", 7, CellFormat.NUMBER),
                                ReportCell.number("9", 9, CellFormat.NUMBER)))));
        return new ReportBook(locale, cover, views, List.of(method), List.of());
    }

    /** Label, base and share delighted of bars from..to-1. */
    private static ReportTable table(ClassBarChartDescription chart, int from, int to) {
        List<List<ReportCell>> rows = new ArrayList<>();
        for (int i = from; i < to; i++) {
            BarCategory c = chart.categories().get(i);
            double delighted = chart.segment(i, ExperienceClass.DELIGHTED).share();
            rows.add(List.of(ReportCell.text(c.label()), ReportCell.number(Integer.toString(c.base()), c.base(), CellFormat.COUNT),
                    ReportCell.number(String.format(Locale.ENGLISH, "%.1f %%", delighted * 100), delighted, CellFormat.SHARE)));
        }
        return new ReportTable(List.of("Touchpoint", "n", "Delighted"), rows);
    }
}
