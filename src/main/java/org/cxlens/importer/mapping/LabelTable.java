package org.cxlens.importer.mapping;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.cxlens.domain.Expectation;
import org.cxlens.domain.Scale;

/**
 * Answer labels and the numbers or expectations they stand for, per scale. Immutable: the
 * {@code with...} methods return an edited copy. Matching ignores case and extra whitespace;
 * a label that is not in the table is never guessed (the importer reports it).
 */
public final class LabelTable {

    /** A label read as a number on a scale. */
    public record ScoreLabel(Scale scale, String label, double value) {
    }

    /** A label read as an expectation. */
    public record ExpectationLabel(String label, Expectation expectation) {
    }

    /** Codes meaning "no answer" in every column unless the user edits the list. */
    public static final List<String> DEFAULT_MISSING_CODES =
            List.of("N/A", "NA", "n.v.t.", "nvt", "Weet niet", "Don't know", "-", "");

    private static final Scale FIVE = Scale.of(1, 5);

    private static final LabelTable DEFAULTS = buildDefaults();

    private final Map<Scale, Map<String, ScoreLabel>> scores;
    private final Map<String, ExpectationLabel> expectations;

    private LabelTable(Map<Scale, Map<String, ScoreLabel>> scores, Map<String, ExpectationLabel> expectations) {
        this.scores = scores;
        this.expectations = expectations;
    }

    public static LabelTable empty() {
        return new LabelTable(new LinkedHashMap<>(), new LinkedHashMap<>());
    }

    /** The labels of the common survey tools (expectations also in French, German and Spanish). */
    public static LabelTable defaults() {
        return DEFAULTS;
    }

    private static LabelTable buildDefaults() {
        LabelTable t = empty();
        t = fiveStep(t, "Very dissatisfied", "Dissatisfied", "Neither satisfied nor dissatisfied", "Satisfied", "Very satisfied");
        t = fiveStep(t, "Extremely dissatisfied", "Somewhat dissatisfied", "Neutral", "Somewhat satisfied", "Extremely satisfied");
        t = fiveStep(t, "Zeer ontevreden", "Ontevreden", "Neutraal", "Tevreden", "Zeer tevreden");
        t = fiveStep(t, "Heel ontevreden", "Ontevreden", "Niet tevreden, niet ontevreden", "Tevreden", "Heel tevreden");
        t = fiveStep(t, "Not at all likely", "Not very likely", "Somewhat likely", "Very likely", "Extremely likely");
        t = fiveStep(t, "Zeer onwaarschijnlijk", "Onwaarschijnlijk", "Misschien", "Waarschijnlijk", "Zeer waarschijnlijk");
        t = fiveStep(t, "Very poor", "Poor", "Fair", "Good", "Excellent");
        t = fiveStep(t, "Zeer slecht", "Slecht", "Matig", "Goed", "Uitstekend");
        for (String s : List.of("Much worse than expected", "Worse than expected", "Somewhat worse than expected",
                "Slightly worse than expected", "Below expectations",
                "Veel slechter dan verwacht", "Slechter dan verwacht", "Iets slechter dan verwacht",
                "Minder dan verwacht", "Onder verwachting", "Moins bien que prévu", "Inférieur à mes attentes",
                "Schlechter als erwartet", "Viel schlechter als erwartet", "Peor de lo esperado")) {
            t = t.withExpectationLabel(s, Expectation.WORSE);
        }
        for (String s : List.of("As expected", "About as expected", "Met expectations", "Zoals verwacht",
                "Conform verwachting", "Volgens verwachting", "Comme prévu", "Conforme à mes attentes", "Wie erwartet",
                "Como lo esperaba")) {
            t = t.withExpectationLabel(s, Expectation.AS_EXPECTED);
        }
        for (String s : List.of("Better than expected", "Much better than expected", "Somewhat better than expected",
                "Slightly better than expected", "Exceeded expectations", "Above expectations",
                "Beter dan verwacht", "Veel beter dan verwacht", "Iets beter dan verwacht", "Boven verwachting",
                "Mieux que prévu", "Supérieur à mes attentes", "Besser als erwartet", "Viel besser als erwartet",
                "Mejor de lo esperado")) {
            t = t.withExpectationLabel(s, Expectation.BETTER);
        }
        return t;
    }

    private static LabelTable fiveStep(LabelTable t, String... labels) {
        LabelTable out = t;
        for (int i = 0; i < labels.length; i++) {
            out = out.withScoreLabel(FIVE, labels[i], i + 1);
        }
        return out;
    }

    /** A copy with the label read as {@code value} on {@code scale} (replacing any earlier value). */
    public LabelTable withScoreLabel(Scale scale, String label, double value) {
        Objects.requireNonNull(scale, "scale");
        Map<Scale, Map<String, ScoreLabel>> copy = new LinkedHashMap<>();
        scores.forEach((s, m) -> copy.put(s, new LinkedHashMap<>(m)));
        copy.computeIfAbsent(scale, s -> new LinkedHashMap<>()).put(normalize(label), new ScoreLabel(scale, label, value));
        return new LabelTable(copy, expectations);
    }

    /** A copy with the label read as the expectation. */
    public LabelTable withExpectationLabel(String label, Expectation expectation) {
        Map<String, ExpectationLabel> copy = new LinkedHashMap<>(expectations);
        copy.put(normalize(label), new ExpectationLabel(label, Objects.requireNonNull(expectation)));
        return new LabelTable(scores, copy);
    }

