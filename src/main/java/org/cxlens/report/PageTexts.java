package org.cxlens.report;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.cxlens.analysis.ClassificationSource;
import org.cxlens.analysis.Quadrant;
import org.cxlens.domain.Message;

/** Words and numbers of the drivers and priorities pages in the bundle's language (Dutch: 0,477 and 26,8 %). */
public final class PageTexts {

    private static final String NONE = "–";

    private final ResourceBundle bundle;
    private final SegmentTexts segments;
    private final NumberFormat threeDecimals;
    private final NumberFormat oneDecimal;

    /** The messages bundle of a language, without falling back to the JVM's default language. */
    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(Message.BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public PageTexts(ResourceBundle bundle) {
        this.bundle = bundle;
        this.segments = new SegmentTexts(bundle);
        this.threeDecimals = decimals(bundle, 3);
        this.oneDecimal = decimals(bundle, 1);
    }

    private static NumberFormat decimals(ResourceBundle bundle, int digits) {
        NumberFormat format = NumberFormat.getNumberInstance(bundle.getLocale());
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        return format;
    }

    /** A bundle text with its arguments; also for texts without any, so that '' reads as one quote. */
    public String text(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(args);
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    public String render(Message message) {
        return message.render(bundle.getLocale());
    }

    /** "26.8 %", or "–" when unknown. */
    public String percent(double share) {
        return Double.isNaN(share) ? NONE : segments.percent(share);
    }

    /** "27 %": short enough for a tick. */
    public String roundPercent(double share) {
        return segments.roundPercent(share);
    }

    /** "0.477", or "–" when unknown. */
    public String decimal(double value) {
        return Double.isNaN(value) ? NONE : threeDecimals.format(value);
    }

    /** "37.5": a gap in percentage points. */
    public String points(double share) {
        return oneDecimal.format(share * 100);
    }

    public String count(long n) {
        return segments.count(n);
    }

    /** "1", or "–" when not ranked. */
    public String rank(int rank) {
        return rank > 0 ? count(rank) : NONE;
    }

    /** A quadrant's name, or "Not judged" when there is none because the verdicts are withheld. */
    public String quadrant(Quadrant quadrant, boolean judged) {
        if (quadrant != null) {
            return render(DriverChartDescription.quadrantName(quadrant));
        }
        return judged ? NONE : text("drivers.quadrant.notJudged");
    }

    /** Every figure of a point of the matrix, one per line: performance with n and interval, importance, correlation, rank, quadrant. */
    public String tooltip(DriverChartDescription chart, DriverPoint p) {
        StringBuilder tip = new StringBuilder(p.label()).append('\n')
                .append(text("drivers.tooltip.performance." + chart.performanceMeasure().name(), percent(p.performance()),
                        count(p.n())));
        if (!Double.isNaN(p.performanceLow())) {
            tip.append('\n').append(text("chart.tooltip.interval", percent(p.performanceLow()), percent(p.performanceHigh())));
        }
        long ranked = chart.points().stream().filter(q -> q.rank() > 0).count();
        tip.append('\n').append(text("drivers.tooltip.importance", percent(p.importance()), decimal(p.relativeWeight())))
                .append('\n').append(text("drivers.tooltip.correlation", render(chart.outcome().phrase()),
                        decimal(p.correlation()), count(p.correlationBase())))
                .append('\n').append(text("drivers.tooltip.rank", rank(p.rank()), count(ranked)))
                .append('\n').append(text("drivers.tooltip.quadrant", quadrant(p.quadrant(), chart.judged())));
        if (p.lowBase()) {
            tip.append('\n').append(text("chart.tooltip.lowBase"));
        }
        if (chart.weighted()) {
            tip.append('\n').append(text("chart.tooltip.weighted"));
        }
        return tip.toString();
    }

    /** "overall satisfaction (1,480), recommend (20)": the sources actually used, largest first. */
    public String sources(Map<ClassificationSource, Integer> counts) {
        List<String> parts = new ArrayList<>();
        counts.entrySet().stream()
                .filter(e -> e.getKey() != ClassificationSource.NONE && e.getValue() > 0)
                .sorted(Map.Entry.<ClassificationSource, Integer>comparingByValue().reversed())
                .forEach(e -> parts.add(text("overview.source", text("source." + e.getKey().name()), e.getValue())));
        return parts.isEmpty() ? text("source.NONE") : String.join(", ", parts);
    }
}
