package org.cxlens.ui.journey;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.ResourceBundle;
import org.cxlens.domain.MomentType;
import org.cxlens.report.JourneyChartDescription;
import org.cxlens.report.JourneyPoint;
import org.cxlens.report.JourneyStep;
import org.cxlens.ui.ClassBarCells;
import org.cxlens.report.SegmentTexts;

/** The words of the journey chart in the bundle's language: tooltips with the exact figures, badges, bases. */
final class JourneyTexts {

    private final ResourceBundle bundle;
    private final SegmentTexts texts;
    private final ClassBarCells cells;
    private final NumberFormat compact;

    JourneyTexts(ResourceBundle bundle) {
        this.bundle = bundle;
        this.texts = new SegmentTexts(bundle);
        this.cells = new ClassBarCells(bundle, texts);
        this.compact = NumberFormat.getCompactNumberInstance(bundle.getLocale(), NumberFormat.Style.SHORT);
    }

    String roundPercent(double share) {
        return texts.roundPercent(share);
    }

    String percent(double share) {
        return texts.percent(share);
    }

    String count(long n) {
        return texts.count(n);
    }

    /** "12K" (Dutch "12K"): a base that does not fit its column in full; the tooltip has it exactly. */
    String compactCount(long n) {
        return n < 1000 ? texts.count(n) : compact.format(n);
    }

    String momentName(MomentType type) {
        return bundle.getString("moment." + type.name());
    }

    /** "Delivery · Logistics · Moment of truth" (the department left out when there is none). */
    String stepTitle(JourneyStep step) {
        if (step.department().isEmpty()) {
            return format("drill.join", step.label(), momentName(step.momentType()));
        }
        return format("journey.tooltip.step", step.label(), step.department(), momentName(step.momentType()));
    }

    String baseTooltip(JourneyStep step) {
        String text = format("journey.tooltip.base", count(step.base()));
        return step.lowBase() ? text + '\n' + bundle.getString("chart.tooltip.lowBase") : text;
    }

    String delightedTooltip(JourneyChartDescription chart, int i) {
        JourneyStep step = chart.steps().get(i);
        return pointTooltip(chart, step, "journey.delighted", step.delighted(), null);
    }

    String recoveryTooltip(JourneyChartDescription chart, int i) {
        JourneyStep step = chart.steps().get(i);
        return pointTooltip(chart, step, "journey.recovery", step.recovery(), bundle.getString("journey.tooltip.drillRecovery"));
    }

    String targetTooltip(JourneyStep step) {
        return stepTitle(step) + '\n' + bundle.getString("journey.target") + ": " + cells.targetSentence(step.target());
    }

    /** The step, then "Delighted: 26.8 % (n = 112 of 412)", the interval, the target, low base and weighting. */
    private String pointTooltip(JourneyChartDescription chart, JourneyStep step, String measureKey, JourneyPoint point,
                                String clickNote) {
        StringBuilder text = new StringBuilder(stepTitle(step)).append('\n').append(bundle.getString(measureKey))
                .append(": ").append(format("chart.tooltip.share", percent(point.share()), count(point.n()),
                        count(step.base())));
        if (!Double.isNaN(point.low())) {
            text.append('\n').append(format("chart.tooltip.interval", percent(point.low()), percent(point.high())));
        }
        if (step.target() != null) {
            text.append('\n').append(bundle.getString("journey.target")).append(": ")
                    .append(cells.targetSentence(step.target()));
        }
        if (step.lowBase()) {
            text.append('\n').append(bundle.getString("chart.tooltip.lowBase"));
        }
        if (chart.weighted()) {
            text.append('\n').append(bundle.getString("chart.tooltip.weighted"));
        }
        if (clickNote != null) {
            text.append('\n').append(clickNote);
        }
        return text.toString();
    }

    private String format(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(args);
    }
}
