package org.cxlens.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.cxlens.domain.ClassificationScheme;
import org.cxlens.domain.ExperienceClass;
import org.cxlens.domain.Scale;
import org.cxlens.domain.SurveyData;
import org.cxlens.domain.Touchpoint;

/**
 * Measures over one {@link SurveyData}, built once and queried many times with different
 * filters and schemes.
 *
 * <p>Every cell is stored as a level id of its series (see {@link Levels}). A query counts the
 * selected respondents' level ids into small histograms (one pass over the data, spread over
 * the cores) and classifies the levels, not the cells. The histograms of the last filter are
 * kept, so a threshold change alone re-uses them and costs microseconds; a filter change costs
 * one counting pass. Thread-safe: queries may run concurrently.
 */
public final class AnalysisEngine {

    /** Respondents per selection task: large enough to amortise a task, small enough to balance two cores. */
    private static final int SELECT_CHUNK = 1 << 17;

    private final PreparedData prepared;
    private final AnalysisSettings settings;
    private volatile CachedCounts lastCounts;
    private volatile int[] levelCodes;

    /** @param effectiveRespondents Kish effective base of the selection */
    private record CachedCounts(Filter filter, ClassificationScheme scheme, Selection selection, Histogram[] histograms,
                                double effectiveRespondents) {
    }

    private AnalysisEngine(PreparedData prepared, AnalysisSettings settings) {
        this.prepared = prepared;
        this.settings = settings;
    }

    /** Derives the level ids of every cell; about a second for a million respondents × 15 touchpoints. */
    public static AnalysisEngine prepare(SurveyData data, AnalysisSettings settings) {
        return new AnalysisEngine(PreparedData.of(data), settings);
    }

    /** The same prepared data under other settings (a low-base minimum or weighting change), without preparing again. */
    public AnalysisEngine withSettings(AnalysisSettings other) {
        return new AnalysisEngine(prepared, other);
    }

    public SurveyData data() {
        return prepared.data;
    }

    public AnalysisSettings settings() {
        return settings;
    }

    /** The overview: respondent shares, NPS, sources, every touchpoint and every owning department. */
    public Dashboard dashboard(Filter filter, ClassificationScheme scheme) {
        Classifier classifier = new Classifier(scheme);
        CachedCounts counts = dashboardCounts(filter, classifier);
        Levels respondentLevels = prepared.respondents.levels;
        Tally all = new Tally();
        all.add(counts.histograms[0], 0, respondentLevels, respondentLevels.classes(classifier),
                respondentLevels.recovery(classifier));
        Map<ClassificationSource, Integer> sources = new EnumMap<>(ClassificationSource.class);
        for (ClassificationSource source : ClassificationSource.values()) {
            sources.put(source, (int) all.sources[source.ordinal()]);
        }
        sources.put(ClassificationSource.NONE, counts.selection.count() - (int) all.n);
        sources = Collections.unmodifiableMap(sources);

        List<Touchpoint> included = includedTouchpoints(filter);
        Tally[] perTouchpoint = new Tally[prepared.touchpoints.length];
        Tally allExperiences = new Tally();
        Map<String, Tally> perDepartment = new TreeMap<>();
        for (Touchpoint touchpoint : included) {
            int slot = touchpoint.slot();
            Levels levels = prepared.touchpoints[slot].levels;
            Tally t = new Tally();
            t.add(counts.histograms[1 + slot], 0, levels, levels.classes(classifier), levels.recovery(classifier));
            perTouchpoint[slot] = t;
            allExperiences.add(t);
            if (touchpoint.department() != null) {
                perDepartment.computeIfAbsent(touchpoint.department(), d -> new Tally()).add(t);
            }
        }
        List<TouchpointMeasure> touchpoints = new ArrayList<>();
        for (Touchpoint touchpoint : included) {
            Tally t = perTouchpoint[touchpoint.slot()];
            Tally rest = included.size() > 1 ? allExperiences.minus(t) : null;
            touchpoints.add(new TouchpointMeasure(touchpoint, t.measure(touchpoint.name(), rest, true, settings)));
        }
        List<GroupMeasure> departments = new ArrayList<>();
        perDepartment.forEach((name, t) -> departments.add(
                t.measure(name, perDepartment.size() > 1 ? allExperiences.minus(t) : null, false, settings)));
        return new Dashboard(scheme, filter, counts.selection.count(), weights() != null, counts.effectiveRespondents,
                all.measure(null, null, false, settings), sources, List.copyOf(touchpoints), List.copyOf(departments));
    }

