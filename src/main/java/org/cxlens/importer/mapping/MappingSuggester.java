package org.cxlens.importer.mapping;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cxlens.domain.ColumnRole;
import org.cxlens.domain.MomentType;
import org.cxlens.domain.Scale;
import org.cxlens.importer.Preview;
import org.cxlens.importer.SourceColumn;
import org.cxlens.importer.SourceRow;

/**
 * Suggests a mapping from header text (English and Dutch) and sample values. Every suggestion
 * is only a starting point the user edits; personal data is suggested as excluded.
 */
public final class MappingSuggester {

    private static final Set<String> METADATA = Set.of("status", "progress", "durationinseconds", "duration",
            "finished", "distributionchannel", "userlanguage", "collectorid", "responseset", "externalreference",
            "externaldatareference", "lastmodifiedtime", "totalpoints", "quizfeedback", "score");
    private static final Set<String> PERSONAL_NAMES = Set.of("email", "emailaddress", "emailadres", "recipientemail",
            "name", "fullname", "firstname", "lastname", "recipientfirstname", "recipientlastname", "naam", "voornaam",
            "achternaam", "volledigenaam", "yourname", "uwnaam", "phone", "phonenumber", "telephone", "telefoon",
            "telefoonnummer", "mobile", "mobiel", "mobielnummer", "ip", "ipaddress", "ipadres", "locationlatitude",
            "locationlongitude", "latitude", "longitude", "address", "adres", "straat", "street", "streetaddress");
    private static final String[] PERSONAL_STEMS = {"email", "telefoon", "phone", "ipaddress", "latitude", "longitude"};
    private static final Set<String> ID_NAMES = Set.of("id", "respondentid", "responseid", "respondent",
            "respondentnummer", "respondentnr", "respondentno", "respondentnumber", "responsenumber", "recordid",
            "responsid", "uniqueid", "respnr", "respid");
    private static final Set<String> RECORDED_DATE_NAMES = Set.of("recordeddate", "completiontime", "timestamp",
            "tijdstempel");
    private static final Set<String> LATE_DATE_NAMES = Set.of("startdate", "starttime", "begindatum", "starttijd");
    private static final Set<String> DATE_NAMES = Set.of("date", "datum", "enddate", "recordeddate", "timestamp",
            "tijdstempel", "completiontime", "submitdate", "submittedat", "datetime", "invuldatum", "responsedate",
            "einddatum", "eindtijd", "time");
    private static final String[] WAVE_WORDS = {"meting", "wave", "golf", "ronde", "round", "peiling", "meetmoment",
            "periode", "period", "kwartaal", "quarter", "editie"};
    private static final String[] WEIGHT_WORDS = {"weight", "gewicht", "weegfactor", "weging", "weighting"};
    private static final String[] DEPARTMENT_STEMS = {"afdeling", "department"};
    private static final String[] TOUCHPOINT_STEMS = {"contactmoment", "touchpoint", "contactpunt", "klantmoment"};
    private static final String[] EXPECTATION_STEMS = {"verwacht", "expect"};
    private static final String[] RECOMMEND_STEMS = {"aanbevel", "aanbeveel", "recommend", "aanraden", "waarschijnlijk",
            "likely", "nps"};
    private static final String[] SATISFACTION_STEMS = {"tevreden", "satisf", "rapportcijfer", "cijfer", "beoordel",
            "waardering", "grade", "rating"};
    private static final int MIN_DISTINCT_RATINGS = 3;
    private static final int MAX_BARE_RATING = 10;
    private static final Set<String> LONG_SCORE_NAMES = Set.of("score", "rating", "cijfer", "rapportcijfer",
            "waardering", "beoordeling", "grade");
    private static final String[] SATISFACTION_WORDS = {"rate", "score", "overall", "oordeel"};
    private static final String[] GRADE_STEMS = {"rapportcijfer", "cijfer", "grade"};
    private static final String[] COMMENT_STEMS = {"toelichting", "opmerking", "comment", "commentaar", "waarom",
            "textentry", "openendedresponse", "feedback", "suggestie", "suggestion", "remark", "verbeterpunt",
            "explain", "uitleg", "anythingelse"};
    private static final String[] OVERALL_WORDS = {"overall", "algemeen", "algemene", "totaal", "total", "general",
            "globaal", "in het algemeen", "totaaloordeel"};
    /** SurveyMonkey's second header row names the answer kind, not a sub-item. */
    private static final Set<String> NOT_ITEMS = Set.of("response", "open-ended response", "antwoord",
            "other (please specify)", "anders, namelijk", "text entry");
    private static final Set<String> FILLER = Set.of("over", "met", "van", "de", "het", "with", "of", "about", "for",
            "the", "uw", "your", "bij");
    private static final Pattern RANGE = Pattern.compile("(?<!\\d)(0|1)\\s*(?:-|–|to|tot|t/m)\\s*(3|4|5|7|10)(?!\\d)");
    private static final Set<Scale> KNOWN_SCALES = Set.of(Scale.of(0, 10), Scale.of(1, 10), Scale.of(1, 5),
            Scale.of(1, 7), Scale.of(0, 5), Scale.of(1, 3), Scale.of(1, 4));
    private static final Set<ColumnRole> ONE_ONLY = EnumSet.of(ColumnRole.RESPONDENT_ID, ColumnRole.DEPARTMENT,
            ColumnRole.TOUCHPOINT, ColumnRole.OVERALL_SATISFACTION, ColumnRole.OVERALL_EXPECTATION,
            ColumnRole.RECOMMEND, ColumnRole.WAVE, ColumnRole.WEIGHT);
    private static final int SEGMENT_MAX_DISTINCT = 20;
    /**
     * Values that name a measuring period: "2025-Q1", "Q3 2025", "2025-H2", "2025 K1" (kwartaal),
     * "Wave 2", "Meting 1". SurveyMonkey exports carry the wave in "Custom Data 1", which no header
     * rule can recognise.
     */
    private static final Pattern PERIOD = Pattern.compile(
            "(?i)\\d{4}\\s*[-/ ]?\\s*[QKH]\\d|[QKH]\\d\\s*[-/ ]?\\s*\\d{4}|(?:wave|meting|golf|ronde|round)\\s*\\d{1,2}");
    /** A touchpoint-name column of a long file holds a small set of names. */
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

