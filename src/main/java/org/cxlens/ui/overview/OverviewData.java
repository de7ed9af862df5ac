package org.cxlens.ui.overview;

import org.cxlens.report.ClassBarChartDescription;
import org.cxlens.ui.ClassBar;

/**
 * What the overview page shows, computed off the FX thread by the app from the analysis engine.
 *
 * @param respondents      every respondent of the project
 * @param inFilter         the respondents the window's filter keeps
 * @param respondentSource how respondents were classified (overall item, recommend item, ...)
 * @param weighting        whether the figures are weighted and by which column, with both bases
 * @param nps              NPS on the -100..100 scale, or null without a 0–10 recommend item
 * @param touchpoints      a bar per touchpoint in journey order, with the targets of their moment types
 * @param departments      a bar per owning department
 */
public record OverviewData(String projectName, long respondents, long inFilter, int imports, ClassBar headline,
                           String respondentSource, String weighting, Double nps,
                           ClassBarChartDescription touchpoints, ClassBarChartDescription departments) {
}
