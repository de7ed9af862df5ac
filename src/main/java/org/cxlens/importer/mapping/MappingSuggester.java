package org.cxlens.importer.mapping;

import static org.cxlens.importer.mapping.RoleWords.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cxlens.domain.ColumnRole;
import org.cxlens.domain.Message;
import org.cxlens.domain.MomentType;
import org.cxlens.domain.Scale;
import org.cxlens.importer.Preview;
import org.cxlens.importer.SourceColumn;
import org.cxlens.importer.SourceRow;

/**
 * Suggests a mapping from header text (English and Dutch) and the values of the whole file. A
 * role the header suggests is kept only when the values fit it; every column's suggestion
 * carries its evidence, and a warning wherever it is in doubt. Personal data is suggested as
 * excluded.
 */
public final class MappingSuggester {

    private static final int MIN_DISTINCT_RATINGS = 3;
    private static final int MAX_BARE_RATING = 10;
    /** "Don't know" answers of a rated question: not applicable in that column, never a rating. */
    private static final Set<String> DONT_KNOW = LabelTable.normalizedSet(List.of("don't know", "dont know",
            "do not know", "don't remember", "do not remember", "not sure", "unsure", "no opinion", "geen mening",
            "geen idee", "weet ik niet", "weet niet", "niet van toepassing", "not applicable", "n/a", "nvt", "n.v.t.",
            "prefer not to say", "zeg ik liever niet"));
    /** A negatively worded yes/no item ("any problems?") cannot be scored as it stands. */
    private static final String[] NEGATIVE_WORDS = {"problem", "problems", "difficulty", "difficulties", "issue",
            "issues", "complaint", "complaints", "probleem", "problemen", "klacht", "klachten", "moeite"};
    private static final Set<String> FILLER = Set.of("over", "met", "van", "de", "het", "with", "of", "about", "for",
            "the", "uw", "your", "bij");
    private static final Pattern RANGE = Pattern.compile(
            "(?<!\\d)(0|1)\\s*(?:-|–|to|tot|t/m|and|en)\\s*(3|4|5|6|7|10)(?!\\d)");
    private static final Set<Scale> KNOWN_SCALES = Set.of(Scale.of(0, 10), Scale.of(1, 10), Scale.of(1, 5),
            Scale.of(1, 7), Scale.of(0, 5), Scale.of(1, 3), Scale.of(1, 4), Scale.of(1, 6));
    /** A department names a few units; hundreds of values are names of people or free text. */
    private static final int MAX_DEPARTMENTS = 100;
    /** An id column is this full and this unique; less suggests a code or a category. */
    private static final double ID_FILLED = 0.95;
    private static final double ID_UNIQUE = 0.99;
    /** Normalised survey weights average about 1; expansion weights are far larger but vary widely. */
    private static final double WEIGHT_MEAN_MIN = 0.05;
    private static final double WEIGHT_MEAN_MAX = 20;
    /** The overall item of a coded block: "Q7ALL", "Q7_tot", "SAT_OVR". */
    private static final Pattern OVERALL_CODE = Pattern.compile(
            "(?i)[a-z]*(\\d+[_.]?|[a-z][_.])(all|tot|total|ovr|ov|overall|alg|algemeen|totaal|gen|general)");
    /** "RESPNUM", "RespID", "CaseNo": a number by its ending, but not the "-heid" of "Tevredenheid". */
    private static final Pattern ID_SUFFIX = Pattern.compile("^[A-Z]+(ID|NUM|NR|NO)$|[a-z](ID|Id|Num|Nr|No)$");
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");
    /** A header's closing bracket; when it gives anchors, "(1 = very satisfied; 5 = very dissatisfied)", it is evidence, not the touchpoint's name. */
    private static final int MAX_TOUCHPOINTS = 50;

    private final LabelTable labels;
    private final List<String> missingCodes;
    private final Set<String> missing;

    public MappingSuggester() {
        this(LabelTable.defaults(), LabelTable.DEFAULT_MISSING_CODES);
    }

    public MappingSuggester(LabelTable labels, List<String> missingCodes) {
        this.labels = labels;
        this.missingCodes = List.copyOf(missingCodes);
        this.missing = LabelTable.normalizedSet(missingCodes);
    }

    /** A suggestion from the preview's sample rows alone (tests, and files read before). */
    public Mapping suggest(Preview preview) {
        return suggest(preview, FileProfile.of(preview.sampleRows(), preview.columns().size(), decimalOf(preview)))
                .mapping();
    }

