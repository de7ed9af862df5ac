package org.cxlens.importer.mapping;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.cxlens.domain.ColumnRole;
import org.cxlens.domain.Message;

/**
 * Finds a long file (one row per respondent × question) whose headers name nothing the tool
 * knows, from its values alone: one answer column that mostly holds the labels of one family,
 * and code columns that are filled and repeat, one naming the respondent and one the question.
 *
 * <p>Which code column is which follows from the answers: a question is asked with one kind of
 * answer (every answer a label, or none), while every respondent answers both kinds; when the
 * answers cannot tell, the column with more different values is taken as the respondent, with a
 * warning.
 */
final class LongFileByValues {

    /** The family must know at least this share of the answer column's answers. */
    static final double MIN_LABEL_SHARE = 0.5;
    /** A code column is this full. */
    private static final double FILLED = 0.95;
    /** At most this share of a code column may be something else (a second header row, a stray note). */
    private static final double NOT_CODES = 0.01;
    /** A respondent column names more respondents than a segment has values. */
    private static final int MIN_RESPONDENTS = ColumnCandidate.SEGMENT_MAX_DISTINCT;
    /** "1024", "R-0017", "A12": one token with a digit, as ids and question codes are written. */
    private static final Pattern CODE = Pattern.compile("(?=.*\\d)[\\p{L}\\d_.-]{1,20}");
    private static final int EXAMPLES = 5;

    private final List<String> missingCodes;
    private final Set<String> missing;

    LongFileByValues(List<String> missingCodes, Set<String> missing) {
        this.missingCodes = missingCodes;
        this.missing = missing;
    }

    /** Gives the respondent, question and answer columns their roles; false (changing nothing) when the file is not long. */
    boolean find(List<ColumnCandidate> candidates) {
        if (candidates.stream().anyMatch(c -> c.role == ColumnRole.TOUCHPOINT)) {
            return false;
        }
        ColumnCandidate answer = null;
        LabelMatch match = null;
        for (ColumnCandidate c : candidates) {
            if (ColumnCandidate.scored(c.role) && (c.scale == null || !c.scale.fromLabels())) {
                // Numeric ratings beside the labels: a wide file.
                return false;
            }
            LabelMatch m = labelMatch(c);
            if (m != null) {
                if (answer != null) {
                    return false;
                }
                answer = c;
                match = m;
            }
        }
        if (answer == null) {
            return false;
        }
        List<ColumnCandidate> codes = new ArrayList<>();
        for (ColumnCandidate c : candidates) {
            if (c != answer && isRepeatingCode(c)) {
                codes.add(c);
            }
        }
        Pair pair = respondentAndQuestion(codes, answer, match);
        if (pair == null) {
            return false;
        }
        assign(pair, answer, match);
        return true;
    }

    /** The family of an answer column: labels in most answers, but not in (nearly) all, or a score already. */
    private LabelMatch labelMatch(ColumnCandidate c) {
        if (c.answeredCount == 0) {
            return null;
        }
        Map<String, Long> counts = new HashMap<>();
        c.answered.forEach(v -> counts.merge(v.value(), v.count(), Long::sum));
        LabelMatch m = LabelFamilies.match(counts, missingCodes, MIN_LABEL_SHARE);
        boolean scale = m != null && m.family().kind() != LabelFamily.Kind.OUTCOME
                && m.covered() >= MIN_LABEL_SHARE * c.answeredCount;
        return scale ? m : null;
    }

    /** Filled, repeating, and (nearly) every value a code. */
    private static boolean isRepeatingCode(ColumnCandidate c) {
        ColumnValues v = c.values;
        if (v.filled() < FILLED * v.rows() || v.filled() == 0 || v.uniqueShare() >= 0 && v.duplicates() * 2 < v.filled()) {
            return false;
        }
        return notCodes(c) <= NOT_CODES * v.filled();
    }

    /** Values that are no code, counting the uncounted rest as codes when most of it is numeric. */
    private static long notCodes(ColumnCandidate c) {
        long other = c.values.rest() - c.values.restNumeric();
        for (ColumnValues.Count v : c.values.counts()) {
            if (!CODE.matcher(v.value()).matches()) {
                other += v.count();
            }
        }
        return other;
    }

    private record Pair(ColumnCandidate respondent, ColumnCandidate question, boolean byAnswers, int rows) {
    }

