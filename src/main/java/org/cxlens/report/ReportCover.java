package org.cxlens.report;

import java.util.List;

/**
 * What a deliverable's title page or slide says, every line already in the report's language.
 *
 * @param project     the project's name
 * @param client      the client's name, or empty when the project has none
 * @param dateRange   the answers' first and last date ("3 Jan 2025 – 28 Jun 2025"), or empty
 * @param base        respondents in the filter of the total ("412 of 1,500 respondents")
 * @param filter      the filter in words ("wave = 2025-Q3, department = Logistics"), or "no filter"
 * @param created     when the deliverable was made, formatted
 * @param assumptions what every figure rests on and the reader must know: weighting and by which
 *                    column, the low-base rule, the classification scheme in one line
 */
public record ReportCover(String project, String client, String dateRange, String base, String filter,
                          String created, List<String> assumptions) {

    public ReportCover {
        assumptions = List.copyOf(assumptions);
    }

    /** The same cover for a client, named as the consultant typed it (blank for none). */
    public ReportCover forClient(String name) {
        return new ReportCover(project, name == null ? "" : name.strip(), dateRange, base, filter, created, assumptions);
    }
}