    /** A suggestion from the values of the whole file (or its spread sample). */
    public Suggestion suggest(Preview preview, FileProfile profile) {
        char decimal = decimalOf(preview);
        ScaleDetector detector = new ScaleDetector(labels, missingCodes, decimal);
        List<ColumnCandidate> candidates = new ArrayList<>();
        for (SourceColumn column : preview.columns()) {
            ColumnCandidate c = new ColumnCandidate(column, profile.column(column.index()),
                    sampleValues(preview.sampleRows(), column.index()), missing);
            classify(c, detector, decimal);
            candidates.add(c);
        }
        WholeFileRules rules = new WholeFileRules(missing);
        boolean longFile = rules.findLongShape(candidates)
                || new LongFileByValues(missingCodes, missing).find(candidates);
        Shape shape = longFile ? Shape.LONG : Shape.WIDE;
        if (shape == Shape.LONG) {
            for (ColumnCandidate c : candidates) {
                if (c.role == ColumnRole.OVERALL_SATISFACTION && !c.overall) {
                    c.role = ColumnRole.TOUCHPOINT_SCORE;
                } else if (c.role == ColumnRole.OVERALL_EXPECTATION && !c.overall) {
                    c.role = ColumnRole.TOUCHPOINT_EXPECTATION;
                } else if (c.role == ColumnRole.IGNORE && c.compactIn(LONG_SCORE_NAMES)
                        && rating(c, detector, rangeHint(c))) {
                    // A quiz "Score" in a one-row-per-respondent form is metadata; in a long file it is the rating.
                    c.role = ColumnRole.TOUCHPOINT_SCORE;
                }
            }
        } else {
            for (ColumnCandidate c : candidates) {
                if (c.role == ColumnRole.RESPONDENT_ID) {
                    checkId(c);
                }
            }
        }
        rules.chooseOverall(candidates);
        rules.keepOnePerRole(candidates, shape);
        rules.findWaveByValues(candidates);
        QuestionBlocks.unify(candidates.stream().filter(c -> c.scale != null && ColumnCandidate.scored(c.role))
                .map(c -> new QuestionBlocks.Member(QuestionBlocks.key(c.name, c.question), c.scale, s -> c.scale = s))
                .toList());
        WholeFileRules.warnDoubtfulCodes(candidates);
        List<Message> fileWarnings = rules.fileWarnings(candidates, profile, shape);
        List<ColumnNote> notes = new ArrayList<>();
        for (ColumnCandidate c : candidates) {
            List<Message> evidence = new ArrayList<>(c.evidence);
            if (evidence.isEmpty()) {
                evidence.add(fallbackEvidence(c));
            }
            List<Message> warnings = new ArrayList<>(c.warnings);
            if (c.scale != null && ColumnCandidate.scored(c.role)) {
                evidence.addAll(c.scale.evidence());
                warnings.addAll(c.scale.warnings());
            }
            notes.add(new ColumnNote(c.column.name(), evidence, warnings));
        }
        Mapping mapping = new Mapping(shape, preview.layout(), null, toColumnMappings(candidates, shape), labels,
                missingCodes, shape == Shape.LONG ? rules.touchpointSettings(candidates) : List.of());
        return new Suggestion(mapping, notes, fileWarnings, profile.rows(), profile.isSample());
    }

    /** Why a column no rule claimed is kept as an attribute, or offered nowhere. */
    private static Message fallbackEvidence(ColumnCandidate c) {
        if (c.answeredCount == 0) {
            return Message.of("mapping.why.empty");
        }
        return c.role == ColumnRole.SEGMENT ? Message.of("mapping.why.attribute", c.values.distinct())
                : Message.of("mapping.why.tooVaried", c.values.distinct());
    }

    private static char decimalOf(Preview preview) {
        return preview.dialect() == null ? '.' : preview.dialect().decimalSeparator();
    }

    private List<String> sampleValues(List<SourceRow> rows, int index) {
        List<String> out = new ArrayList<>(rows.size());
        for (SourceRow r : rows) {
            String v = r.cell(index);
            out.add(v == null ? "" : v.strip());
        }
        return out;
    }

