package org.cxlens.importer.mapping;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cxlens.domain.Scale;

/**
 * Suggests the rating scale of a column from its sample values: numbers, answer labels from the
 * label table, or labels with a leading number ("0 - Not at all likely").
 */
public final class ScaleDetector {

    /** Numeric codes that stand for "no answer" when the other values are small ratings. */
    private static final Set<Double> NO_ANSWER_NUMBERS = Set.of(99.0, 98.0, 999.0, 9999.0);
    /** At most this share of the values may be text the table does not know. */
    private static final double TOLERATED_UNKNOWN = 0.05;
    /** At most this share of the numbers may lie above 10 and still be read as typing errors on a rating scale. */
    private static final double TOLERATED_OUTLIERS = 0.1;

    private final LabelTable labels;
    private final Set<String> missingCodes;
    private final DecimalParser numbers;

    public ScaleDetector(LabelTable labels, Collection<String> missingCodes, char decimalSeparator) {
        this.labels = labels;
        this.missingCodes = LabelTable.normalizedSet(missingCodes);
        this.numbers = new DecimalParser(decimalSeparator);
    }

    /**
     * The scale the values suggest, or null when they do not look like ratings.
     *
     * @param hint a scale named in the question text or implied by the role (0–10 for a recommend
     *             item), used when the values fit it; may be null
     */
    public ScaleSuggestion detect(List<String> values, Scale hint) {
        List<Double> found = new ArrayList<>();
        List<String> foundText = new ArrayList<>();
        Map<Scale, Integer> labelHits = new HashMap<>();
        int unknown = 0;
        int answered = 0;
        for (String raw : values) {
            String v = raw.trim();
            if (v.isEmpty() || missingCodes.contains(LabelTable.normalize(v))) {
                continue;
            }
            answered++;
            double x = numbers.parse(v);
            if (Double.isNaN(x)) {
                List<Scale> scales = labels.scalesWithLabel(v);
                if (!scales.isEmpty()) {
                    scales.forEach(s -> labelHits.merge(s, 1, Integer::sum));
                    continue;
                }
                x = LabelTable.leadingNumber(v);
            }
            if (Double.isNaN(x)) {
                unknown++;
            } else {
                found.add(x);
                foundText.add(v);
            }
        }
        if (answered == 0 || unknown > TOLERATED_UNKNOWN * answered) {
            return null;
        }
        if (!labelHits.isEmpty()) {
            Scale best = null;
            for (Map.Entry<Scale, Integer> e : labelHits.entrySet()) {
                if (best == null || e.getValue() > labelHits.get(best)) {
                    best = e.getKey();
                }
            }
            return new ScaleSuggestion(best, List.of(), true);
        }
        return fromNumbers(found, foundText, hint);
    }

    private static ScaleSuggestion fromNumbers(List<Double> found, List<String> text, Scale hint) {
        List<String> codes = new ArrayList<>();
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        double maxBelowCodes = Double.NEGATIVE_INFINITY;
        int outliers = 0;
        for (double x : found) {
            if (x > 10 && !NO_ANSWER_NUMBERS.contains(x)) {
                outliers++;
            }
        }
        // A few typing errors (a 12 among 0–10 answers) must not hide the scale; the import reports them.
        boolean ignoreOutliers = outliers > 0 && outliers <= TOLERATED_OUTLIERS * found.size();
        for (double x : found) {
            if (ignoreOutliers && x > 10 && !NO_ANSWER_NUMBERS.contains(x)) {
                continue;
            }
            min = Math.min(min, x);
            max = Math.max(max, x);
            if (!NO_ANSWER_NUMBERS.contains(x)) {
                maxBelowCodes = Math.max(maxBelowCodes, x);
            }
        }
        if (maxBelowCodes <= 10 && maxBelowCodes < max) {
            for (int i = 0; i < found.size(); i++) {
                if (NO_ANSWER_NUMBERS.contains(found.get(i)) && !codes.contains(text.get(i))) {
                    codes.add(text.get(i));
                }
            }
            max = maxBelowCodes;
        }
        if (min < 0 || max > 10 || max == Double.NEGATIVE_INFINITY) {
            return hint != null && min >= hint.min() && max <= hint.max() ? new ScaleSuggestion(hint, codes, false) : null;
        }
        if (hint != null && min >= hint.min() && max <= hint.max()) {
            return new ScaleSuggestion(hint, codes, false);
        }
        if (min == 0 && max <= 7) {
            // FORMATS.md: on short scales a 0 usually means "not applicable", not a rating.
            codes.add(0, zeroAsWritten(found, text));
            return new ScaleSuggestion(Scale.of(1, shortScaleMax(max)), codes, false);
        }
        if (min == 0 || shortScaleMax(max) == 10) {
            // Long scales are asked 0–10 far more often than 1–10; a grade item says so in its header (hint).
            return new ScaleSuggestion(Scale.of(0, 10), codes, false);
        }
        return new ScaleSuggestion(Scale.of(1, shortScaleMax(max)), codes, false);
    }

    /** The common scale lengths; a 1–4 sample is read as 1–5 because four-point items are rare in CX surveys. */
    private static double shortScaleMax(double max) {
        if (max <= 3) {
            return 3;
        }
        if (max <= 5) {
            return 5;
        }
        if (max <= 7) {
            return 7;
        }
        return 10;
    }

    private static String zeroAsWritten(List<Double> found, List<String> text) {
        for (int i = 0; i < found.size(); i++) {
            if (found.get(i) == 0) {
                return text.get(i);
            }
        }
        return "0";
    }
}
