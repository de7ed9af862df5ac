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
 * satisfied 7–8, indifferent 0–6; recovery needed 0–3", and on a scale whose best answer is 1
 * "5–1: delighted 1, satisfied 2, indifferent 5–3; recovery needed 5–4". A class no score
 * reaches says "none".
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

    /**
     * The whole scores that are delighted, satisfied, indifferent and that need recovery, in that order,
     * each written from its worst score to its best as the scale is: "9–10" on 0–10, "5–3" on 5–1.
     */
    public List<String> ranges(ClassificationScheme scheme, Scale scale) {
        CutPoints cuts = new Classifier(scheme).cutPoints(scale);
        // Steps from the worst end make both directions one computation.
        int step = scale.reversed() ? -1 : 1;
        long worst = scale.reversed() ? (long) Math.floor(scale.worst()) : (long) Math.ceil(scale.worst());
        long best = scale.reversed() ? (long) Math.ceil(scale.best()) : (long) Math.floor(scale.best());
        long span = (best - worst) * step;
        long delighted = Math.max((cuts.firstDelightedScore() - worst) * step, 0);
        long satisfied = Math.max((cuts.firstSatisfiedScore() - worst) * step, 0);
        long recovery = Math.min((cuts.lastRecoveryScore() - worst) * step, span);
        return List.of(range(worst, step, delighted, span), range(worst, step, satisfied, Math.min(delighted - 1, span)),
                range(worst, step, 0, Math.min(satisfied - 1, span)), range(worst, step, 0, recovery));
    }

    /** "9–10", "10", "5–3", or "none" when no whole score lies between steps {@code from} and {@code to}. */
    private String range(long worst, int step, long from, long to) {
        if (from > to) {
            return bundle.getString("classification.cuts.none");
        }
        long first = worst + from * step;
        long last = worst + to * step;
        return first == last ? Long.toString(first) : first + "–" + last;
    }

    private String format(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(args);
    }
}
