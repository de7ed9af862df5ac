package org.cxlens.ui.trend;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.ResourceBundle;
import org.cxlens.report.ChartMeasure;
import org.cxlens.report.TrendChange;
import org.cxlens.report.TrendChartDescription;
import org.cxlens.report.TrendPeriod;
import org.cxlens.report.SegmentTexts;

/** The words and numbers of a trend point in the bundle's language: shares as percentages, NPS as signed points. */
final class TrendTexts {

    private final ResourceBundle bundle;
    private final SegmentTexts texts;
    private final NumberFormat npsOneDecimal;
    private final NumberFormat npsWhole;

    TrendTexts(ResourceBundle bundle) {
        this.bundle = bundle;
        this.texts = new SegmentTexts(bundle);
        this.npsOneDecimal = NumberFormat.getNumberInstance(bundle.getLocale());
        npsOneDecimal.setMinimumFractionDigits(1);
        npsOneDecimal.setMaximumFractionDigits(1);
        this.npsWhole = NumberFormat.getIntegerInstance(bundle.getLocale());
    }

    /** "27 %", or NPS "+20". */
    String shortValue(ChartMeasure measure, double value) {
        return measure.isShare() ? texts.roundPercent(value) : signed(npsWhole.format(Math.round(value)), value);
    }

    /** "26.8 %", or NPS "+19.7". */
    String exactValue(ChartMeasure measure, double value) {
        return measure.isShare() ? texts.percent(value) : signed(npsOneDecimal.format(value), value);
    }

    String count(long n) {
        return texts.count(n);
    }

    String measureName(ChartMeasure measure) {
        return bundle.getString("measure." + measure.name());
    }

    /** Period and subject, the value with its base and interval, the change from the period before, low base and weighting. */
    String tooltip(TrendChartDescription chart, TrendPeriod p) {
        String subject = chart.subject() == null ? bundle.getString("trend.subject.respondents") : chart.subject();
        StringBuilder text = new StringBuilder(format("trend.tooltip.where", p.label(), subject, measureName(chart.measure())))
                .append('\n').append(format("trend.tooltip.value", exactValue(chart.measure(), p.value()), count(p.n())))
                .append('\n').append(format("chart.tooltip.interval", exactValue(chart.measure(), p.low()),
                        exactValue(chart.measure(), p.high())));
        if (p.lowBase()) {
            text.append('\n').append(bundle.getString("chart.tooltip.lowBase"));
        } else if (p.previous() != null) {
            text.append('\n').append(format("trend.tooltip.change." + p.changeVsPrevious().name(), p.previous()));
        }
        if (chart.weighted()) {
            text.append('\n').append(bundle.getString("trend.tooltip.weighted"));
        }
        return text.append('\n').append(bundle.getString("trend.tooltip.click")).toString();
    }

    String changeMark(TrendChange change) {
        return switch (change) {
            case UP -> "▲";
            case DOWN -> "▼";
            case NONE -> "";
        };
    }

    String format(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(args);
    }

    private static String signed(String number, double value) {
        return Math.round(value * 10) > 0 ? "+" + number : number.replace('-', '−');
    }
}