    /** What one column looks like, and what it is suggested to be. */
    private static final class Candidate {
        final SourceColumn column;
        final HeaderText name;
        final HeaderText question;
        final List<String> values;
        ColumnRole role;
        String touchpoint;
        ScaleSuggestion scale;
        boolean overall;
        int datePriority;
        DateOrder dateOrder;

        Candidate(SourceColumn column, List<String> values) {
            this.column = column;
            this.name = HeaderText.of(column.name());
            this.question = HeaderText.of(column.questionText() == null ? column.name() : column.questionText());
            this.values = values;
        }

        boolean hasWord(String... words) {
            return name.hasWord(words) || question.hasWord(words);
        }

        /** Words like "wave" or "moment" name a role only as a short header, not inside a question. */
        boolean shortHeaderHasWord(String... words) {
            return isShort(name) && name.hasWord(words) || isShort(question) && question.hasWord(words);
        }

        private static boolean isShort(HeaderText h) {
            return h.words().split(" ").length <= 3;
        }

        boolean contains(String... stems) {
            return name.contains(stems) || question.contains(stems);
        }

        boolean compactIn(Set<String> names) {
            return names.contains(name.compact()) || names.contains(question.compact());
        }

        /** The sub-item a matrix header names: from the question text when it has one, else the name. */
        String item() {
            String item = question.item() != null ? question.item() : name.item();
            return item == null || NOT_ITEMS.contains(item.toLowerCase(Locale.ROOT)) ? null : item;
        }
    }

