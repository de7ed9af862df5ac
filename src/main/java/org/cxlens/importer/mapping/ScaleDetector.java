package org.cxlens.importer.mapping;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.cxlens.domain.Message;
import org.cxlens.domain.Scale;

/**
 * Suggests the rating scale of a column from the distribution of its answers over the whole
 * file: numbers, answer labels from the label table, or labels with a leading number
 * ("0 - Not at all likely"). Codes outside the scale the other answers use (0 below a 1–5 item,
 * a 6 above it, 9, 99, -1) are read as "not applicable" and named in the evidence.
 */
public final class ScaleDetector {

    /** Numbers that stand for "no answer" whenever the other answers are small ratings. */
    private static final Set<Double> NO_ANSWER_NUMBERS = Set.of(97.0, 98.0, 99.0, 999.0, 9999.0);
    /** At most this share of the answers may be text the table does not know. */
    private static final double TOLERATED_UNKNOWN = 0.05;
    /** At most this share may lie above 10 and still be read as typing errors on a rating scale. */
    private static final double TOLERATED_OUTLIERS = 0.1;
    /** A code used by more answers than this is worth a second look. */
    private static final double FREQUENT_CODE = 0.05;
    /** Below this many answers, a scale end nobody chose says little. */
    private static final long SMALL_BASE = 100;
    /** Answers above a short scale's top that are this rare are typing errors. */
    private static final double RARE_TAIL = 0.005;
    private static final double[] SHORT_TOPS = {5, 7};
    /** Fewer answers than this show gaps and spikes by chance. */
    private static final long MIN_FOR_CODES = 30;

    private final LabelTable labels;
    private final Set<String> missingCodes;
    private final List<String> missingCodeList;
    private final DecimalParser numbers;

    public ScaleDetector(LabelTable labels, Collection<String> missingCodes, char decimalSeparator) {
        this.labels = labels;
        this.missingCodeList = List.copyOf(missingCodes);
        this.missingCodes = LabelTable.normalizedSet(missingCodes);
        this.numbers = new DecimalParser(decimalSeparator);
    }

    /**
     * The scale the answers suggest, or null when they do not look like ratings.
     *
     * @param hint a scale named in the question text or implied by the role, used when the values
     *             fit it; may be null
     */
    public ScaleSuggestion detect(List<ColumnValues.Count> values, Scale hint) {
        return detect(values, hint, List.of());
    }

    /**
     * The scale the answers suggest, turned round (5–1) when the words in the headers or beside the
     * numbered answers say the low number is the best answer; null when they do not look like ratings.
     *
     * @param hint    a scale named in the question text or implied by the role, used when the values
     *                fit it; may be null
     * @param headers the column's header texts, read for anchors such as "1 = very satisfied"
     */
    public ScaleSuggestion detect(List<ColumnValues.Count> values, Scale hint, List<String> headers) {
        TreeMap<Double, Long> found = new TreeMap<>();
        Map<Double, String> spelling = new HashMap<>();
        Map<Scale, Long> labelHits = new HashMap<>();
        long unknown = 0;
        long answered = 0;
        for (ColumnValues.Count c : values) {
            String v = c.value().strip();
            if (v.isEmpty() || missingCodes.contains(LabelTable.normalize(v))) {
                continue;
            }
            answered += c.count();
            double x = numbers.parse(v);
            if (Double.isNaN(x)) {
                List<Scale> scales = labels.scalesWithLabel(v);
                if (!scales.isEmpty()) {
                    scales.forEach(s -> labelHits.merge(s, c.count(), Long::sum));
                    continue;
                }
                x = LabelTable.leadingNumber(v);
            }
            if (Double.isNaN(x)) {
                unknown += c.count();
            } else {
                found.merge(x, c.count(), Long::sum);
                spelling.putIfAbsent(x, v);
            }
        }
        if (answered == 0) {
            return null;
        }
        if (unknown + labelHits.values().stream().mapToLong(Long::longValue).sum() > answered / 2) {
            ScaleSuggestion family = fromFamily(values);
            if (family != null || unknown > TOLERATED_UNKNOWN * answered) {
                return family;
            }
        }
        if (unknown > TOLERATED_UNKNOWN * answered) {
            return null;
        }
        if (!labelHits.isEmpty()) {
            Scale best = null;
            for (Map.Entry<Scale, Long> e : labelHits.entrySet()) {
                if (best == null || e.getValue() > labelHits.get(best)) {
                    best = e.getKey();
                }
            }
            return new ScaleSuggestion(best, List.of(), true,
                    List.of(Message.of("mapping.evidence.labels", best.label(), answered)), List.of(), best.low(),
                    best.high(), List.of());
        }
        return new NumericReading(found, spelling, answered).scale(hint, headers);
    }

