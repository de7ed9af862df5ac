package org.cxlens.report;

import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import org.cxlens.analysis.Classifier;
import org.cxlens.analysis.CutPoints;
import org.cxlens.domain.ClassificationScheme;
import org.cxlens.domain.Scale;

/**
 * A scheme's cut points on one scale in words, by whole scores: "0–10: delighted 9–10,
 * satisfied 7–8, indifferent 0–6; recovery needed 0–3". A class no score reaches says "none".
 * The classification editor shows the line, a report's method page the ranges as a table.
 */
public final class CutPointTexts {

    private final ResourceBundle bundle;

    public CutPointTexts(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    public String line(ClassificationScheme scheme, Scale scale) {
        List<String> ranges = ranges(scheme, scale);
        return format("classification.cuts.line", scale.label(), ranges.get(0), ranges.get(1), ranges.get(2),
                ranges.get(3));
    }

    /** The whole scores that are delighted, satisfied, indifferent and that need recovery, in that order. */
    public List<String> ranges(ClassificationScheme scheme, Scale scale) {
        CutPoints cuts = new Classifier(scheme).cutPoints(scale);
        long min = (long) Math.ceil(scale.min());
        long max = (long) Math.floor(scale.max());
        long delighted = Math.max(cuts.firstDelightedScore(), min);
        long satisfied = Math.max(cuts.firstSatisfiedScore(), min);
        return List.of(range(delighted, max), range(satisfied, Math.min(delighted - 1, max)),
                range(min, Math.min(satisfied - 1, max)), range(min, Math.min(cuts.lastRecoveryScore(), max)));
    }

    /** "9–10", "10", or "none" when no whole score lies between. */
    private String range(long from, long to) {
        if (from > to) {
            return bundle.getString("classification.cuts.none");
        }
        return from == to ? Long.toString(from) : from + "–" + to;
    }

    private String format(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(args);
    }
}