    private void classify(ColumnCandidate c, ScaleDetector detector, char decimal) {
        long numeric = c.numeric();
        long emails = 0;
        for (ColumnValues.Count v : c.answered) {
            String s = v.value();
            if (s.indexOf('@') > 0 && s.indexOf('.') > 0 && s.indexOf(' ') < 0) {
                emails += v.count();
            }
        }
        boolean none = c.answeredCount == 0;
        boolean textValues = !none && numeric < c.answeredCount;
        boolean expectationLabels = !none && c.values.complete()
                && c.answered.stream().allMatch(v -> labels.expectation(v.value()) != null);
        c.overall = isOverall(c);

        if (c.name.raw().isEmpty() && c.question.raw().isEmpty()) {
            c.role = ColumnRole.IGNORE;
            c.because("mapping.why.noHeader");
        } else if (c.compactIn(METADATA) || c.name.compact().endsWith("npsgroup") || isQuizDetail(c.name.raw())) {
            c.role = ColumnRole.IGNORE;
            c.because("mapping.why.metadata");
        } else if (isPersonal(c) || !none && emails * 2 > c.answeredCount) {
            c.role = ColumnRole.PERSONAL;
            c.because("mapping.why.personal");
        } else if ((c.contains(COMMENT_STEMS) || c.hasWord(COMMENT_WORDS) || c.name.raw().toUpperCase(Locale.ROOT).endsWith("_TEXT"))
                && (none || textValues && (isFreeText(c) || c.values.distinct() > ColumnCandidate.SEGMENT_MAX_DISTINCT
                        || c.values.distinct() * 2 > c.answeredCount))
                && !expectationLabels) {
            c.role = ColumnRole.COMMENT;
            c.because("mapping.why.commentHeader");
        } else if (isIdName(c)) {
            c.role = ColumnRole.RESPONDENT_ID;
            c.because("mapping.why.idHeader");
        } else if (isDate(c) && datesParse(c, decimal)) {
            c.role = ColumnRole.DATE;
            c.because("mapping.why.date", dateOrderEvidence(c));
        } else if (isDate(c) && !none && ColumnCandidate.isShort(c.name)) {
            c.role = ColumnRole.IGNORE;
            c.warn("mapping.warning.unreadableDates", c.answered.get(0).value());
        } else if (isWave(c)) {
            c.role = ColumnRole.WAVE;
            c.because("mapping.why.wave");
        } else if (c.shortHeaderHasWord(WEIGHT_WORDS) && !none && numeric == c.answeredCount) {
            weightOrSegment(c);
        } else if ((c.contains(DEPARTMENT_STEMS) || c.shortHeaderHasWord(UNIT_WORDS) || c.hasWord("dept", "clinic"))
                && !none && c.values.distinct() <= MAX_DEPARTMENTS) {
            c.role = ColumnRole.DEPARTMENT;
            c.because("mapping.why.department");
        } else if ((c.contains(TOUCHPOINT_STEMS) || c.shortHeaderHasWord("moment", "interaction", "interactie"))
                && textValues && c.values.distinct() <= MAX_TOUCHPOINTS) {
            c.role = ColumnRole.TOUCHPOINT;
            c.because("mapping.why.touchpointName");
        } else if (c.hasWord(QUANTITY_WORDS) && !c.contains(SATISFACTION_STEMS)) {
            notARating(c, "mapping.why.quantity");
        } else if (c.name.raw().indexOf(' ') < 0 && c.name.hasWord(CATEGORY_WORDS)) {
            // Only a one-word or coded header names a grouping ("Region", "Q17_SEX"); "Gate location" is rated.
            notARating(c, "mapping.why.category");
        } else if (c.hasWord(WELLBEING_WORDS)) {
            notARating(c, "mapping.why.wellbeing");
        } else if (expectationLabels || c.contains(EXPECTATION_STEMS) && !c.hasWord(PRIOR_EXPECTATION_WORDS)
                && (none || rating(c, detector, null) || binary(c))) {
            c.touchpoint = touchpointOf(c, EXPECTATION_STEMS);
            c.role = c.touchpoint != null ? ColumnRole.TOUCHPOINT_EXPECTATION : ColumnRole.OVERALL_EXPECTATION;
            c.because("mapping.why.expectation");
        } else if (c.contains(RECOMMEND_STEMS) && recommendValues(c, detector)) {
            c.role = ColumnRole.RECOMMEND;
            c.because("mapping.why.recommend");
        } else if (c.contains(RECOMMEND_STEMS) && !none) {
            notARating(c, "mapping.why.recommendNotScale");
        } else if (c.hasWord(LOYALTY_WORDS) || c.name.contains("cusl")) {
            notARating(c, "mapping.why.loyalty");
        } else if (c.name.contains(PRIOR_EXPECTATION_CODES)) {
            notARating(c, "mapping.why.priorExpectation");
        } else if ((c.contains(SATISFACTION_STEMS) || c.hasWord(SATISFACTION_WORDS) || c.overall && ColumnCandidate.isShort(c.name))
                && (scoreValues(c, detector, hintFor(c)) || binary(c))) {
            c.touchpoint = touchpointOf(c, SATISFACTION_STEMS);
            c.role = c.touchpoint != null ? ColumnRole.TOUCHPOINT_SCORE : ColumnRole.OVERALL_SATISFACTION;
            c.because(c.overall ? "mapping.why.overall" : "mapping.why.satisfaction");
        } else if (c.item() != null && !none && (rating(c, detector, rangeHint(c)) || binaryItem(c))) {
            c.role = ColumnRole.TOUCHPOINT_SCORE;
            c.touchpoint = c.item();
            c.because("mapping.why.matrixItem", c.question.stem());
        } else if (textValues && isFreeText(c)) {
            c.role = ColumnRole.COMMENT;
            c.because("mapping.why.freeText");
        } else if (!none && c.values.distinct() >= MIN_DISTINCT_RATINGS && rating(c, detector, rangeHint(c))
                && (c.scale.fromLabels() || !textValues && c.scale.scale().high() <= MAX_BARE_RATING)) {
            // Hand-made sheets name a touchpoint's column after the touchpoint alone ("Delivery", "Levering").
            if (c.hasWord(SELF_PHRASES) && !c.scale.fromLabels()) {
                // "How similar are you to others?", "decide for yourself": a trait of the respondent.
                c.scale = null;
                notARating(c, "mapping.why.self");
                return;
            }
            c.role = ColumnRole.TOUCHPOINT_SCORE;
            c.touchpoint = c.label().strip();
            c.because(c.scale.fromLabels() ? "mapping.why.ratingLabels" : "mapping.why.ratingValues");
            if (!ColumnCandidate.isShort(c.question) && !c.scale.fromLabels()) {
                c.warn("mapping.warning.notAskedAsRating");
            }
        } else {
            c.role = c.segmentOrIgnore();
            warnUnknownScale(c, textValues);
        }
    }