    /**
     * The number a label stands for on the scale, or NaN when the table does not know it. A label
     * known on 1–5 keeps its place from worst to best on 5–1: "Very satisfied" is 5 there and 1 here.
     */
    public double scoreValue(Scale scale, String raw) {
        String key = normalize(raw);
        ScoreLabel own = scores.getOrDefault(scale, Map.of()).get(key);
        if (own != null) {
            return own.value();
        }
        ScoreLabel mirrored = scores.getOrDefault(scale.flipped(), Map.of()).get(key);
        return mirrored == null ? Double.NaN : scale.worst() + scale.best() - mirrored.value();
    }

    /** The expectation a label stands for, or null when the table does not know it. */
    public Expectation expectation(String raw) {
        ExpectationLabel l = expectations.get(normalize(raw));
        return l == null ? null : l.expectation();
    }

    /** The scales that have this label. */
    public List<Scale> scalesWithLabel(String raw) {
        String key = normalize(raw);
        List<Scale> out = new ArrayList<>();
        scores.forEach((s, m) -> {
            if (m.containsKey(key)) {
                out.add(s);
            }
        });
        return out;
    }

    public List<ScoreLabel> scoreLabels() {
        List<ScoreLabel> out = new ArrayList<>();
        scores.values().forEach(m -> out.addAll(m.values()));
        return out;
    }

    public List<ExpectationLabel> expectationLabels() {
        return List.copyOf(expectations.values());
    }

    /** Score labels that are new or changed compared with the defaults: what a profile saves. */
    public List<ScoreLabel> scoreOverrides() {
        List<ScoreLabel> out = new ArrayList<>();
        for (ScoreLabel l : scoreLabels()) {
            double known = DEFAULTS.scoreValue(l.scale(), l.label());
            if (Double.compare(known, l.value()) != 0) {
                out.add(l);
            }
        }
        return out;
    }

    /** Expectation labels that are new or changed compared with the defaults. */
    public List<ExpectationLabel> expectationOverrides() {
        List<ExpectationLabel> out = new ArrayList<>();
        for (ExpectationLabel l : expectations.values()) {
            if (DEFAULTS.expectation(l.label()) != l.expectation()) {
                out.add(l);
            }
        }
        return out;
    }

    /**
     * The number a label starts with, as in "0 - Not at all likely" or "10 = Extremely likely",
     * or NaN when the text does not start with a whole number followed by a label.
     */
    public static double leadingNumber(String raw) {
        int n = raw.length();
        int i = 0;
        while (i < n && raw.charAt(i) == ' ') {
            i++;
        }
        int start = i;
        long value = 0;
        while (i < n && i - start < 4 && raw.charAt(i) >= '0' && raw.charAt(i) <= '9') {
            value = value * 10 + (raw.charAt(i) - '0');
            i++;
        }
        if (i == start || i >= n) {
            return Double.NaN;
        }
        char next = raw.charAt(i);
        boolean separated = next == ' ' || next == '-' || next == '=' || next == ':' || next == '.'
                || next == ')' || next == '(' || next == '–' || next == '—';
        if (!separated) {
            return Double.NaN;
        }
        for (int j = i; j < n; j++) {
            if (Character.isLetter(raw.charAt(j))) {
                return value;
            }
        }
        return Double.NaN;
    }

    /**
     * The form an answer label is matched in: {@link #normalize normalised}, without a leading
     * number such as the "5 - " of "5 - Strongly agree" or the "1. " of "1. Helemaal oneens".
     */
    public static String labelKey(String raw) {
        String text = normalize(raw);
        if (Double.isNaN(leadingNumber(text))) {
            return text;
        }
        int i = 0;
        while (i < text.length() && Character.isDigit(text.charAt(i))) {
            i++;
        }
        boolean bracket = false;
        while (i < text.length() && " -=:.)(".indexOf(text.charAt(i)) >= 0) {
            bracket |= text.charAt(i) == '(';
            i++;
        }
        int end = text.length();
        if (bracket && text.charAt(end - 1) == ')') {
            end--;
        }
        return text.substring(i, end).strip();
    }

    /** The form labels and codes are matched in: trimmed, lower case, single spaces, plain dashes. */
    public static String normalize(String raw) {
        if (raw == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(raw.length());
        boolean space = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0') {
                space = b.length() > 0;
                continue;
            }
            if (space) {
                b.append(' ');
                space = false;
            }
            if (c == '–' || c == '—') {
                c = '-';
            } else if (c == '’') {
                c = '\'';
            }
            b.append(c);
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }

    /** Normalised forms of the codes, for lookups. */
    public static Set<String> normalizedSet(Collection<String> codes) {
        Set<String> out = new HashSet<>();
        for (String c : codes) {
            out.add(normalize(c));
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LabelTable t && new HashSet<>(scoreLabels()).equals(new HashSet<>(t.scoreLabels()))
                && new HashSet<>(expectations.values()).equals(new HashSet<>(t.expectations.values()));
    }

    @Override
    public int hashCode() {
        return Objects.hash(new HashSet<>(scoreLabels()), new HashSet<>(expectations.values()));
    }
}
