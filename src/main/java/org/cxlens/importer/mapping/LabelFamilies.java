package org.cxlens.importer.mapping;

import static org.cxlens.importer.mapping.LabelFamily.Kind.AGREEMENT;
import static org.cxlens.importer.mapping.LabelFamily.Kind.EXPECTATION;
import static org.cxlens.importer.mapping.LabelFamily.Kind.FREQUENCY;
import static org.cxlens.importer.mapping.LabelFamily.Kind.LIKELIHOOD;
import static org.cxlens.importer.mapping.LabelFamily.Kind.OUTCOME;
import static org.cxlens.importer.mapping.LabelFamily.Kind.QUALITY;
import static org.cxlens.importer.mapping.LabelFamily.Kind.SATISFACTION;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The answer-label families of the common survey tools in English and Dutch, and the search for
 * the family a column's answers come from.
 */
public final class LabelFamilies {

    /** A family must know at least this share of a column's answers to be its family. */
    public static final double MIN_COVERAGE = 0.95;

    private static final String EN = "en";
    private static final String NL = "nl";

    /** In order of preference: when two families fit a column equally well, the earlier one is chosen. */
    private static final List<LabelFamily> BUILT_IN = List.of(
            LabelFamily.of("agreement-5", AGREEMENT, EN,
                    "Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree", "Strongly agree"),
            LabelFamily.of("agreement-5-neutral", AGREEMENT, EN,
                    "Strongly disagree", "Disagree", "Neutral", "Agree", "Strongly agree"),
            LabelFamily.of("agreement-5-somewhat", AGREEMENT, EN,
                    "Strongly disagree", "Somewhat disagree", "Neither agree nor disagree", "Somewhat agree",
                    "Strongly agree"),
            LabelFamily.of("agreement-7", AGREEMENT, EN,
                    "Strongly disagree", "Disagree", "Somewhat disagree", "Neither agree nor disagree",
                    "Somewhat agree", "Agree", "Strongly agree"),
            LabelFamily.of("agreement-4", AGREEMENT, EN, "Strongly disagree", "Disagree", "Agree", "Strongly agree"),
            // Microsoft Forms Likert questions
            LabelFamily.of("agreement-5-completely", AGREEMENT, EN,
                    "Disagree completely", "Disagree", "Neutral", "Agree", "Agree completely"),
            LabelFamily.of("agreement-5-completely-no-strong-feelings", AGREEMENT, EN,
                    "Disagree completely", "Disagree", "No strong feelings", "Agree", "Agree completely"),
            LabelFamily.of("agreement-nl-5", AGREEMENT, NL,
                    "Helemaal oneens", "Oneens", "Neutraal", "Eens", "Helemaal eens"),
            LabelFamily.of("agreement-nl-5-niet-eens-niet-oneens", AGREEMENT, NL,
                    "Helemaal oneens", "Oneens", "Niet eens, niet oneens", "Eens", "Helemaal eens"),
            LabelFamily.of("agreement-nl-5-mee", AGREEMENT, NL,
                    "Helemaal mee oneens", "Mee oneens", "Neutraal", "Mee eens", "Helemaal mee eens"),
            LabelFamily.of("agreement-nl-5-zeer", AGREEMENT, NL,
                    "Zeer mee oneens", "Mee oneens", "Neutraal", "Mee eens", "Zeer mee eens"),
            LabelFamily.of("agreement-nl-7", AGREEMENT, NL,
                    "Helemaal oneens", "Oneens", "Enigszins oneens", "Neutraal", "Enigszins eens", "Eens",
                    "Helemaal eens"),
            LabelFamily.of("agreement-nl-4", AGREEMENT, NL, "Helemaal oneens", "Oneens", "Eens", "Helemaal eens"),
            // Flemish
            LabelFamily.of("agreement-nl-5-akkoord", AGREEMENT, NL,
                    "Helemaal niet akkoord", "Niet akkoord", "Neutraal", "Akkoord", "Helemaal akkoord"),

            LabelFamily.of("frequency-5", FREQUENCY, EN, "Never", "Rarely", "Sometimes", "Often", "Always"),
            LabelFamily.of("frequency-5-very-often", FREQUENCY, EN, "Never", "Rarely", "Sometimes", "Very often",
                    "Always"),
            LabelFamily.of("frequency-6", FREQUENCY, EN, "Never", "Rarely", "Sometimes", "Often", "Very often",
                    "Always"),
            LabelFamily.of("frequency-4", FREQUENCY, EN, "Never", "Sometimes", "Often", "Always"),
            LabelFamily.of("frequency-nl-5", FREQUENCY, NL, "Nooit", "Zelden", "Soms", "Vaak", "Altijd"),
            LabelFamily.of("frequency-nl-6", FREQUENCY, NL, "Nooit", "Zelden", "Soms", "Vaak", "Heel vaak", "Altijd"),
            LabelFamily.of("frequency-nl-4", FREQUENCY, NL, "Nooit", "Soms", "Vaak", "Altijd"),

            LabelFamily.of("satisfaction-5", SATISFACTION, EN,
                    "Very dissatisfied", "Dissatisfied", "Neither satisfied nor dissatisfied", "Satisfied",
                    "Very satisfied"),
            LabelFamily.of("satisfaction-5-neutral", SATISFACTION, EN,
                    "Very dissatisfied", "Dissatisfied", "Neutral", "Satisfied", "Very satisfied"),
            LabelFamily.of("satisfaction-5-extremely", SATISFACTION, EN,
                    "Extremely dissatisfied", "Somewhat dissatisfied", "Neither satisfied nor dissatisfied",
                    "Somewhat satisfied", "Extremely satisfied"),
            LabelFamily.of("satisfaction-5-extremely-neutral", SATISFACTION, EN,
                    "Extremely dissatisfied", "Somewhat dissatisfied", "Neutral", "Somewhat satisfied",
                    "Extremely satisfied"),
            LabelFamily.of("satisfaction-7", SATISFACTION, EN,
                    "Very dissatisfied", "Dissatisfied", "Somewhat dissatisfied", "Neither satisfied nor dissatisfied",
                    "Somewhat satisfied", "Satisfied", "Very satisfied"),
            // Qualtrics
            LabelFamily.of("satisfaction-7-extremely", SATISFACTION, EN,
                    "Extremely dissatisfied", "Moderately dissatisfied", "Slightly dissatisfied",
                    "Neither satisfied nor dissatisfied", "Slightly satisfied", "Moderately satisfied",
                    "Extremely satisfied"),
            LabelFamily.of("satisfaction-4", SATISFACTION, EN,
                    "Very dissatisfied", "Dissatisfied", "Satisfied", "Very satisfied"),
            LabelFamily.of("satisfaction-nl-5", SATISFACTION, NL,
                    "Zeer ontevreden", "Ontevreden", "Neutraal", "Tevreden", "Zeer tevreden"),
            LabelFamily.of("satisfaction-nl-5-niet-tevreden-niet-ontevreden", SATISFACTION, NL,
                    "Zeer ontevreden", "Ontevreden", "Niet tevreden, niet ontevreden", "Tevreden", "Zeer tevreden"),
            LabelFamily.of("satisfaction-nl-5-heel", SATISFACTION, NL,
                    "Heel ontevreden", "Ontevreden", "Niet tevreden, niet ontevreden", "Tevreden", "Heel tevreden"),
            LabelFamily.of("satisfaction-nl-7", SATISFACTION, NL,
                    "Zeer ontevreden", "Ontevreden", "Enigszins ontevreden", "Neutraal", "Enigszins tevreden",
                    "Tevreden", "Zeer tevreden"),
            LabelFamily.of("satisfaction-nl-4", SATISFACTION, NL,
                    "Zeer ontevreden", "Ontevreden", "Tevreden", "Zeer tevreden"),

            LabelFamily.of("quality-5", QUALITY, EN, "Very poor", "Poor", "Fair", "Good", "Excellent"),
            LabelFamily.of("quality-5-very-good", QUALITY, EN, "Poor", "Fair", "Good", "Very good", "Excellent"),
            LabelFamily.of("quality-4", QUALITY, EN, "Poor", "Fair", "Good", "Excellent"),
            // GP Patient Survey
            LabelFamily.of("quality-5-fairly", QUALITY, EN,
                    "Very poor", "Fairly poor", "Neither good nor poor", "Fairly good", "Very good"),
            LabelFamily.of("quality-nl-5", QUALITY, NL, "Zeer slecht", "Slecht", "Matig", "Goed", "Uitstekend"),
            LabelFamily.of("quality-nl-5-voldoende", QUALITY, NL, "Slecht", "Matig", "Voldoende", "Goed", "Uitstekend"),
            LabelFamily.of("quality-nl-5-zeer-goed", QUALITY, NL, "Zeer slecht", "Slecht", "Neutraal", "Goed",
                    "Zeer goed"),
            LabelFamily.of("quality-nl-4", QUALITY, NL, "Slecht", "Matig", "Goed", "Uitstekend"),

            LabelFamily.of("likelihood-5", LIKELIHOOD, EN,
                    "Not at all likely", "Not very likely", "Somewhat likely", "Very likely", "Extremely likely"),
            LabelFamily.of("likelihood-5-moderately", LIKELIHOOD, EN,
                    "Not at all likely", "Slightly likely", "Moderately likely", "Very likely", "Extremely likely"),
            LabelFamily.of("likelihood-5-unlikely", LIKELIHOOD, EN,
                    "Very unlikely", "Unlikely", "Neither likely nor unlikely", "Likely", "Very likely"),
            LabelFamily.of("likelihood-nl-5", LIKELIHOOD, NL,
                    "Zeer onwaarschijnlijk", "Onwaarschijnlijk", "Misschien", "Waarschijnlijk", "Zeer waarschijnlijk"),
            LabelFamily.of("likelihood-nl-5-neutraal", LIKELIHOOD, NL,
                    "Zeer onwaarschijnlijk", "Onwaarschijnlijk", "Neutraal", "Waarschijnlijk", "Zeer waarschijnlijk"),

            LabelFamily.of("expectation-5", EXPECTATION, EN,
                    "Much worse than expected", "Worse than expected", "As expected", "Better than expected",
                    "Much better than expected"),
            LabelFamily.of("expectation-5-somewhat", EXPECTATION, EN,
                    "Much worse than expected", "Somewhat worse than expected", "As expected",
                    "Somewhat better than expected", "Much better than expected"),
            LabelFamily.of("expectation-3", EXPECTATION, EN,
                    "Worse than expected", "As expected", "Better than expected"),
            LabelFamily.of("expectation-3-met", EXPECTATION, EN,
                    "Below expectations", "Met expectations", "Exceeded expectations"),
            LabelFamily.of("expectation-nl-5", EXPECTATION, NL,
                    "Veel slechter dan verwacht", "Slechter dan verwacht", "Zoals verwacht", "Beter dan verwacht",
                    "Veel beter dan verwacht"),
            LabelFamily.of("expectation-nl-3", EXPECTATION, NL,
                    "Slechter dan verwacht", "Zoals verwacht", "Beter dan verwacht"),
            LabelFamily.of("expectation-nl-3-onder-boven", EXPECTATION, NL,
                    "Onder verwachting", "Volgens verwachting", "Boven verwachting"),

            // the airline passenger satisfaction survey published on Kaggle
            LabelFamily.of("outcome-satisfied", OUTCOME, EN, "neutral or dissatisfied", "satisfied"),
            LabelFamily.of("outcome-dissatisfied-satisfied", OUTCOME, EN, "Dissatisfied", "Satisfied"),
            LabelFamily.of("outcome-yes-no", OUTCOME, EN, "No", "Yes"),
            LabelFamily.of("outcome-nl-ja-nee", OUTCOME, NL, "Nee", "Ja"),
            LabelFamily.of("outcome-nl-tevreden", OUTCOME, NL, "Ontevreden", "Tevreden"));

