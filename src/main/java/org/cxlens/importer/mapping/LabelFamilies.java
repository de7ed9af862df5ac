package org.cxlens.importer.mapping;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The answer-label families of the common survey tools (English, Dutch, French, German, Spanish
 * and Korean), kept as data in {@code label-families.txt}, and the search for the family a
 * column's answers come from.
 */
public final class LabelFamilies {

    /** A family must know at least this share of a column's answers to be its family. */
    public static final double MIN_COVERAGE = 0.95;

    private static final String RESOURCE = "label-families.txt";

    /**
     * An idiom for the lowest (or highest) step written inside a longer label, such as the
     * "laisse à désirer" of "Accueil laisse à désirer".
     *
     * @param language the language of the families it applies to
     * @param lowest   true for the lowest step, false for the highest
     * @param words    the idiom as written
     */
    public record Phrase(String language, boolean lowest, String words) {
    }

    /** An answer no family lists, read as one end of a family's scale by the phrase it holds. */
    public record PhraseReading(Phrase phrase, int position) {
    }

    private static final List<LabelFamily> BUILT_IN = new ArrayList<>();
    private static final List<Phrase> PHRASES = new ArrayList<>();
    /** Words that turn a phrase around when they come right before it. */
    private static final Set<String> NEGATIONS = new HashSet<>();

    static {
        load();
    }

    /** Where a label occurs: family index → position in that family. */
    private record Hit(int family, int position) {
    }

    private static final Map<String, List<Hit>> INDEX = index();

    private LabelFamilies() {
    }

    /** Every built-in family, in order of preference. */
    public static List<LabelFamily> builtIn() {
        return List.copyOf(BUILT_IN);
    }

    /** The built-in idioms for the ends of a scale. */
    public static List<Phrase> phrases() {
        return List.copyOf(PHRASES);
    }

