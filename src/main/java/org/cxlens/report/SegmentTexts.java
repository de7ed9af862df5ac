package org.cxlens.report;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.ResourceBundle;
import org.cxlens.domain.ExperienceClass;

/** The words of a class bar segment, in the bundle's language: its label and its tooltip with the exact figures. */
public final class SegmentTexts {

    private final ResourceBundle bundle;
    private final NumberFormat whole;
    private final NumberFormat oneDecimal;

    public SegmentTexts(ResourceBundle bundle) {
        this.bundle = bundle;
        this.whole = NumberFormat.getIntegerInstance(bundle.getLocale());
        this.oneDecimal = NumberFormat.getNumberInstance(bundle.getLocale());
        oneDecimal.setMinimumFractionDigits(1);
        oneDecimal.setMaximumFractionDigits(1);
    }

    /** "26.8 %" (Dutch "26,8 %"). */
    public String percent(double share) {
        return oneDecimal.format(share * 100) + " %";
    }

    /** "27 %": short enough to sit on a segment. */
    public String roundPercent(double share) {
        return whole.format(Math.round(share * 100)) + " %";
    }

    public String count(long n) {
        return whole.format(n);
    }

    public String className(ExperienceClass c) {
        return bundle.getString("class." + c.name().toLowerCase(java.util.Locale.ROOT));
    }

    /** "Delivery · Delighted", then share with n, the 95 % interval, and the low base or weighting when they apply. */
    public String tooltip(ClassBarChartDescription chart, int category, ExperienceClass c) {
        BarCategory bar = chart.categories().get(category);
        BarSegment segment = chart.segment(category, c);
        StringBuilder text = new StringBuilder(bar.label()).append(" · ").append(className(c)).append('\n')
                .append(format("chart.tooltip.share", percent(segment.share()), count(segment.n()), count(bar.base())));
        if (!Double.isNaN(segment.low())) {
            text.append('\n').append(format("chart.tooltip.interval", percent(segment.low()), percent(segment.high())));
        }
        if (bar.lowBase()) {
            text.append('\n').append(bundle.getString("chart.tooltip.lowBase"));
        }
        if (chart.weighted()) {
            text.append('\n').append(bundle.getString("chart.tooltip.weighted"));
        }
        return text.toString();
    }

    private String format(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(args);
    }
}