    /** Where a normalised label occurs: family index → position in that family. */
    private record Hit(int family, int position) {
    }

    private static final Map<String, List<Hit>> INDEX = index();

    private LabelFamilies() {
    }

    /** Every built-in family, in order of preference. */
    public static List<LabelFamily> builtIn() {
        return BUILT_IN;
    }

    private static Map<String, List<Hit>> index() {
        Map<String, List<Hit>> index = new HashMap<>();
        for (int f = 0; f < BUILT_IN.size(); f++) {
            List<String> labels = BUILT_IN.get(f).labels();
            for (int p = 0; p < labels.size(); p++) {
                index.computeIfAbsent(LabelTable.labelKey(labels.get(p)), k -> new ArrayList<>()).add(new Hit(f, p));
            }
        }
        return index;
    }

    /**
     * The family a column's answers come from: the one knowing the most answers (at least
     * {@link #MIN_COVERAGE} of them), then the one whose labels are most fully used (of families
     * knowing the same answers, the shortest), then the earlier built-in one. Case, spacing and a
     * leading number ("5 - ") do not matter.
     *
     * @param valueCounts  the column's distinct cell texts and how often each occurs
     * @param missingCodes codes meaning "no answer"; those cells, and empty ones, are left out
     * @return the match, or null when no family knows enough of the answers (or there are none)
     */
    public static LabelMatch match(Map<String, Long> valueCounts, Collection<String> missingCodes) {
        Set<String> missing = LabelTable.normalizedSet(missingCodes);
        long cells = 0;
        for (long count : valueCounts.values()) {
            cells += Math.max(count, 0);
        }
        // Answers no family knows: past this many, no family can know enough (a free-text column stops early).
        double strayLimit = (1 - MIN_COVERAGE) * cells;
        long stray = 0;
        Map<String, Long> answerCounts = new LinkedHashMap<>();
        long answers = 0;
        for (Map.Entry<String, Long> e : valueCounts.entrySet()) {
            String normalized = LabelTable.normalize(e.getKey());
            String key = LabelTable.labelKey(e.getKey());
            if (e.getValue() > 0 && !normalized.isEmpty() && !missing.contains(normalized) && !missing.contains(key)) {
                answerCounts.put(e.getKey(), e.getValue());
                answers += e.getValue();
                if (!INDEX.containsKey(key)) {
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
        for (Map.Entry<String, Long> e : answerCounts.entrySet()) {
            for (Hit h : INDEX.getOrDefault(LabelTable.labelKey(e.getKey()), List.of())) {
                covered[h.family()] += e.getValue();
                used[h.family()][h.position()] += e.getValue();
            }
        }
        List<Integer> ranked = new ArrayList<>();
        for (int f = 0; f < BUILT_IN.size(); f++) {
            if (covered[f] > 0 && covered[f] >= MIN_COVERAGE * answers) {
                ranked.add(f);
            }
        }
        if (ranked.isEmpty()) {
            return null;
        }
        ranked.sort((a, b) -> compare(a, b, covered, used));
        int best = ranked.get(0);
        return describe(best, answers, covered[best], used[best], answerCounts, rivals(ranked, covered, answerCounts));
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
    private static List<LabelFamily> rivals(List<Integer> ranked, long[] covered, Map<String, Long> answerCounts) {
        int best = ranked.get(0);
        Set<String> bestLabels = LabelTable.normalizedSet(BUILT_IN.get(best).labels());
        List<double[]> readings = new ArrayList<>();
        readings.add(reading(best, answerCounts));
        List<LabelFamily> out = new ArrayList<>();
        for (int f : ranked.subList(1, ranked.size())) {
            if (covered[f] != covered[best]) {
                break;
            }
            double[] r = reading(f, answerCounts);
            boolean longerScale = LabelTable.normalizedSet(BUILT_IN.get(f).labels()).containsAll(bestLabels);
            if (!longerScale && readings.stream().noneMatch(seen -> Arrays.equals(seen, r))) {
                readings.add(r);
                out.add(BUILT_IN.get(f));
            }
        }
        return out;
    }

    /** Where each answer falls on the family's scale as a fraction 0–1, NaN when the family does not know it. */
    private static double[] reading(int family, Map<String, Long> answerCounts) {
        LabelFamily fam = BUILT_IN.get(family);
        double[] out = new double[answerCounts.size()];
        int i = 0;
        for (String raw : answerCounts.keySet()) {
            out[i] = Double.NaN;
            for (Hit h : INDEX.getOrDefault(LabelTable.labelKey(raw), List.of())) {
                if (h.family() == family) {
                    out[i] = fam.scale().fraction(fam.value(h.position()));
                }
            }
            i++;
        }
        return out;
    }

    private static LabelMatch describe(int family, long answers, long covered, long[] used,
                                       Map<String, Long> answerCounts, List<LabelFamily> rivals) {
        LabelFamily fam = BUILT_IN.get(family);
        Map<String, Long> labelCounts = new LinkedHashMap<>();
        for (int p = 0; p < fam.size(); p++) {
            labelCounts.put(fam.labels().get(p), used[p]);
        }
        Set<String> known = LabelTable.normalizedSet(fam.labels());
        List<Map.Entry<String, Long>> unknown = new ArrayList<>();
        for (Map.Entry<String, Long> e : answerCounts.entrySet()) {
            if (!known.contains(LabelTable.labelKey(e.getKey()))) {
                unknown.add(e);
            }
        }
        unknown.sort(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        Map<String, Long> unknownLabels = new LinkedHashMap<>();
        unknown.forEach(e -> unknownLabels.put(e.getKey(), e.getValue()));
        return new LabelMatch(fam, answers, covered, labelCounts, unknownLabels, rivals);
    }
}
