package org.cxlens.importer.mapping;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cxlens.domain.Message;
import org.cxlens.domain.Scale;

/**
 * What the words beside a rating's numbers say about which end is best: "1 = very satisfied" in
 * the question, "5 - Very poor" as an answer, "1 (best)", or the German school grade ("Schulnote",
 * 1 = sehr gut). A scale is declared worst first (ADR 0012), so anchors that put the best answer at
 * the low number turn a 1–5 reading into 5–1; anchors that disagree, or that name both ends in
 * words the tool cannot judge, give a warning instead of a silent guess.
 */
final class ScaleAnchors {

    /** A number with the words the questionnaire gives it. */
    record Anchor(double number, String text, Boolean good) {
    }

    /** The scale the anchors leave, with what they showed. */
    record Reading(Scale scale, List<Message> evidence, List<Message> warnings) {
    }

    /**
     * "1 = very satisfied" in a header; never "Q1: how good…" or "question 1: …", whose number is the
     * question's, so only "=" counts and the number must stand alone.
     */
    private static final Pattern EQUALS = Pattern.compile("(?<![\\p{L}\\d.,_])(\\d{1,3})\\s*=\\s*([^,;/()\\[\\]=|\\d]+)");
    private static final Pattern BRACKETED = Pattern.compile("(?<![\\p{L}\\d.,_])(\\d{1,3})\\s*\\(\\s*([^)\\d]+)\\)");
    private static final Pattern SCHOOL_GRADE = Pattern.compile("schulnote");
    /** Read first: "dissatisfied" holds "satisfied", "not good" holds "good". */
    private static final List<Pattern> BAD = words("very dissatisfied", "dissatisfied", "unsatisfied",
            "not satisfied", "not at all satisfied", "very poor", "poor", "bad", "very bad", "worst", "terrible",
            "not good", "not at all", "unlikely", "strongly disagree", "disagree", "insufficient",
            "zeer ontevreden", "heel ontevreden", "ontevreden", "niet tevreden", "slecht", "zeer slecht", "slechtst",
            "slechtste", "niet goed", "helemaal niet", "onvoldoende", "oneens", "helemaal oneens", "niet akkoord",
            "unzufrieden", "sehr unzufrieden", "schlecht", "sehr schlecht", "nicht gut", "ungenügend", "mangelhaft",
            "insatisfait", "pas satisfait", "mauvais", "très mauvais", "pas du tout");
    private static final List<Pattern> GOOD = words("very satisfied", "extremely satisfied", "completely satisfied",
            "satisfied", "excellent", "outstanding", "best", "very good", "good", "extremely likely", "very likely",
            "strongly agree", "agree", "perfect", "completely", "extremely",
            "zeer tevreden", "heel tevreden", "tevreden", "uitstekend", "uitmuntend", "zeer goed", "heel goed", "goed",
            "beste", "eens", "akkoord",
            "sehr zufrieden", "zufrieden", "sehr gut", "gut", "ausgezeichnet", "hervorragend",
            "très satisfait", "satisfait", "très bien", "bien");

    private final List<Anchor> anchors;
    private final boolean schoolGrade;

    private ScaleAnchors(List<Anchor> anchors, boolean schoolGrade) {
        this.anchors = anchors;
        this.schoolGrade = schoolGrade;
    }

    /** Whether {@code text} gives a number its words, "1 = very satisfied": a note on the scale. */
    static boolean givesAnchors(String text) {
        return EQUALS.matcher(text.toLowerCase(Locale.ROOT)).find();
    }

