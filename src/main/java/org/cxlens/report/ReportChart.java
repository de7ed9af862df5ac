package org.cxlens.report;

/**
 * A chart a deliverable shows: one of the chart descriptions the screen draws, so that every
 * rendering (JavaFX, PDF/PNG, Office) draws the same numbers. A new chart kind is added here once.
 */
public sealed interface ReportChart permits ClassBarChartDescription, DepartmentChartDescription,
        JourneyChartDescription, DriverChartDescription, HeatmapDescription, TrendChartDescription {
}