    /**
     * Text answers read through the built-in label families: the labels become the column's own
     * list, so "Poor" is 1 or 2 as its family says. A yes/no or satisfied/dissatisfied outcome is
     * no rating scale.
     */
    private ScaleSuggestion fromFamily(List<ColumnValues.Count> values) {
        Map<String, Long> counts = new HashMap<>();
        for (ColumnValues.Count c : values) {
            counts.merge(c.value(), c.count(), Long::sum);
        }
        LabelMatch m = LabelFamilies.match(counts, missingCodeList);
        if (m == null || m.family().kind() == LabelFamily.Kind.OUTCOME) {
            return null;
        }
        ScaleSuggestion s = ofFamily(m);
        return m.unknownLabels().isEmpty() ? s
                : s.withWarning(Message.of("mapping.warning.unknownLabels", String.join(", ", m.unknownLabels().keySet())));
    }

    /** The family's scale with its evidence and doubts; answers it does not know are for the caller to report. */
    static ScaleSuggestion ofFamily(LabelMatch m) {
        LabelFamily f = m.family();
        List<Message> evidence = new ArrayList<>();
        evidence.add(Message.of("mapping.evidence.family", String.join(" / ", f.labels()), m.covered(), f.scale().label()));
        List<Message> warnings = new ArrayList<>();
        if (m.topUnused() && m.answers() >= MIN_FOR_CODES) {
            warnings.add(Message.of("mapping.warning.topUnused", f.scale().label(), f.labels().get(f.size() - 1)));
        }
        if (!m.rivals().isEmpty()) {
            warnings.add(Message.of("mapping.warning.rivalFamily", String.join(" / ", m.rivals().get(0).labels())));
        }
        m.byPhrase().forEach((label, reading) -> warnings.add(phraseWarning(f, label, reading)));
        return new ScaleSuggestion(f.scale(), List.of(), true, evidence, warnings, f.scale().low(), f.scale().high(),
                m.columnLabels());
    }

    /** "Label 'Accueil laisse à désirer' read as the lowest step (1) by its phrase 'laisse à désirer'". */
    static Message phraseWarning(LabelFamily f, String label, LabelFamilies.PhraseReading reading) {
        String key = reading.phrase().lowest() ? "mapping.warning.labelByPhraseLow" : "mapping.warning.labelByPhraseHigh";
        return Message.of(key, label.strip(), f.value(reading.position()), reading.phrase().words());
    }

    /** One column's numeric answers, read as a scale plus codes. */
    private static final class NumericReading {
        private final TreeMap<Double, Long> found;
        private final Map<Double, String> spelling;
        private final long answered;
        private final List<String> codes = new ArrayList<>();
        private final List<Message> evidence = new ArrayList<>();
        private final List<Message> warnings = new ArrayList<>();

        NumericReading(TreeMap<Double, Long> found, Map<Double, String> spelling, long answered) {
            this.found = found;
            this.spelling = spelling;
            this.answered = answered;
        }

        ScaleSuggestion scale(Scale hint, List<String> headers) {
            TreeMap<Double, Long> body = new TreeMap<>(found);
            long outliers = 0;
            for (Map.Entry<Double, Long> e : found.entrySet()) {
                if (e.getKey() > 10 && !NO_ANSWER_NUMBERS.contains(e.getKey())) {
                    outliers += e.getValue();
                }
            }
            if (outliers > TOLERATED_OUTLIERS * answered) {
                return null;
            }
            // A few typing errors (a 33 among 1–10 answers) must not hide the scale; the import reports them.
            body.keySet().removeIf(x -> x > 10 && !NO_ANSWER_NUMBERS.contains(x));
            if (body.isEmpty()) {
                return null;
            }
            if (body.lastKey() > 10 || body.firstKey() < 0) {
                takeSentinels(body);
            }
            if (body.isEmpty() || body.firstKey() < 0 || body.lastKey() > 10) {
                return null;
            }
            outliers += trimRareTail(body);
            if (outliers > 0) {
                evidence.add(Message.of("mapping.evidence.outliers", outliers));
            }
            Scale scale = hint != null ? fitHint(body, hint) : null;
            if (scale == null) {
                if (body.size() < 2) {
                    return null;
                }
                scale = infer(body);
            }
            if (scale == null) {
                return null;
            }
            ScaleAnchors.Reading oriented = ScaleAnchors.read(headers, spelling.values()).orient(scale);
            scale = oriented.scale();
            evidence.addAll(oriented.evidence());
            warnings.addAll(oriented.warnings());
            describe(scale, body);
            return new ScaleSuggestion(scale, codes, false, evidence, warnings, body.firstKey(), body.lastKey(),
                    List.of());
        }

        /**
         * A few answers above the top of a short scale (a 7 among five thousand 1–5 answers) are typing
         * errors, not a longer scale: the import reports each one as out of range.
         */
        private long trimRareTail(TreeMap<Double, Long> body) {
            if (answered < MIN_FOR_CODES) {
                return 0;
            }
            for (double top : SHORT_TOPS) {
                long above = body.tailMap(top, false).values().stream().mapToLong(Long::longValue).sum();
                if (above > 0 && above <= RARE_TAIL * answered && body.headMap(top, true).size() >= 3) {
                    body.tailMap(top, false).clear();
                    return above;
                }
            }
            return 0;
        }