    /**
     * A judged question ("How would you rate…", "Comment jugez-vous…") answered with a handful of
     * labels no family knows may be a rating scale in words the tool cannot order.
     */
    private static void warnUnknownScale(ColumnCandidate c, boolean textValues) {
        int distinct = c.values.distinct();
        if (textValues && c.values.complete() && distinct >= 3 && distinct <= 7 && c.contains(EVALUATIVE_STEMS)) {
            c.warn("mapping.warning.unknownScale", String.join(" / ", c.answered.stream().map(ColumnValues.Count::value)
                    .toList()));
        }
    }

    private void notARating(ColumnCandidate c, String why) {
        c.role = c.segmentOrIgnore();
        c.because(why);
    }

    private boolean isIdName(ColumnCandidate c) {
        if (c.compactIn(ID_NAMES) || c.name.compact().endsWith("respondentid") || c.name.compact().endsWith("responseid")) {
            return true;
        }
        // "Combined_ID", "ID réponse", "Case ID", "RESPNUM": a short header naming a number, and unique values.
        boolean named = c.name.hasWord("id", "nr", "nummer", "no", "num") || ID_SUFFIX.matcher(c.name.raw()).find();
        return ColumnCandidate.isShort(c.name) && named && c.values.distinct() > 1 && uniqueEnough(c);
    }

    private static boolean uniqueEnough(ColumnCandidate c) {
        return c.values.uniqueShare() >= ID_UNIQUE && c.values.filled() >= ID_FILLED * c.values.rows();
    }

    /** A wide file's id must name each respondent once; a sparse or repeating one is reported. */
    private void checkId(ColumnCandidate c) {
        long dups = c.values.duplicates();
        if (c.values.uniqueShare() < 0) {
            c.role = c.segmentOrIgnore();
            c.warn("mapping.warning.idRepeats");
        } else if (dups > 0) {
            c.warn("mapping.warning.idDuplicates", dups);
        }
        if (c.values.filled() < ID_FILLED * c.values.rows()) {
            c.warn("mapping.warning.idSparse", (double) c.values.filled() / Math.max(1, c.values.rows()));
        }
    }