    /**
     * The anchors in a column's header texts ("1 = excellent, 5 = poor") and in its answers that
     * start with a number ("1 - Very good").
     */
    static ScaleAnchors read(Collection<String> headers, Collection<String> answers) {
        List<Anchor> found = new ArrayList<>();
        boolean grade = false;
        for (String header : headers) {
            String text = header == null ? "" : header.toLowerCase(Locale.ROOT);
            grade |= SCHOOL_GRADE.matcher(text).find();
            for (Pattern p : List.of(EQUALS, BRACKETED)) {
                Matcher m = p.matcher(text);
                while (m.find()) {
                    add(found, Double.parseDouble(m.group(1)), m.group(2));
                }
            }
        }
        for (String answer : answers) {
            double x = LabelTable.leadingNumber(answer);
            if (!Double.isNaN(x)) {
                add(found, x, answer.strip().replaceFirst("^\\d+\\s*[-=:.)(–—]*\\s*", ""));
            }
        }
        return new ScaleAnchors(found, grade);
    }

    private static void add(List<Anchor> found, double number, String words) {
        String text = words.strip().replaceAll("[^\\p{L}]+$", "");
        if (text.isEmpty() || !Character.isLetter(text.charAt(0)) || NumberedLabels.isNotApplicable(text)) {
            return;
        }
        Anchor a = new Anchor(number, text, judge(text));
        if (!found.contains(a)) {
            found.add(a);
        }
    }

    /** True for words of a good answer, false for a bad one, null when the words do not say. */
    private static Boolean judge(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        if (BAD.stream().anyMatch(p -> p.matcher(t).find())) {
            return false;
        }
        return GOOD.stream().anyMatch(p -> p.matcher(t).find()) ? true : null;
    }

    /**
     * The scale the values suggest, turned to run from its high number to its low one when the anchors
     * say the low number is the best answer; left as read, with a warning, when they disagree.
     */
    Reading orient(Scale read) {
        Scale usual = Scale.of(read.low(), read.high());
        Scale reversed = usual.flipped();
        List<Message> evidence = new ArrayList<>();
        List<Message> warnings = new ArrayList<>();
        double middle = (read.low() + read.high()) / 2;
        List<Anchor> bestLow = new ArrayList<>();
        List<Anchor> bestHigh = new ArrayList<>();
        List<Anchor> unjudged = new ArrayList<>();
        for (Anchor a : anchors) {
            if (!read.contains(a.number()) || a.number() == middle) {
                continue;
            }
            if (a.good() == null) {
                unjudged.add(a);
            } else if (a.good() == a.number() < middle) {
                bestLow.add(a);
            } else {
                bestHigh.add(a);
            }
        }
        if (schoolGrade && read.low() == 1) {
            bestLow.add(new Anchor(1, "sehr gut (Schulnote)", true));
        }
        if (!bestLow.isEmpty() && !bestHigh.isEmpty()) {
            warnings.add(Message.of("mapping.warning.anchorsDisagree", quoted(bestLow.get(0)), quoted(bestHigh.get(0)),
                    read.label(), reversed.label()));
            return new Reading(read, evidence, warnings);
        }
        if (!bestLow.isEmpty() || !bestHigh.isEmpty()) {
            Scale oriented = bestLow.isEmpty() ? usual : reversed;
            List<Anchor> shown = bestLow.isEmpty() ? bestHigh : bestLow;
            evidence.add(Message.of("mapping.evidence.anchors", String.join(", ", shown.stream().map(ScaleAnchors::quoted)
                    .toList()), oriented.bestLabel(), oriented.label()));
            return new Reading(oriented, evidence, warnings);
        }
        if (unjudged.stream().map(Anchor::number).distinct().count() >= 2) {
            warnings.add(Message.of("mapping.warning.anchorsUnjudged", String.join(", ", unjudged.stream()
                    .map(ScaleAnchors::quoted).toList()), read.label(), reversed.label()));
        }
        return new Reading(read, evidence, warnings);
    }

    private static String quoted(Anchor a) {
        String n = a.number() == Math.rint(a.number()) ? Long.toString((long) a.number()) : Double.toString(a.number());
        return n + " = " + a.text();
    }

    private static List<Pattern> words(String... phrases) {
        List<Pattern> out = new ArrayList<>();
        for (String p : phrases) {
            out.add(Pattern.compile("(?<!\\p{L})" + Pattern.quote(p) + "(?!\\p{L})"));
        }
        return out;
    }
}