        /** -1, -9, -99 below the answers and 97–99, 999 above them are codes, never ratings. */
        private void takeSentinels(TreeMap<Double, Long> body) {
            for (Double x : new ArrayList<>(body.keySet())) {
                boolean sentinel = x < 0 && x == Math.rint(x) || NO_ANSWER_NUMBERS.contains(x);
                if (sentinel) {
                    code(x, body);
                }
            }
        }

        /** The hint, with 0 below a 1-based scale and values just above its top read as codes. */
        private Scale fitHint(TreeMap<Double, Long> body, Scale hint) {
            for (Double x : new ArrayList<>(body.keySet())) {
                if (!hint.contains(x) && (x == 0 || x == hint.high() + 1 || x == 9)) {
                    code(x, body);
                }
            }
            return body.firstKey() >= hint.low() && body.lastKey() <= hint.high() ? hint : null;
        }

        private Scale infer(TreeMap<Double, Long> body) {
            if (body.firstKey() == 0 && body.lastKey() <= 7 && body.lastKey() >= 3) {
                // FORMATS.md: on short scales a 0 usually means "not applicable" (or blank), not a rating.
                code(0.0, body);
            }
            double top = body.lastKey();
            Double below = body.lowerKey(top);
            // A lone value two or more steps above the rest ("9 = don't know" on a 1–5 item) is a code.
            boolean gapCode = top == 9 && top - (below == null ? top : below) >= 2
                    || (top == 7 || top == 8) && top - (below == null ? top : below) >= 3;
            // A handful of answers shows gaps by chance; codes are read only from enough of them.
            boolean enough = answered >= MIN_FOR_CODES && body.headMap(top).size() >= 3;
            if (below != null && gapCode && below >= 3 && enough) {
                code(top, body);
            } else if (top == 6 && body.firstKey() >= 1 && below != null && below == 5 && enough) {
                // Six-point items are rare in CX surveys; "6 = not applicable / never used" on a 1–5 item is common.
                // One warning says both that 6 is frequent and how to undo reading it as a code.
                warnings.add(Message.of("mapping.warning.sixAsCode", share(found.get(6.0))));
                code(top, body, false);
            }
            double lo = body.firstKey();
            double hi = body.lastKey();
            if (hi < 2) {
                return null;
            }
            if (lo == 0) {
                return Scale.of(0, 10);
            }
            if (hi <= 3) {
                return Scale.of(1, 3);
            }
            if (hi == 4 && answered >= SMALL_BASE) {
                evidence.add(Message.of("mapping.evidence.fourPoint", answered));
                return Scale.of(1, 4);
            }
            if (hi <= 5) {
                // Few answers stopping at 4 say little: four-point items are rare in CX surveys.
                return Scale.of(1, 5);
            }
            if (hi <= 7) {
                return Scale.of(1, 7);
            }
            if (lo > 1 && answered < SMALL_BASE) {
                // Too few answers to tell: long scales are asked 0–10 more often than 1–10.
                warnings.add(Message.of("mapping.warning.noZeroSmallBase", answered));
                return Scale.of(0, 10);
            }
            if (answered < SMALL_BASE) {
                // Someone chose 1 and nobody 0: the scale most likely starts at 1, but few answers show it.
                warnings.add(Message.of("mapping.warning.oneNoZeroSmallBase", answered));
                return Scale.of(1, 10);
            }
            if (lo > 1) {
                // Nobody used the low end, so it cannot show whether it starts at 0 or 1.
                warnings.add(Message.of("mapping.warning.lowEndUnused", number(lo)));
                return Scale.of(0, 10);
            }
            evidence.add(Message.of("mapping.evidence.noZero", answered));
            return Scale.of(1, 10);
        }

        private void code(Double x, TreeMap<Double, Long> body) {
            code(x, body, true);
        }

        private void code(Double x, TreeMap<Double, Long> body, boolean warnIfFrequent) {
            Long n = body.remove(x);
            if (n == null) {
                return;
            }
            String text = spelling.get(x);
            codes.add(text);
            evidence.add(Message.of("mapping.evidence.code", text, share(n)));
            if (warnIfFrequent && n > FREQUENT_CODE * answered) {
                warnings.add(Message.of("mapping.warning.frequentCode", text, share(n)));
            }
        }

        private void describe(Scale scale, TreeMap<Double, Long> body) {
            evidence.add(0, Message.of("mapping.evidence.numbers", number(body.firstKey()), number(body.lastKey()),
                    answered, scale.label()));
            if (!body.containsKey(scale.best()) && answered >= MIN_FOR_CODES) {
                warnings.add(Message.of("mapping.warning.topUnused", scale.label(), number(scale.best())));
            }
        }

        private double share(long n) {
            return (double) n / answered;
        }

        private static String number(double x) {
            return x == Math.rint(x) ? Long.toString((long) x) : Double.toString(x);
        }
    }
}