    private boolean isWave(ColumnCandidate c) {
        if (!c.shortHeaderHasWord(WAVE_WORDS)) {
            return false;
        }
        // "Year" is a wave only when it holds a few years, not a birth year or a count.
        if (c.hasWord("year", "jaar", "surveyyear")) {
            return c.values.distinct() <= ColumnCandidate.SEGMENT_MAX_DISTINCT && !c.answered.isEmpty()
                    && c.answered.stream().allMatch(v -> YEAR.matcher(v.value()).matches());
        }
        return true;
    }

    /** A weight must be positive, present and plausible as a weight; body weight in kg is not. */
    private void weightOrSegment(ColumnCandidate c) {
        double sum = 0;
        long n = 0;
        long nonPositive = 0;
        long wholeKilos = 0;
        DecimalParser p = new DecimalParser('.');
        for (ColumnValues.Count v : c.answered) {
            double x = p.parse(v.value().replace(',', '.'));
            if (!Double.isNaN(x)) {
                sum += x * v.count();
                n += v.count();
                if (x <= 0) {
                    nonPositive += v.count();
                }
                if (x >= 30 && x <= 250 && x == Math.rint(x)) {
                    wholeKilos += v.count();
                }
            }
        }
        double mean = n == 0 ? Double.NaN : sum / n;
        // Whole kilos or pounds of adults (30–250, nearly no fractions) are body weights.
        boolean bodyWeights = n > 0 && wholeKilos * 10 >= n * 9;
        if (c.hasWord(BODY_WEIGHT_WORDS) || n == 0 || !(mean >= WEIGHT_MEAN_MIN) || bodyWeights) {
            c.role = c.segmentOrIgnore();
            c.warn("mapping.warning.weightImplausible", n == 0 ? 0 : mean);
            return;
        }
        c.role = ColumnRole.WEIGHT;
        c.because("mapping.why.weight", mean);
        if (mean > WEIGHT_MEAN_MAX) {
            // Expansion weights (respondents stand for thousands) give the same shares as normalised ones.
            c.warn("mapping.warning.weightLarge", mean);
        }
        if (nonPositive > 0) {
            c.warn("mapping.warning.weightNotPositive", nonPositive);
        }
        long empty = c.values.rows() - c.values.filled();
        if (empty > 0) {
            c.warn("mapping.warning.weightMissing", empty);
        }
    }

    private static boolean isQuizDetail(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.startsWith("points - ") || lower.startsWith("feedback - ");
    }

    private static boolean isPersonal(ColumnCandidate c) {
        // Stems only on short headers: a question may mention e-mail without the column holding one.
        boolean named = c.compactIn(PERSONAL_NAMES) || ColumnCandidate.isShort(c.name) && c.name.contains(PERSONAL_STEMS);
        return named && !(c.contains(CHANNEL_STEMS) && holdsRatings(c));
    }

    /** Every answer a whole number from 0 to 10: a rating, which no phone number or e-mail address is. */
    private static boolean holdsRatings(ColumnCandidate c) {
        if (c.answeredCount == 0 || c.values.rest() > 0) {
            return false;
        }
        DecimalParser p = new DecimalParser('.');
        for (ColumnValues.Count v : c.answered) {
            double x = p.parse(v.value());
            if (Double.isNaN(x) || x < 0 || x > 10 || x != Math.rint(x)) {
                return false;
            }
        }
        return true;
    }

    /**
     * An overall judgement: "overall" or "in general" as the header's first words, as a short
     * header, or inside a code ("OverallSat", "sat_overall"); not "the overall quality of X".
     */
    private static boolean isOverall(ColumnCandidate c) {
        for (HeaderText h : List.of(c.name, c.question)) {
            String[] words = h.words().split(" ");
            if (words.length == 0 || words[0].isEmpty()) {
                continue;
            }
            boolean code = h.raw().indexOf(' ') < 0;
            if (code && (h.contains(OVERALL_STEMS) || OVERALL_CODE.matcher(h.raw()).matches())) {
                return true;
            }
            if (ColumnCandidate.isShort(h) && h.hasWord(OVERALL_WORDS) || h.hasWord("in general", "all in all", "in het algemeen",
                    "over het algemeen", "alles bij elkaar", "algemeen gezien", "overall satisfaction")) {
                return true;
            }
            if (Arrays.asList(OVERALL_WORDS).contains(words[0]) || Arrays.asList(OVERALL_WORDS).contains(words[words.length - 1])) {
                return true;
            }
        }
        return false;
    }