    /**
     * How the respondents passing the filter move between classes when the scheme changes from
     * one to the other: the workshop "what if".
     */
    public ClassMoves moves(Filter filter, ClassificationScheme from, ClassificationScheme to) {
        Classifier before = new Classifier(from);
        Classifier after = new Classifier(to);
        Histogram h = dashboardCounts(filter, before).histograms[0];
        Levels levels = prepared.respondents.levels;
        byte[] oldClasses = levels.classes(before);
        byte[] newClasses = levels.classes(after);
        int classes = ExperienceClass.values().length;
        long[][] counts = new long[classes][classes];
        double[][] weights = new double[classes][classes];
        double total = 0;
        for (int level = 1; level < h.levels; level++) {
            counts[oldClasses[level]][newClasses[level]] += h.counts[level];
            weights[oldClasses[level]][newClasses[level]] += h.weight(level);
            total += h.weight(level);
        }
        for (double[] row : weights) {
            for (int c = 0; c < classes; c++) {
                row[c] = total > 0 ? row[c] / total : Double.NaN;
            }
        }
        return new ClassMoves(counts, weights);
    }

    /** Every scale the data uses (touchpoints, overall and recommend items), for the cut points the editor shows. */
    public List<Scale> scalesInUse() {
        Set<Scale> scales = new LinkedHashSet<>();
        prepared.data.touchpoints().forEach(t -> scales.add(t.scale()));
        for (SurveyData.ImportScales i : prepared.data.imports()) {
            if (i.overall() != null) {
                scales.add(i.overall());
            }
            if (i.recommend() != null) {
                scales.add(i.recommend());
            }
        }
        return List.copyOf(scales);
    }

    /** Respondent-level measures per group (waves, months, departments, segment values), with tests against the rest. */
    public List<GroupMeasure> measures(Grouping grouping, Filter filter, ClassificationScheme scheme) {
        Classifier classifier = new Classifier(scheme);
        GroupCodes codes = groupCodes(grouping);
        Selection selection = select(filter, classifier);
        Histogram h = Counter.count(new KeyedSeries[] {prepared.respondents}, selection, codes.codes(),
                codes.labels().size(), weights())[0];
        Levels levels = prepared.respondents.levels;
        return measuresPerGroup(h, levels, classifier, codes.labels(), false);
    }

    /** Touchpoint × group experience shares: the heatmap. */
    public Heatmap heatmap(Grouping grouping, Filter filter, ClassificationScheme scheme) {
        Classifier classifier = new Classifier(scheme);
        GroupCodes codes = groupCodes(grouping);
        Selection selection = select(filter, classifier);
        List<Touchpoint> included = includedTouchpoints(filter);
        KeyedSeries[] series = included.stream().map(t -> prepared.touchpoints[t.slot()]).toArray(KeyedSeries[]::new);
        Histogram[] histograms = Counter.count(series, selection, codes.codes(), codes.labels().size(), weights());
        GroupMeasure[][] cells = new GroupMeasure[included.size()][];
        for (int i = 0; i < cells.length; i++) {
            cells[i] = measuresPerGroup(histograms[i], series[i].levels, classifier, codes.labels(), true)
                    .toArray(GroupMeasure[]::new);
        }
        return new Heatmap(included, codes.labels(), cells);
    }

    /** The rows behind a bar: respondents passing the filter, ascending. */
    public int[] respondents(Filter filter, ClassificationScheme scheme) {
        Selection selection = select(filter, new Classifier(scheme));
        if (selection.rows() != null) {
            return selection.rows().clone();
        }
        int[] all = new int[selection.count()];
        Arrays.setAll(all, i -> i);
        return all;
    }

    /**
     * The rows behind one touchpoint bar segment: filtered respondents whose experience there is
     * of class c, or who scored the touchpoint at all when c is null (the bar's base).
     */
    public int[] respondents(Filter filter, ClassificationScheme scheme, Touchpoint touchpoint, ExperienceClass c) {
        Classifier classifier = new Classifier(scheme);
        Selection selection = select(filter, classifier);
        KeyedSeries series = prepared.touchpoints[touchpoint.slot()];
        byte[] classes = series.levels.classes(classifier);
        int[] rows = new int[selection.count()];
        int count = 0;
        for (int i = 0; i < selection.count(); i++) {
            int r = selection.row(i);
            int code = classes[series.level(r)];
            if (c == null ? code >= 0 : code == c.ordinal()) {
                rows[count++] = r;
            }
        }
        return Arrays.copyOf(rows, count);
    }

    /** Classes of every respondent and experience under the scheme, for reading many rows. */
    public ClassLookup classLookup(ClassificationScheme scheme) {
        return new ClassLookup(prepared, new Classifier(scheme));
    }

