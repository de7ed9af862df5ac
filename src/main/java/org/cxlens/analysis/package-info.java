/**
 * Classification, aggregates, statistics, drivers and priorities over {@link org.cxlens.domain.SurveyData}.
 *
 * <p>Entry points: {@link org.cxlens.analysis.Classifier} (one score, cut points per scale),
 * {@link org.cxlens.analysis.AnalysisEngine} (prepared once per data set; dashboards, groupings,
 * heatmaps, drill-down rows, class moves and key drivers under a {@link org.cxlens.analysis.Filter}
 * and a scheme) and {@link org.cxlens.analysis.PriorityPlanner} (action list). Results are
 * records a UI or CLI renders as they are.
 */
package org.cxlens.analysis;