    /** Prefers the moment a response was recorded over when the respondent started it. */
    private static boolean isDate(ColumnCandidate c) {
        if (c.compactIn(RECORDED_DATE_NAMES)) {
            c.datePriority = 0;
            return true;
        }
        if (c.compactIn(LATE_DATE_NAMES)) {
            c.datePriority = 2;
            return true;
        }
        c.datePriority = 1;
        return c.compactIn(DATE_NAMES) || c.name.contains("datum") || c.name.hasWord("date");
    }

    /** The day–month order in words where the dates have one (31/12/2025); ISO dates and the cells a spreadsheet holds as dates have none. */
    private static Message dateOrderEvidence(ColumnCandidate c) {
        return Message.of(hasYearLastDates(c) ? "mapping.dateOrder." + c.dateOrder.name() : "mapping.dateOrder.none");
    }

    /** Whether any of the column's dates puts its year last (31/12/2025), where the day–month order matters. */
    private static boolean hasYearLastDates(ColumnCandidate c) {
        return c.values.restOnlyIn(DateOrder.DAY_MONTH) + c.values.restOnlyIn(DateOrder.MONTH_DAY) > 0
                || c.answered.stream().anyMatch(v -> ColumnValues.YEAR_LAST_DATE.matcher(v.value()).find());
    }

    /** Nearly every answer must read as a date in one order; that order is kept for the column. */
    private boolean datesParse(ColumnCandidate c, char decimal) {
        if (c.answered.isEmpty()) {
            c.dateOrder = DateOrder.DAY_MONTH;
            return true;
        }
        List<DateOrder> readable = new ArrayList<>();
        for (DateOrder order : DateOrder.values()) {
            DateParser parser = new DateParser(order, decimal);
            long ok = 0;
            long all = 0;
            for (ColumnValues.Count v : c.answered) {
                all += v.count();
                if (parser.parse(v.value()) != null) {
                    ok += v.count();
                }
            }
            if (ok == all) {
                readable.add(order);
            }
        }
        // Dates past the distinct-value limit that read in one order only rule out the other.
        for (DateOrder order : DateOrder.values()) {
            if (c.values.restOnlyIn(order) > 0) {
                readable.removeIf(other -> other != order);
            }
        }
        if (readable.isEmpty()) {
            return false;
        }
        c.dateOrder = readable.get(0);
        if (readable.size() > 1 && hasYearLastDates(c)) {
            // Every day is 12 or less: nothing in the file tells 3/4 from 4/3.
            c.warn("mapping.warning.dateOrderAmbiguous", Message.of("mapping.dateOrder." + c.dateOrder.name()));
        }
        return true;
    }

    /** The touchpoint a score or expectation header names, or null when it is about the whole experience. */
    private static String touchpointOf(ColumnCandidate c, String[] stems) {
        if (c.overall) {
            return null;
        }
        String item = c.item() != null ? c.item() : prefixItem(c, stems);
        return item == null || isOverallName(item) ? null : item;
    }

    private static boolean isOverallName(String item) {
        HeaderText h = HeaderText.of(item);
        return ColumnCandidate.isShort(h) && h.hasWord(OVERALL_WORDS);
    }

    private boolean rating(ColumnCandidate c, ScaleDetector detector, Scale hint) {
        ScaleSuggestion s = detector.detect(withoutDontKnow(c), hint, List.of(c.question.raw(), c.name.raw()));
        if (s != null) {
            c.scale = s;
            if (!c.columnCodes.isEmpty()) {
                List<String> codes = new ArrayList<>(c.columnCodes);
                codes.addAll(s.missingCodes());
                c.scale = s.withCodes(codes);
            }
        }
        return s != null;
    }

    /** The answers without "don't know" phrases, which become this column's own "no answer" codes. */
    private List<ColumnValues.Count> withoutDontKnow(ColumnCandidate c) {
        List<ColumnValues.Count> out = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        List<String> named = NumberedLabels.of(c.question.raw(), c.name.raw()).codes();
        for (ColumnValues.Count v : c.answered) {
            if (DONT_KNOW.contains(LabelTable.normalize(v.value())) || named.contains(v.value().strip())) {
                codes.add(v.value());
            } else {
                out.add(v);
            }
        }
        c.columnCodes = codes;
        return out;
    }