    /** The class of one touchpoint experience, or null when the respondent did not score it. */
    public ExperienceClass experience(int respondent, Touchpoint touchpoint, ClassificationScheme scheme) {
        KeyedSeries series = prepared.touchpoints[touchpoint.slot()];
        int level = series.level(respondent);
        if (level == Levels.MISSING) {
            return null;
        }
        int code = new Classifier(scheme).classCode(series.levels.fraction(level), series.levels.expectation(level));
        return ExperienceClass.values()[code];
    }

    /** How one respondent is classified under a scheme, and from which source. */
    public RespondentClass classify(int respondent, ClassificationScheme scheme) {
        Levels levels = prepared.respondents.levels;
        int level = prepared.respondents.level(respondent);
        if (level == Levels.MISSING) {
            return new RespondentClass(null, ClassificationSource.NONE, Double.NaN, false);
        }
        Classifier classifier = new Classifier(scheme);
        double p = levels.fraction(level);
        return new RespondentClass(ExperienceClass.values()[classifier.classCode(p, levels.expectation(level))],
                ClassificationSource.values()[levels.source(level)], p,
                classifier.recovery(p, levels.expectation(level)));
    }

    /** Key drivers of the outcome among the filtered respondents; see {@link DriverAnalysis}. */
    public Drivers drivers(Filter filter, ClassificationScheme scheme, DriverOutcome outcome,
                           PerformanceMeasure performance) {
        Classifier classifier = new Classifier(scheme);
        Selection selection = select(filter, classifier);
        Dashboard dashboard = dashboard(filter, scheme);
        return DriverAnalysis.run(prepared, selection, includedTouchpoints(filter), classifier, outcome,
                performance, dashboard, settings, weights());
    }

    private List<GroupMeasure> measuresPerGroup(Histogram h, Levels levels, Classifier classifier,
                                                List<String> labels, boolean withRaw) {
        byte[] classes = levels.classes(classifier);
        boolean[] recovery = levels.recovery(classifier);
        Tally[] tallies = new Tally[labels.size()];
        Tally total = new Tally();
        for (int g = 0; g < tallies.length; g++) {
            tallies[g] = new Tally();
            tallies[g].add(h, g, levels, classes, recovery);
            total.add(tallies[g]);
        }
        List<GroupMeasure> result = new ArrayList<>();
        for (int g = 0; g < tallies.length; g++) {
            Tally rest = tallies.length > 1 ? total.minus(tallies[g]) : null;
            result.add(tallies[g].measure(labels.get(g), rest, withRaw, settings));
        }
        return List.copyOf(result);
    }

    private CachedCounts dashboardCounts(Filter filter, Classifier classifier) {
        // The class filter is the only part of a filter that depends on the scheme.
        ClassificationScheme schemeKey = filter.classes().isEmpty() ? null : classifier.scheme();
        CachedCounts cached = lastCounts;
        if (cached != null && cached.filter.equals(filter) && Objects.equals(cached.scheme, schemeKey)) {
            return cached;
        }
        Selection selection = select(filter, classifier);
        KeyedSeries[] series = new KeyedSeries[1 + prepared.touchpoints.length];
        series[0] = prepared.respondents;
        System.arraycopy(prepared.touchpoints, 0, series, 1, prepared.touchpoints.length);
        Histogram[] histograms = Counter.count(series, selection, null, 1, weights());
        CachedCounts counts = new CachedCounts(filter, schemeKey, selection, histograms, effectiveBase(histograms[0]));
        lastCounts = counts;
        return counts;
    }

    /** Respondent weights, or null when the data has none or the settings ask for an unweighted analysis. */
    private float[] weights() {
        return settings.weighted() && prepared.data.weighted() ? prepared.data.weight() : null;
    }

    /**
     * (Σw)² / Σw² over the selection, from the respondent histogram, which counts every selected
     * respondent (unclassified ones at level 0); the count itself when unweighted.
     */
    private static double effectiveBase(Histogram respondents) {
        double sw = 0;
        double sw2 = 0;
        for (int level = 0; level < respondents.levels; level++) {
            sw += respondents.weight(level);
            sw2 += respondents.square(level);
        }
        return sw2 > 0 ? sw * sw / sw2 : 0;
    }

    private List<Touchpoint> includedTouchpoints(Filter filter) {
        Set<String> departments = filter.touchpointDepartments();
        return prepared.data.touchpoints().stream()
                .filter(t -> departments.isEmpty() || departments.contains(t.department()))
                .sorted(Comparator.comparingInt(Touchpoint::journeyOrder).thenComparingInt(Touchpoint::slot))
                .toList();
    }

