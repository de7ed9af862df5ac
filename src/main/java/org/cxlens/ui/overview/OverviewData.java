package org.cxlens.ui.overview;

import org.cxlens.report.ClassBarChartDescription;
import org.cxlens.analysis.Nps;
import org.cxlens.analysis.Share;
import org.cxlens.domain.ClassificationScheme;
import org.cxlens.report.TrendChartDescription;

/**
 * What the overview page shows, computed off the FX thread by the app from the analysis engine.
 *
 * @param respondents      every respondent of the project
 * @param inFilter         the respondents the window's filter keeps
 * @param headline         one bar: the class shares of the respondents in the filter, with intervals and n
 * @param respondentSource how respondents were classified (overall item, recommend item, ...)
 * @param weighting        whether the figures are weighted and by which column, with both bases
 * @param nps              NPS of the respondents in the filter, or null without a 0–10 recommend item
 * @param recovery         share of classified respondents needing recovery, with its interval
 * @param recoveryCount    those respondents, counted
 * @param byWave           the share delighted per wave with change marks, or null with fewer than two waves
 * @param scheme           the thresholds the classes were made with, for the words explaining each class
 * @param touchpoints      a bar per touchpoint in journey order, with the targets of their moment types
 * @param departments      a bar per owning department
 */
public record OverviewData(String projectName, long respondents, long inFilter, int imports,
                           ClassBarChartDescription headline, String respondentSource, String weighting, Nps nps,
                           Share recovery, int recoveryCount, TrendChartDescription byWave, ClassificationScheme scheme,
                           ClassBarChartDescription touchpoints, ClassBarChartDescription departments) {
}