    /**
     * Two-way answers of an evaluative question (yes / no, satisfied / neutral or dissatisfied, in
     * a built-in outcome family): read as 0–1 with the favourable answer = 1, "don't know" as the
     * column's code.
     */
    private boolean binary(ColumnCandidate c) {
        List<ColumnValues.Count> answers = withoutDontKnow(c);
        Map<String, Long> counts = new HashMap<>();
        answers.forEach(v -> counts.merge(v.value(), v.count(), Long::sum));
        LabelMatch m = c.values.complete() ? LabelFamilies.match(counts, missingCodes) : null;
        if (m == null || m.family().kind() != LabelFamily.Kind.OUTCOME || !m.unusedLabels().isEmpty()) {
            return false;
        }
        List<String> labels = m.columnLabels();
        List<Message> evidence = new ArrayList<>();
        evidence.add(Message.of("mapping.evidence.twoWay", labels.get(1), labels.get(0),
                m.labelCounts().values().stream().skip(1).findFirst().orElse(0L),
                m.labelCounts().values().stream().findFirst().orElse(0L)));
        for (String code : c.columnCodes) {
            evidence.add(Message.of("mapping.evidence.code", code, (double) c.values.count(code) / c.answeredCount));
        }
        List<Message> warnings = new ArrayList<>();
        if (!m.unknownLabels().isEmpty()) {
            warnings.add(Message.of("mapping.warning.unknownLabels", String.join(", ", m.unknownLabels().keySet())));
        }
        c.scale = new ScaleSuggestion(Scale.of(0, 1), c.columnCodes, true, evidence, warnings, 0, 1, labels);
        return true;
    }

    /**
     * A yes/no grid item is scored when it asks a question about something good ("Did you have
     * enough time?"), not about problems; ticked options of a check-all-that-apply list are not.
     */
    private boolean binaryItem(ColumnCandidate c) {
        String item = c.item();
        return item != null && item.contains("?") && !c.hasWord(NEGATIVE_WORDS) && binary(c);
    }

    /** A score header must hold ratings; with no answers the header alone decides. */
    private boolean scoreValues(ColumnCandidate c, ScaleDetector detector, Scale hint) {
        if (c.answeredCount == 0) {
            Scale fallback = hint != null ? hint : Scale.of(1, 5);
            c.scale = ScaleSuggestion.assumed(fallback, Message.of("mapping.evidence.noAnswers", fallback.label()));
            c.warn("mapping.warning.noAnswers");
            return true;
        }
        return rating(c, detector, hint);
    }

    /**
     * Likelihood to recommend: numeric (0–10 unless the question, the labels or the values say
     * otherwise), a known label scale, or yes/no. A 0 there is an answer, never "not applicable".
     */
    private boolean recommendValues(ColumnCandidate c, ScaleDetector detector) {
        Scale named = rangeHint(c);
        if (c.answeredCount == 0) {
            return scoreValues(c, detector, named != null ? named : Scale.of(0, 10));
        }
        if (!rating(c, detector, named)) {
            return binary(c);
        }
        ScaleSuggestion s = c.scale;
        boolean zero = s.missingCodes().stream().anyMatch(code -> HeaderText.compact(code).equals("0"));
        boolean small = c.answeredCount < 100;
        if (named == null && !s.fromLabels() && (zero || s.scale().high() > 7 && (small || s.scale().low() == 0))) {
            List<String> codes = new ArrayList<>(s.missingCodes());
            codes.removeIf(code -> HeaderText.compact(code).equals("0"));
            c.scale = new ScaleSuggestion(Scale.of(0, 10), codes, false, s.evidence(),
                    zero || s.scale().low() == 0 ? s.warnings()
                            : List.of(Message.of("mapping.warning.recommendNoZero", c.answeredCount)),
                    zero ? 0 : s.low(), s.high(), s.labels());
        }
        return true;
    }

    private static Scale hintFor(ColumnCandidate c) {
        Scale range = rangeHint(c);
        if (range != null) {
            return range;
        }
        if (c.contains(SCHOOL_GRADE_STEMS)) {
            // Read 1–6 here; the school grade's anchor turns it round to 6–1 with its evidence.
            return Scale.of(1, 6);
        }
        return c.contains(GRADE_STEMS) ? Scale.of(1, 10) : null;
    }