    private record GroupCodes(int[] codes, List<String> labels) {
    }

    private GroupCodes groupCodes(Grouping grouping) {
        SurveyData data = prepared.data;
        if (grouping instanceof Grouping.ByWave) {
            return new GroupCodes(data.wave().codes(), data.wave().values());
        }
        if (grouping instanceof Grouping.ByRespondentDepartment) {
            return new GroupCodes(data.department().codes(), data.department().values());
        }
        if (grouping instanceof Grouping.ByMonth) {
            return new GroupCodes(prepared.monthCodes, prepared.monthLabels);
        }
        SurveyData.Coded column = segment(((Grouping.BySegment) grouping).name());
        return new GroupCodes(column.codes(), column.values());
    }

    private SurveyData.Coded segment(String name) {
        return prepared.data.segments().stream()
                .filter(s -> s.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no segment attribute named " + name))
                .column();
    }

    Selection select(Filter filter, Classifier classifier) {
        SurveyData data = prepared.data;
        if (filter.keepsAllRespondents()) {
            return new Selection(null, data.size());
        }
        List<int[]> codeColumns = new ArrayList<>();
        List<boolean[]> allowed = new ArrayList<>();
        if (!filter.waves().isEmpty()) {
            codeColumns.add(data.wave().codes());
            allowed.add(allowedValues(data.wave().values(), filter.waves()));
        }
        if (!filter.departments().isEmpty()) {
            codeColumns.add(data.department().codes());
            allowed.add(allowedValues(data.department().values(), filter.departments()));
        }
        filter.segments().forEach((name, values) -> {
            SurveyData.Coded column = segment(name);
            codeColumns.add(column.codes());
            allowed.add(allowedValues(column.values(), values));
        });
        if (!filter.classes().isEmpty()) {
            // Respondent level ids act as codes; unclassified respondents (level 0) never pass.
            byte[] classes = prepared.respondents.levels.classes(classifier);
            boolean[] ok = new boolean[classes.length];
            for (int level = 1; level < classes.length; level++) {
                ok[level] = filter.classes().contains(ExperienceClass.values()[classes[level]]);
            }
            codeColumns.add(levelCodes());
            allowed.add(ok);
        }
        int from = filter.from() == null ? Integer.MIN_VALUE + 1 : (int) filter.from().toEpochDay();
        int to = filter.to() == null ? Integer.MAX_VALUE : (int) filter.to().toEpochDay();
        boolean dates = filter.from() != null || filter.to() != null;
        int[][] columns = codeColumns.toArray(int[][]::new);
        boolean[][] ok = allowed.toArray(boolean[][]::new);
        int[] epochDay = data.epochDay();
        int chunks = Math.max(1, data.size() / SELECT_CHUNK + 1);
        int[][] parts = IntStream.range(0, chunks).parallel().mapToObj(c -> {
            int start = (int) ((long) data.size() * c / chunks);
            int end = (int) ((long) data.size() * (c + 1) / chunks);
            int[] rows = new int[end - start];
            int count = 0;
            for (int r = start; r < end; r++) {
                if (dates && (epochDay[r] < from || epochDay[r] > to)) {
                    continue;
                }
                boolean keep = true;
                for (int k = 0; k < columns.length && keep; k++) {
                    int code = columns[k][r];
                    keep = code >= 0 && ok[k][code];
                }
                if (keep) {
                    rows[count++] = r;
                }
            }
            return Arrays.copyOf(rows, count);
        }).toArray(int[][]::new);
        int count = Arrays.stream(parts).mapToInt(p -> p.length).sum();
        int[] rows = new int[count];
        int at = 0;
        for (int[] part : parts) {
            System.arraycopy(part, 0, rows, at, part.length);
            at += part.length;
        }
        return new Selection(rows, count);
    }

    /** Respondent level ids as an int column, made on first use of a class filter. */
    private int[] levelCodes() {
        int[] codes = levelCodes;
        if (codes == null) {
            KeyedSeries series = prepared.respondents;
            codes = new int[prepared.data.size()];
            for (int r = 0; r < codes.length; r++) {
                codes[r] = series.level(r);
            }
            levelCodes = codes;
        }
        return codes;
    }

    private static boolean[] allowedValues(List<String> values, Set<String> keep) {
        boolean[] ok = new boolean[values.size()];
        for (int i = 0; i < ok.length; i++) {
            ok[i] = keep.contains(values.get(i));
        }
        return ok;
    }
}