    /**
     * Of two code columns whose value pairs never repeat in the preview's rows, the question is
     * the one whose every value holds one kind of answer.
     */
    private Pair respondentAndQuestion(List<ColumnCandidate> codes, ColumnCandidate answer, LabelMatch match) {
        Set<String> labels = new HashSet<>();
        match.family().labels().forEach(l -> labels.add(LabelFamilies.key(l)));
        match.byPhrase().keySet().forEach(l -> labels.add(LabelFamilies.key(l)));
        Pair best = null;
        for (int i = 0; i < codes.size(); i++) {
            for (int j = i + 1; j < codes.size(); j++) {
                ColumnCandidate a = codes.get(i);
                ColumnCandidate b = codes.get(j);
                if (!pairsUnique(a, b, answer, labels)) {
                    continue;
                }
                double mixedA = mixedShare(a, answer, labels);
                double mixedB = mixedShare(b, answer, labels);
                boolean byAnswers = Math.abs(mixedA - mixedB) >= 0.5;
                ColumnCandidate question = byAnswers ? (mixedA < mixedB ? a : b)
                        : a.values.distinct() < b.values.distinct() ? a : b;
                ColumnCandidate respondent = question == a ? b : a;
                if (respondent.values.distinct() <= MIN_RESPONDENTS) {
                    continue;
                }
                if (best == null || byAnswers && !best.byAnswers()) {
                    best = new Pair(respondent, question, byAnswers, answer.sample.size());
                }
            }
        }
        return best;
    }

    /**
     * Each rated row one respondent × question: no pair of values occurs twice among the preview's
     * rows holding a label (a multiple-choice question may give one respondent several rows).
     */
    private static boolean pairsUnique(ColumnCandidate a, ColumnCandidate b, ColumnCandidate answer, Set<String> labels) {
        Set<String> seen = new HashSet<>();
        for (int row = 0; row < a.sample.size(); row++) {
            if (labels.contains(LabelFamilies.key(answer.sample.get(row)))
                    && !seen.add(a.sample.get(row) + "\u0000" + b.sample.get(row))) {
                return false;
            }
        }
        return seen.size() > 1;
    }

    /** The share of answered preview rows whose value of {@code by} holds both labels and other answers. */
    private double mixedShare(ColumnCandidate by, ColumnCandidate answer, Set<String> labels) {
        Map<String, int[]> kinds = new HashMap<>();
        int rows = 0;
        for (int row = 0; row < by.sample.size(); row++) {
            String a = answer.sample.get(row);
            if (a.isEmpty() || missing.contains(LabelTable.normalize(a))) {
                continue;
            }
            rows++;
            int[] k = kinds.computeIfAbsent(by.sample.get(row), x -> new int[2]);
            k[labels.contains(LabelFamilies.key(a)) ? 0 : 1]++;
        }
        if (rows == 0) {
            return 0;
        }
        int mixed = 0;
        for (int[] k : kinds.values()) {
            if (k[0] > 0 && k[1] > 0) {
                mixed += k[0] + k[1];
            }
        }
        return (double) mixed / rows;
    }

    private void assign(Pair pair, ColumnCandidate answer, LabelMatch match) {
        ColumnCandidate id = pair.respondent();
        id.role = ColumnRole.RESPONDENT_ID;
        id.scale = null;
        id.evidence.clear();
        id.because("mapping.why.longRespondentValues", id.values.distinct(), id.values.filled() / (double) id.values.rows(),
                id.values.complete() ? 1 : 0);
        ColumnCandidate question = pair.question();
        question.role = ColumnRole.TOUCHPOINT;
        question.scale = null;
        question.evidence.clear();
        question.because("mapping.why.longQuestionValues", question.values.distinct(), question.values.complete() ? 1 : 0);
        if (pair.byAnswers()) {
            question.because("mapping.why.longQuestionByAnswers", pair.rows());
        } else {
            id.warn("mapping.warning.longRespondentGuessed", question.column.name());
        }
        for (ColumnCandidate c : List.of(id, question)) {
            long other = notCodes(c);
            if (other > 0) {
                c.warn("mapping.warning.longNotCodes", other, firstNotCode(c));
            }
        }
        answer.role = ColumnRole.TOUCHPOINT_SCORE;
        answer.evidence.clear();
        answer.because("mapping.why.longAnswers");
        ScaleSuggestion scale = ScaleDetector.ofFamily(match);
        // Answers past the counted values (free text) are no labels either.
        long others = answer.answeredCount - match.covered();
        if (others > 0) {
            List<String> examples = match.unknownLabels().keySet().stream().limit(EXAMPLES).toList();
            scale = scale.withWarning(Message.of("mapping.warning.longNotLabels", (double) others / answer.answeredCount,
                    others, answer.answeredCount, String.join(", ", examples)));
        }
        answer.scale = scale;
    }

    private static String firstNotCode(ColumnCandidate c) {
        for (ColumnValues.Count v : c.values.counts()) {
            if (!CODE.matcher(v.value()).matches()) {
                return v.value();
            }
        }
        return "";
    }
}