    private static void load() {
        try (InputStream in = LabelFamilies.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                String text = line.strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                String[] f = Arrays.stream(text.split("\\|")).map(String::strip).toArray(String[]::new);
                if (f[0].equals("family") && f.length >= 6) {
                    BUILT_IN.add(LabelFamily.of(f[1], LabelFamily.Kind.valueOf(f[2]), f[3],
                            Arrays.copyOfRange(f, 4, f.length)));
                } else if (f[0].equals("negation") && f.length >= 2) {
                    Arrays.stream(f, 1, f.length).forEach(w -> NEGATIONS.add(plainWords(w).strip()));
                } else if (f[0].equals("phrase") && f.length == 4 && (f[2].equals("low") || f[2].equals("high"))) {
                    PHRASES.add(new Phrase(f[1], f[2].equals("low"), f[3]));
                } else {
                    throw new IllegalStateException(RESOURCE + " line " + number + " is no family, phrase or negation");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, List<Hit>> index() {
        Map<String, List<Hit>> index = new HashMap<>();
        for (int f = 0; f < BUILT_IN.size(); f++) {
            List<String> labels = BUILT_IN.get(f).labels();
            for (int p = 0; p < labels.size(); p++) {
                index.computeIfAbsent(key(labels.get(p)), k -> new ArrayList<>()).add(new Hit(f, p));
            }
        }
        return index;
    }

    /**
     * The form a label is looked up in: its {@link LabelTable#labelKey key} without accents,
     * spaces or no-break spaces, so "Tres satisfait", "très  satisfait" and "매우만족" find
     * "Très satisfait" and "매우 만족".
     */
    public static String key(String raw) {
        return withoutAccents(LabelTable.labelKey(raw)).replace(" ", "");
    }

    private static String withoutAccents(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                b.append(c);
            }
        }
        // Hangul decomposes into jamo; composing again keeps Korean as it was.
        return Normalizer.normalize(b, Normalizer.Form.NFC);
    }

    /**
     * The built-in phrase a label holds as whole words, or null; a phrase right after a negation
     * ("Rien à améliorer") says the opposite and does not count.
     */
    static Phrase phraseIn(String raw) {
        String text = plainWords(raw);
        for (Phrase p : PHRASES) {
            String words = " " + plainWords(p.words()).strip();
            int at = text.indexOf(words);
            while (at >= 0) {
                int end = at + words.length();
                String before = text.substring(0, at).strip();
                String previous = before.substring(before.lastIndexOf(' ') + 1);
                if (!Character.isLetterOrDigit(text.charAt(end)) && !NEGATIONS.contains(previous)) {
                    return p;
                }
                at = text.indexOf(words, at + 1);
            }
        }
        return null;
    }

    /** Lower case, no accents, apostrophes as spaces, one space between words and one at each end. */
    private static String plainWords(String raw) {
        return " " + LabelTable.normalize(withoutAccents(LabelTable.normalize(raw)).replace('\'', ' ')) + " ";
    }

    /**
     * The family a column's answers come from: the one knowing the most answers (at least
     * {@link #MIN_COVERAGE} of them), then the one whose labels are most fully used (of families
     * knowing the same answers, the shortest), then the earlier built-in one. Case, accents,
     * spacing and a leading number ("5 - ") do not matter; an answer no family lists that holds a
     * built-in {@link Phrase} is read as that end of the families of the phrase's language.
     *
     * @param valueCounts  the column's distinct cell texts and how often each occurs
     * @param missingCodes codes meaning "no answer"; those cells, and empty ones, are left out
     * @return the match, or null when no family knows enough of the answers (or there are none)
     */
    public static LabelMatch match(Map<String, Long> valueCounts, Collection<String> missingCodes) {
        return match(valueCounts, missingCodes, MIN_COVERAGE);
    }

    /**
     * As {@link #match(Map, Collection)}, with the share of answers the family must know: a long
     * file's answer column also holds the answers of questions asked without a scale.
     */
    public static LabelMatch match(Map<String, Long> valueCounts, Collection<String> missingCodes, double minCoverage) {
        Set<String> missing = LabelTable.normalizedSet(missingCodes);
        long cells = 0;
        for (long count : valueCounts.values()) {
            cells += Math.max(count, 0);
        }
        // Answers no family knows: past this many, no family can know enough (a free-text column stops early).
        double strayLimit = (1 - minCoverage) * cells;
        long stray = 0;
        Map<String, Long> answerCounts = new LinkedHashMap<>();
        Map<String, List<Hit>> hits = new HashMap<>();
        List<String> unlisted = new ArrayList<>();
        long answers = 0;
        for (Map.Entry<String, Long> e : valueCounts.entrySet()) {
            String normalized = LabelTable.normalize(e.getKey());
            String label = LabelTable.labelKey(e.getKey());
            if (e.getValue() > 0 && !normalized.isEmpty() && !missing.contains(normalized) && !missing.contains(label)) {
                answerCounts.put(e.getKey(), e.getValue());
                answers += e.getValue();
                List<Hit> h = INDEX.get(key(e.getKey()));
                if (h != null) {
                    hits.put(e.getKey(), h);
                } else if (phraseIn(e.getKey()) != null) {
                    unlisted.add(e.getKey());
                } else {
                    stray += e.getValue();
                    if (stray > strayLimit) {
                        return null;
                    }
                }
            }
        }
        if (answers == 0) {
            return null;
        }
        long[] covered = new long[BUILT_IN.size()];
        long[][] used = new long[BUILT_IN.size()][];
        for (int f = 0; f < BUILT_IN.size(); f++) {
            used[f] = new long[BUILT_IN.get(f).size()];
        }
        hits.forEach((answer, list) -> count(list, answerCounts.get(answer), covered, used));
        // A phrase stands for an end of the scale only where no listed label of the family does.
        unlisted.sort((x, y) -> Long.compare(answerCounts.get(y), answerCounts.get(x)));
        for (String answer : unlisted) {
            List<Hit> list = phraseHits(phraseIn(answer), used);
            hits.put(answer, list);
            count(list, answerCounts.get(answer), covered, used);
        }
        List<Integer> ranked = new ArrayList<>();
        for (int f = 0; f < BUILT_IN.size(); f++) {
            if (covered[f] > 0 && covered[f] >= minCoverage * answers) {
                ranked.add(f);
            }
        }
        if (ranked.isEmpty()) {
            return null;
        }
        ranked.sort((x, y) -> compare(x, y, covered, used));
        int best = ranked.get(0);
        return describe(best, answers, covered[best], used[best], answerCounts, hits,
                rivals(ranked, covered, answerCounts, hits));
    }

    private static void count(List<Hit> list, long n, long[] covered, long[][] used) {
        for (Hit h : list) {
            covered[h.family()] += n;
            used[h.family()][h.position()] += n;
        }
    }

    /** The end the phrase names in every family of its language whose label there nobody chose. */
    private static List<Hit> phraseHits(Phrase phrase, long[][] used) {
        List<Hit> out = new ArrayList<>();
        for (int f = 0; f < BUILT_IN.size(); f++) {
            LabelFamily fam = BUILT_IN.get(f);
            int position = phrase.lowest() ? 0 : fam.size() - 1;
            if (fam.language().equals(phrase.language()) && fam.kind() != LabelFamily.Kind.OUTCOME
                    && used[f][position] == 0) {
                out.add(new Hit(f, position));
            }
        }
        return out;
    }

    /** Negative when family {@code a} explains the column better than {@code b}. */
    private static int compare(int a, int b, long[] covered, long[][] used) {
        int byCovered = Long.compare(covered[b], covered[a]);
        if (byCovered != 0) {
            return byCovered;
        }
        // used(a) / size(a) against used(b) / size(b), without rounding
        long fullerA = (long) labelsUsed(used[a]) * used[b].length;
        long fullerB = (long) labelsUsed(used[b]) * used[a].length;
        if (fullerA != fullerB) {
            return Long.compare(fullerB, fullerA);
        }
        return Integer.compare(a, b);
    }

    private static int labelsUsed(long[] counts) {
        int n = 0;
        for (long c : counts) {
            if (c > 0) {
                n++;
            }
        }
        return n;
    }

    /**
     * The families after the best that know as many answers but read some of them differently
     * (one family per distinct reading): the doubt a suggestion must show. A family holding every
     * label of the best one is no rival: it is the same scale with extra labels nobody chose.
     */
    private static List<LabelFamily> rivals(List<Integer> ranked, long[] covered, Map<String, Long> answerCounts,
                                            Map<String, List<Hit>> hits) {
        int best = ranked.get(0);
        Set<String> bestLabels = keys(BUILT_IN.get(best).labels());
        List<double[]> readings = new ArrayList<>();
        readings.add(reading(best, answerCounts, hits));
        List<LabelFamily> out = new ArrayList<>();
        for (int f : ranked.subList(1, ranked.size())) {
            if (covered[f] != covered[best]) {
                break;
            }
            double[] r = reading(f, answerCounts, hits);
            boolean longerScale = keys(BUILT_IN.get(f).labels()).containsAll(bestLabels);
            if (!longerScale && readings.stream().noneMatch(seen -> Arrays.equals(seen, r))) {
                readings.add(r);
                out.add(BUILT_IN.get(f));
            }
        }
        return out;
    }

    private static Set<String> keys(List<String> labels) {
        Set<String> out = new HashSet<>();
        labels.forEach(l -> out.add(key(l)));
        return out;
    }

    /** Where each answer falls on the family's scale as a fraction 0–1, NaN when the family does not know it. */
    private static double[] reading(int family, Map<String, Long> answerCounts, Map<String, List<Hit>> hits) {
        LabelFamily fam = BUILT_IN.get(family);
        double[] out = new double[answerCounts.size()];
        int i = 0;
        for (String raw : answerCounts.keySet()) {
            out[i] = Double.NaN;
            for (Hit h : hits.getOrDefault(raw, List.of())) {
                if (h.family() == family) {
                    out[i] = fam.scale().fraction(fam.value(h.position()));
                }
            }
            i++;
        }
        return out;
    }

    private static LabelMatch describe(int family, long answers, long covered, long[] used,
                                       Map<String, Long> answerCounts, Map<String, List<Hit>> hits,
                                       List<LabelFamily> rivals) {
        LabelFamily fam = BUILT_IN.get(family);
        Map<String, Long> labelCounts = new LinkedHashMap<>();
        for (int p = 0; p < fam.size(); p++) {
            labelCounts.put(fam.labels().get(p), used[p]);
        }
        // Per position, the answer as the column spells it when that differs from the family's label.
        List<String> columnLabels = new ArrayList<>(fam.labels());
        long[] spellingCount = new long[fam.size()];
        Map<String, PhraseReading> byPhrase = new LinkedHashMap<>();
        List<Map.Entry<String, Long>> unknown = new ArrayList<>();
        for (Map.Entry<String, Long> e : answerCounts.entrySet()) {
            Hit hit = null;
            for (Hit h : hits.getOrDefault(e.getKey(), List.of())) {
                if (h.family() == family) {
                    hit = h;
                }
            }
            if (hit == null) {
                unknown.add(e);
                continue;
            }
            int p = hit.position();
            if (!INDEX.containsKey(key(e.getKey()))) {
                byPhrase.put(e.getKey(), new PhraseReading(phraseIn(e.getKey()), p));
            }
            if (e.getValue() > spellingCount[p]) {
                // The import finds labels by key only: the list must hold the spelling most answers use.
                spellingCount[p] = e.getValue();
                boolean asListed = LabelTable.labelKey(e.getKey()).equals(LabelTable.labelKey(fam.labels().get(p)));
                columnLabels.set(p, asListed ? fam.labels().get(p) : e.getKey().strip());
            }
        }
        unknown.sort(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        Map<String, Long> unknownLabels = new LinkedHashMap<>();
        unknown.forEach(e -> unknownLabels.put(e.getKey(), e.getValue()));
        return new LabelMatch(fam, answers, covered, labelCounts, unknownLabels, rivals, byPhrase, columnLabels);
    }
}