    /** A scale the question names, as in "(0-10)", "1 tot 5", "on a scale of 1 to 7". */
    private static Scale rangeHint(ColumnCandidate c) {
        Scale labelled = NumberedLabels.of(c.question.raw(), c.name.raw()).scale();
        if (labelled != null && KNOWN_SCALES.contains(labelled)) {
            return labelled;
        }
        for (HeaderText h : List.of(c.question, c.name)) {
            Matcher m = RANGE.matcher(h.raw().toLowerCase(Locale.ROOT));
            while (m.find()) {
                Scale s = Scale.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
                if (KNOWN_SCALES.contains(s)) {
                    return s;
                }
            }
        }
        return null;
    }

    /**
     * The touchpoint a Dutch-style header names after (or before) its keyword, as in
     * "Rapportcijfer Website" or "Tevredenheid over de levering"; null when there is none.
     */
    private static String prefixItem(ColumnCandidate c, String[] stems) {
        String[] words = c.name.raw().split("\\s+");
        if (words.length < 2 || words.length > 5) {
            return null;
        }
        int from;
        int to;
        if (containsStem(words[0], stems)) {
            from = 1;
            to = words.length;
        } else if (containsStem(words[words.length - 1], stems)) {
            from = 0;
            to = words.length - 1;
        } else {
            return null;
        }
        while (from < to && FILLER.contains(words[from].toLowerCase(Locale.ROOT))) {
            from++;
        }
        if (from >= to) {
            return null;
        }
        String item = String.join(" ", Arrays.copyOfRange(words, from, to));
        if (isOverallName(item) || !Character.isLetter(item.charAt(0))) {
            return null;
        }
        return Character.toUpperCase(item.charAt(0)) + item.substring(1);
    }

    private static boolean containsStem(String word, String[] stems) {
        String compact = HeaderText.compact(word);
        for (String s : stems) {
            if (compact.contains(s)) {
                return true;
            }
        }
        return false;
    }

    /** Long, mostly different answers are what people type, not what they pick. */
    private static boolean isFreeText(ColumnCandidate c) {
        if (c.answeredCount < 3) {
            return false;
        }
        long length = (long) (c.values.restMeanLength() * c.values.rest());
        long once = c.values.rest();
        for (ColumnValues.Count v : c.answered) {
            length += (long) v.value().length() * v.count();
            if (v.count() == 1) {
                once++;
            }
        }
        return length / c.answeredCount >= 20 && once * 5 >= c.answeredCount * 3;
    }

    private List<ColumnMapping> toColumnMappings(List<ColumnCandidate> candidates, Shape shape) {
        for (ColumnCandidate c : candidates) {
            if (c.touchpoint != null) {
                c.touchpoint = HeaderText.withoutScaleNote(c.touchpoint);
            }
        }
        Map<String, String> spelling = new LinkedHashMap<>();
        for (ColumnCandidate c : candidates) {
            if (shape == Shape.WIDE && c.role == ColumnRole.TOUCHPOINT_SCORE) {
                spelling.putIfAbsent(c.touchpoint.toLowerCase(Locale.ROOT), c.touchpoint);
            }
        }
        for (ColumnCandidate c : candidates) {
            if (shape == Shape.WIDE && c.role == ColumnRole.TOUCHPOINT_EXPECTATION) {
                spelling.putIfAbsent(c.touchpoint.toLowerCase(Locale.ROOT), c.touchpoint);
            }
        }
        List<String> journey = new ArrayList<>(spelling.keySet());
        List<ColumnMapping> out = new ArrayList<>();
        for (ColumnCandidate c : candidates) {
            ColumnMapping m = ColumnMapping.of(c.column.name(), c.role);
            boolean touchpointItem = c.role == ColumnRole.TOUCHPOINT_SCORE || c.role == ColumnRole.TOUCHPOINT_EXPECTATION;
            if (touchpointItem && shape == Shape.WIDE) {
                String key = c.touchpoint.toLowerCase(Locale.ROOT);
                m = m.withTouchpoint(spelling.get(key)).withJourneyOrder(journey.indexOf(key) + 1)
                        .withMomentType(MomentType.STANDARD);
            }
            if (c.role == ColumnRole.TOUCHPOINT) {
                m = m.withMomentType(MomentType.STANDARD);
            }
            if (ColumnCandidate.scored(c.role) && c.scale != null) {
                m = m.withScale(c.scale.scale()).withMissingCodes(c.scale.missingCodes()).withLabels(c.scale.labels());
            }
            if (c.role == ColumnRole.DATE) {
                m = m.withDateOrder(c.dateOrder);
            }
            out.add(m);
        }
        return out;
    }
}