    public Mapping suggest(Preview preview) {
        char decimal = preview.dialect() == null ? '.' : preview.dialect().decimalSeparator();
        ScaleDetector detector = new ScaleDetector(labels, missingCodes, decimal);
        DecimalParser numbers = new DecimalParser(decimal);
        List<Candidate> candidates = new ArrayList<>();
        for (SourceColumn column : preview.columns()) {
            Candidate c = new Candidate(column, sampleValues(preview.sampleRows(), column.index()));
            classify(c, detector, numbers, decimal);
            candidates.add(c);
        }
        Shape shape = findLongShape(candidates) ? Shape.LONG : Shape.WIDE;
        if (shape == Shape.LONG) {
            for (Candidate c : candidates) {
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
        }
        keepOnePerRole(candidates, shape);
        findWaveByValues(candidates);
        return new Mapping(shape, preview.layout(), null, toColumnMappings(candidates, shape), labels, missingCodes,
                shape == Shape.LONG ? touchpointSettings(candidates) : List.of());
    }

    private List<String> sampleValues(List<SourceRow> rows, int index) {
        List<String> out = new ArrayList<>(rows.size());
        for (SourceRow r : rows) {
            String v = r.cell(index);
            out.add(v == null ? "" : v.strip());
        }
        return out;
    }

    private void classify(Candidate c, ScaleDetector detector, DecimalParser numbers, char decimal) {
        List<String> answered = answered(c.values);
        int numeric = 0;
        int emails = 0;
        for (String v : answered) {
            if (!Double.isNaN(numbers.parse(v))) {
                numeric++;
            }
            if (v.indexOf('@') > 0 && v.indexOf('.') > 0 && v.indexOf(' ') < 0) {
                emails++;
            }
        }
        boolean textValues = !answered.isEmpty() && numeric < answered.size();
        boolean expectationLabels = !answered.isEmpty() && answered.stream().allMatch(v -> labels.expectation(v) != null);
        c.overall = c.hasWord(OVERALL_WORDS);

        if (c.compactIn(METADATA) || c.name.compact().endsWith("npsgroup") || isQuizDetail(c.name.raw())) {
            c.role = ColumnRole.IGNORE;
        } else if (isPersonal(c) || !answered.isEmpty() && emails * 2 > answered.size()) {
            c.role = ColumnRole.PERSONAL;
        } else if ((c.contains(COMMENT_STEMS) || c.hasWord("why") || c.name.raw().toUpperCase(Locale.ROOT).endsWith("_TEXT"))
                && (answered.isEmpty() || textValues) && !expectationLabels) {
            c.role = ColumnRole.COMMENT;
        } else if (c.compactIn(ID_NAMES) || c.name.compact().endsWith("respondentid") || c.name.compact().endsWith("responseid")) {
            c.role = ColumnRole.RESPONDENT_ID;
        } else if (isDate(c) && datesParse(c, answered, decimal)) {
            c.role = ColumnRole.DATE;
        } else if (c.shortHeaderHasWord(WAVE_WORDS)) {
            c.role = ColumnRole.WAVE;
        } else if (c.shortHeaderHasWord(WEIGHT_WORDS) && numeric == answered.size()) {
            c.role = ColumnRole.WEIGHT;
        } else if (c.contains(DEPARTMENT_STEMS) || c.hasWord("dept")) {
            c.role = ColumnRole.DEPARTMENT;
        } else if ((c.contains(TOUCHPOINT_STEMS) || c.shortHeaderHasWord("moment", "interaction", "interactie"))
                && textValues && new HashSet<>(answered).size() <= MAX_TOUCHPOINTS) {
            c.role = ColumnRole.TOUCHPOINT;
        } else if (expectationLabels || c.contains(EXPECTATION_STEMS) && (answered.isEmpty() || rating(c, detector, null))) {
            // Labelled answers need no scale; numeric codes got theirs from rating() as a coding.
            c.touchpoint = touchpointOf(c, EXPECTATION_STEMS);
            c.role = c.touchpoint != null ? ColumnRole.TOUCHPOINT_EXPECTATION : ColumnRole.OVERALL_EXPECTATION;
        } else if (c.contains(RECOMMEND_STEMS) && recommendValues(c, detector, answered)) {
            c.role = ColumnRole.RECOMMEND;
        } else if ((c.contains(SATISFACTION_STEMS) || c.hasWord(SATISFACTION_WORDS))
                && scoreValues(c, detector, answered, hintFor(c))) {
            c.touchpoint = touchpointOf(c, SATISFACTION_STEMS);
            c.role = c.touchpoint != null ? ColumnRole.TOUCHPOINT_SCORE : ColumnRole.OVERALL_SATISFACTION;
        } else if (c.item() != null && !answered.isEmpty() && rating(c, detector, rangeHint(c))) {
            c.role = ColumnRole.TOUCHPOINT_SCORE;
            c.touchpoint = c.item();
        } else if (textValues && isFreeText(answered)) {
            c.role = ColumnRole.COMMENT;
        } else if (!textValues && new HashSet<>(answered).size() >= MIN_DISTINCT_RATINGS
                && rating(c, detector, rangeHint(c)) && c.scale.scale().max() <= MAX_BARE_RATING) {
            // Hand-made sheets name a touchpoint's column after the touchpoint alone ("Delivery", "Levering").
            c.role = ColumnRole.TOUCHPOINT_SCORE;
            c.touchpoint = c.question.raw().strip();
        } else {
            c.role = segmentOrIgnore(answered);
        }
    }

    private List<String> answered(List<String> values) {
        List<String> out = new ArrayList<>();
        for (String v : values) {
            if (!v.isEmpty() && !missing.contains(LabelTable.normalize(v))) {
                out.add(v);
            }
        }
        return out;
    }

    private static boolean isQuizDetail(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.startsWith("points - ") || lower.startsWith("feedback - ");
    }

    private static boolean isPersonal(Candidate c) {
        if (c.compactIn(PERSONAL_NAMES)) {
            return true;
        }
        // Stems only on short headers: a question may mention e-mail without the column holding one.
        return c.name.words().split(" ").length <= 3 && c.name.contains(PERSONAL_STEMS);
    }

    /** Prefers the moment a response was recorded over when the respondent started it. */
    private static boolean isDate(Candidate c) {
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

    /** Most sample dates must read in one order; that order is kept for the column. */
    private static boolean datesParse(Candidate c, List<String> answered, char decimal) {
        if (answered.isEmpty()) {
            c.dateOrder = DateOrder.DAY_MONTH;
            return true;
        }
        for (DateOrder order : DateOrder.values()) {
            DateParser parser = new DateParser(order, decimal);
            int ok = 0;
            for (String v : answered) {
                if (parser.parse(v) != null) {
                    ok++;
                }
            }
            if (ok == answered.size()) {
                c.dateOrder = order;
                return true;
            }
        }
        return false;
    }

    /** The touchpoint a score or expectation header names, or null when it is about the whole experience. */
    private static String touchpointOf(Candidate c, String[] stems) {
        String item = c.item() != null ? c.item() : prefixItem(c, stems);
        return item == null || isOverallName(item) ? null : item;
    }

    private static boolean isOverallName(String item) {
        return HeaderText.of(item).hasWord(OVERALL_WORDS);
    }

    private boolean rating(Candidate c, ScaleDetector detector, Scale hint) {
        ScaleSuggestion s = detector.detect(c.values, hint);
        if (s != null) {
            c.scale = s;
        }
        return s != null;
    }

    /** A score header must hold ratings; with no sample rows the header alone decides. */
    private boolean scoreValues(Candidate c, ScaleDetector detector, List<String> answered, Scale hint) {
        if (answered.isEmpty()) {
            Scale fallback = hint != null ? hint : Scale.of(1, 5);
            c.scale = new ScaleSuggestion(fallback, List.of(), false);
            return true;
        }
        return rating(c, detector, hint);
    }

    /**
     * Likelihood to recommend is asked on 0–10 (the NPS item) unless the question or labels say
     * otherwise; a 0 there is an answer, never "not applicable".
     */
    private boolean recommendValues(Candidate c, ScaleDetector detector, List<String> answered) {
        Scale named = rangeHint(c);
        if (!scoreValues(c, detector, answered, named != null ? named : answered.isEmpty() ? Scale.of(0, 10) : null)) {
            return false;
        }
        ScaleSuggestion s = c.scale;
        boolean zero = s.missingCodes().stream().anyMatch(code -> HeaderText.compact(code).equals("0"));
        if (named == null && !s.fromLabels() && (zero || s.scale().max() > 7)) {
            List<String> codes = new ArrayList<>(s.missingCodes());
            codes.removeIf(code -> HeaderText.compact(code).equals("0"));
            c.scale = new ScaleSuggestion(Scale.of(0, 10), codes, false);
        }
        return true;
    }

    private static Scale hintFor(Candidate c) {
        Scale range = rangeHint(c);
        if (range != null) {
            return range;
        }
        return c.contains(GRADE_STEMS) ? Scale.of(1, 10) : null;
    }

    /** A scale the question names, as in "(0-10)", "1 tot 5", "on a scale of 1 to 7". */
    private static Scale rangeHint(Candidate c) {
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
    private static String prefixItem(Candidate c, String[] stems) {
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

    private static boolean isFreeText(List<String> answered) {
        if (answered.size() < 3) {
            return false;
        }
        long length = 0;
        for (String v : answered) {
            length += v.length();
        }
        return length / answered.size() >= 20 && new HashSet<>(answered).size() * 5 >= answered.size() * 4;
    }

    private static ColumnRole segmentOrIgnore(List<String> answered) {
        if (answered.isEmpty()) {
            return ColumnRole.IGNORE;
        }
        int distinct = new HashSet<>(answered).size();
        boolean few = distinct <= SEGMENT_MAX_DISTINCT && (answered.size() < 10 || distinct * 2 <= answered.size());
        return few ? ColumnRole.SEGMENT : ColumnRole.IGNORE;
    }

    /**
     * Long shape when a touchpoint-name column was found, or when respondent ids repeat and one
     * low-cardinality text column differs between the rows of each respondent.
     */
    private boolean findLongShape(List<Candidate> candidates) {
        Candidate id = null;
        for (Candidate c : candidates) {
            if (c.role == ColumnRole.TOUCHPOINT) {
                return true;
            }
            if (c.role == ColumnRole.RESPONDENT_ID && id == null) {
                id = c;
            }
        }
        if (id == null) {
            return false;
        }
        for (Candidate c : candidates) {
            if (c.role == ColumnRole.SEGMENT && variesWithinRespondents(id.values, c.values)) {
                c.role = ColumnRole.TOUCHPOINT;
                return true;
            }
        }
        return false;
    }

    private boolean variesWithinRespondents(List<String> ids, List<String> values) {
        Map<String, Set<String>> seen = new HashMap<>();
        boolean repeated = false;
        DecimalParser numbers = new DecimalParser('.');
        for (int i = 0; i < ids.size(); i++) {
            String v = values.get(i);
            if (ids.get(i).isEmpty() || v.isEmpty() || !Double.isNaN(numbers.parse(v))) {
                return false;
            }
            Set<String> mine = seen.computeIfAbsent(ids.get(i), k -> new HashSet<>());
            repeated |= !mine.isEmpty();
            if (!mine.add(v)) {
                return false;
            }
        }
        return repeated;
    }

    /**
     * The touchpoints a long file's preview names, in the journey order its rows show, each a
     * standard moment: the profile lists them for the consultant to mark moments of truth and
     * excel moments.
     */
    private List<TouchpointSetting> touchpointSettings(List<Candidate> candidates) {
        Candidate id = null;
        Candidate touchpoint = null;
        for (Candidate c : candidates) {
            if (c.role == ColumnRole.RESPONDENT_ID && id == null) {
                id = c;
            } else if (c.role == ColumnRole.TOUCHPOINT && touchpoint == null) {
                touchpoint = c;
            }
        }
        if (touchpoint == null) {
            return List.of();
        }
        Map<String, Integer> localOf = new LinkedHashMap<>();
        Map<String, Integer> lastOfRespondent = new HashMap<>();
        JourneyOrder journey = new JourneyOrder();
        for (int row = 0; row < touchpoint.values.size(); row++) {
            String name = touchpoint.values.get(row);
            if (name.isEmpty() || missing.contains(LabelTable.normalize(name))) {
                continue;
            }
            Integer local = localOf.computeIfAbsent(name, k -> localOf.size());
            if (id != null && !id.values.get(row).isEmpty()) {
                Integer previous = lastOfRespondent.put(id.values.get(row), local);
                if (previous != null && !previous.equals(local)) {
                    journey.observe(previous, local);
                }
            }
        }
        List<String> names = new ArrayList<>(localOf.keySet());
        List<TouchpointSetting> out = new ArrayList<>();
        for (int local : journey.order(names.size())) {
            out.add(new TouchpointSetting(names.get(local), null, MomentType.STANDARD));
        }
        return out;
    }

    /** Without a wave header, the first segment column whose every answer names a period is the wave. */
    private void findWaveByValues(List<Candidate> candidates) {
        for (Candidate c : candidates) {
            if (c.role == ColumnRole.WAVE) {
                return;
            }
        }
        for (Candidate c : candidates) {
            List<String> answered = answered(c.values);
            if (c.role == ColumnRole.SEGMENT && !answered.isEmpty()
                    && answered.stream().allMatch(v -> PERIOD.matcher(v).matches())) {
                c.role = ColumnRole.WAVE;
                return;
            }
        }
    }

    /** One column per single-valued role (and per touchpoint item); later ones become segments or ignored. */
    private void keepOnePerRole(List<Candidate> candidates, Shape shape) {
        Candidate bestDate = null;
        for (Candidate c : candidates) {
            if (c.role == ColumnRole.DATE && (bestDate == null || c.datePriority < bestDate.datePriority)) {
                bestDate = c;
            }
        }
        Set<ColumnRole> taken = EnumSet.noneOf(ColumnRole.class);
        Set<String> items = new HashSet<>();
        for (Candidate c : candidates) {
            boolean demote;
            if (c.role == ColumnRole.DATE) {
                demote = c != bestDate;
            } else if (ONE_ONLY.contains(c.role) || shape == Shape.LONG
                    && (c.role == ColumnRole.TOUCHPOINT_SCORE || c.role == ColumnRole.TOUCHPOINT_EXPECTATION)) {
                demote = !taken.add(c.role);
            } else if (c.role == ColumnRole.TOUCHPOINT_SCORE || c.role == ColumnRole.TOUCHPOINT_EXPECTATION) {
                demote = !items.add(c.role + "\n" + c.touchpoint.toLowerCase(Locale.ROOT));
            } else {
                demote = false;
            }
            if (demote) {
                // A second date (when the respondent started, say) is kept as it is, never offered as a segment.
                c.role = c.role == ColumnRole.DATE ? ColumnRole.IGNORE : segmentOrIgnore(answered(c.values));
                c.touchpoint = null;
            }
        }
    }

    private List<ColumnMapping> toColumnMappings(List<Candidate> candidates, Shape shape) {
        Map<String, String> spelling = new LinkedHashMap<>();
        for (Candidate c : candidates) {
            if (shape == Shape.WIDE && c.role == ColumnRole.TOUCHPOINT_SCORE) {
                spelling.putIfAbsent(c.touchpoint.toLowerCase(Locale.ROOT), c.touchpoint);
            }
        }
        for (Candidate c : candidates) {
            if (shape == Shape.WIDE && c.role == ColumnRole.TOUCHPOINT_EXPECTATION) {
                spelling.putIfAbsent(c.touchpoint.toLowerCase(Locale.ROOT), c.touchpoint);
            }
        }
        List<String> journey = new ArrayList<>(spelling.keySet());
        List<ColumnMapping> out = new ArrayList<>();
        for (Candidate c : candidates) {
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
            boolean scored = touchpointItem || c.role == ColumnRole.OVERALL_SATISFACTION
                    || c.role == ColumnRole.RECOMMEND || c.role == ColumnRole.OVERALL_EXPECTATION;
            if (scored && c.scale != null) {
                m = m.withScale(c.scale.scale()).withMissingCodes(c.scale.missingCodes());
            }
            if (c.role == ColumnRole.DATE) {
                m = m.withDateOrder(c.dateOrder);
            }
            out.add(m);
        }
        return out;
    }
}
