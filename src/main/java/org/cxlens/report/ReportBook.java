package org.cxlens.report;

import java.util.List;
import java.util.Locale;

/**
 * Everything a deliverable shows, built once from the engine under one filter and in one
 * language, then rendered by each format (PDF, PPTX, XLSX): so no number can differ between them,
 * nor from the screen, which draws the same chart descriptions.
 *
 * @param locale     the report's language
 * @param cover      the title page
 * @param views      the views in the order of the app's pages, the overview first
 * @param method     the method page's sections
 * @param scorecards one per owning department, in the order of the departments chart
 */
public record ReportBook(Locale locale, ReportCover cover, List<ReportView> views, List<MethodSection> method,
                         List<Scorecard> scorecards) {

    public ReportBook {
        views = List.copyOf(views);
        method = List.copyOf(method);
        scorecards = List.copyOf(scorecards);
    }
}
