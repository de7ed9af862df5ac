package org.cxlens.workspace;

import java.nio.file.Path;
import java.time.Instant;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.cxlens.analysis.AnalysisEngine;
import org.cxlens.analysis.AnalysisSettings;
import org.cxlens.analysis.Dashboard;
import org.cxlens.analysis.DriverOutcome;
import org.cxlens.analysis.Drivers;
import org.cxlens.analysis.Filter;
import org.cxlens.analysis.GroupMeasure;
import org.cxlens.analysis.Grouping;
import org.cxlens.analysis.Heatmap;
import org.cxlens.analysis.PerformanceMeasure;
import org.cxlens.analysis.PriorityPlanner;
import org.cxlens.analysis.PriorityTargets;
import org.cxlens.analysis.Weighting;
import org.cxlens.domain.ChangeEntry;
import org.cxlens.domain.ClassificationScheme;
import org.cxlens.domain.Comment;
import org.cxlens.domain.CxLensException;
import org.cxlens.domain.ImportInfo;
import org.cxlens.domain.ImportProblem;
import org.cxlens.domain.Progress;
import org.cxlens.domain.SurveyData;
import org.cxlens.domain.Touchpoint;
import org.cxlens.importer.ReadOptions;
import org.cxlens.importer.SurveyImport;
import org.cxlens.importer.mapping.Mapping;
import org.cxlens.report.CsvDialect;
import org.cxlens.storage.CommentIndex;
import org.cxlens.storage.ProjectFile;
import org.cxlens.storage.ProjectSummary;
import org.cxlens.storage.ReportMark;
import org.cxlens.storage.RespondentDetails;
import org.cxlens.storage.StoredRespondent;

/**
 * A project opened for analysis: the file, every respondent in memory, the stored
 * classification scheme, low-base minimum and weight columns, and the analysis engine prepared
 * on them. Analyses use the project's own scheme; the file stays open, for the operations that
 * read or change it, until {@link #close()}.
 *
 * <p>Analyses may run concurrently (the engine is thread-safe); operations on the file run one
 * at a time.
 */
public final class OpenProject implements AutoCloseable {

    private static final String EXTENSION = ".cxlens";

    private final Path path;
    private final ProjectFile file;
    /** What a report file opens on; null for a project. */
    private final ReportFile report;
    private volatile SurveyData data;
    /** Earlier names of touchpoints by touchpoint id, read with the data and again after a catalogue change. */
    private volatile Map<Long, List<String>> aliases;
    private final List<String> weightColumns;
    private volatile ClassificationScheme scheme;
    private volatile AnalysisEngine engine;
    private RespondentDetails respondentDetails;
    private List<String> importFileNames;
    private CommentIndex commentIndex;
    /** Read once, as the overview shows it on every filter change. */
    private ProjectSummary summary;
    /**
     * What the unfiltered overview is stored under in the file, for the project as it was opened
     * (ADR 0010); once anything changed it here, {@link #storeCurrentOverview} computes the key anew.
     */
    private final String figuresKey;
    /** Whether an import into the file came after the opening: the data in memory are then behind it. */
    private boolean behindFile;
    /** How many changes were made here since the opening, each under the lock. */
    private long changes;

    OpenProject(Path path, ProjectFile file, SurveyData data, List<String> weightColumns,
                ClassificationScheme scheme, AnalysisEngine engine, ReportFile report,
                Map<Long, List<String>> aliases, String figuresKey) {
        this.figuresKey = figuresKey;
        this.aliases = aliases;
        this.path = path;
        this.file = file;
        this.report = report;
        this.data = data;
        this.weightColumns = List.copyOf(weightColumns);
        this.scheme = scheme;
        this.engine = engine;
    }

    /** Opens the project with its weights applied, if it has any. */
    public static OpenProject open(Path path) throws CxLensException {
        return open(path, true, OpeningTimes.NONE);
    }

    /**
     * Opens the project, loads its data and prepares the engine, telling {@code times} how long
     * each step took. A file that is not a project is refused unchanged.
     *
     * @param weighted false counts every respondent once, whatever weights the project holds
     */
    public static OpenProject open(Path path, boolean weighted, OpeningTimes times) throws CxLensException {
        return ProjectOpening.begin(path, weighted, times).finish();
    }

    /** Closes the file an opening failed on; the error to throw, a damaged file's if it is damaged. */
    static CxLensException closing(ProjectFile file, Throwable e) throws CxLensException {
        Throwable cause = damageOr(file, e);
        try {
            file.close();
        } catch (CxLensException closing) {
            cause.addSuppressed(closing);
        }
        if (cause instanceof CxLensException cx) {
            return cx;
        }
        if (cause instanceof RuntimeException r) {
            throw r;
        }
        if (cause instanceof Error err) {
            throw err;
        }
        throw new IllegalStateException(cause);
    }

    static ReportFile report(ProjectFile file, SurveyData data) throws CxLensException {
        ReportMark mark = file.reportMark().orElse(null);
        if (mark == null) {
            return null;
        }
        // A page of a later version, unknown to this one, opens the overview.
        ReportPage page = ReportPage.named(mark.page()).orElse(ReportPage.OVERVIEW);
        return new ReportFile(FilterArguments.parse(mark.filter(), data), page, mark.note(), mark.savedAt(),
                mark.sourceFile());
    }

    /** A damaged file explains a failed read better than the read's own error does. */
    private static Throwable damageOr(ProjectFile file, Throwable e) {
        try {
            file.checked();
            return e;
        } catch (CxLensException damaged) {
            if (damaged != e) {
                damaged.addSuppressed(e);
            }
            return damaged;
        }
    }

    /** The respondents of a project file, counted without opening it for analysis or changing it. */
    public static long respondentCount(Path path) throws CxLensException {
        return ProjectFile.respondentCount(path);
    }

    public Path path() {
        return path;
    }

    /** What a report file opens on; empty for a project, which may be changed. */
    public Optional<ReportFile> report() {
        return Optional.ofNullable(report);
    }

    public boolean isReport() {
        return report != null;
    }

    /** The file name without its extension: "demo" for demo.cxlens. */
    public String name() {
        return nameOf(path);
    }

    /** The file name without its extension: "demo" for demo.cxlens. */
    public static String nameOf(Path path) {
        String name = path.getFileName().toString();
        return name.endsWith(EXTENSION) ? name.substring(0, name.length() - EXTENSION.length()) : name;
    }

    public SurveyData data() {
        return data;
    }

    /** For analyses the operations below do not cover; pass it {@link #scheme()} to match them. */
    public AnalysisEngine engine() {
        return engine;
    }

    public ClassificationScheme scheme() {
        return scheme;
    }

    /** The waves, date span, departments and segment values a filter can choose from. */
    public FilterChoices filterChoices() {
        return FilterChoices.of(data);
    }

    public int lowBaseMinimum() {
        return engine.settings().minBase();
    }

    /** Headline shares, NPS, sources, every touchpoint and owning department of the filtered respondents. */
    public Dashboard dashboard(Filter filter) {
        return engine.dashboard(filter, scheme);
    }

    /** One measure per wave, month or segment value. */
    public List<GroupMeasure> measures(Grouping grouping, Filter filter) {
        return engine.measures(grouping, filter, scheme);
    }

    /** Touchpoint × group experience shares: the heatmap, and a touchpoint's measures by wave or month. */
    public Heatmap heatmap(Grouping grouping, Filter filter) {
        return engine.heatmap(grouping, filter, scheme);
    }

    public Drivers drivers(Filter filter, DriverOutcome outcome, PerformanceMeasure performance) {
        return engine.drivers(filter, scheme, outcome, performance);
    }

    /** The action list against the default targets, its importance taken from the drivers of {@code outcome}. */
    public PriorityPlan priorities(Filter filter, DriverOutcome outcome) {
        Dashboard dashboard = dashboard(filter);
        Drivers drivers = drivers(filter, outcome, PerformanceMeasure.SATISFIED_OR_DELIGHTED);
        return new PriorityPlan(dashboard, drivers, PriorityPlanner.plan(dashboard, drivers, PriorityTargets.DEFAULT));
    }

    /** Everything the overview page shows for the filtered respondents, in no language. */
    public OverviewFigures overviewFigures(Filter filter) throws CxLensException {
        // One engine and scheme for all of it, whatever a change meanwhile sets.
        return overview(engine, scheme, weightColumns, data, summaryAtOpen(), filter);
    }

    private static OverviewFigures overview(AnalysisEngine e, ClassificationScheme s, List<String> weights,
                                            SurveyData d, ProjectSummary counts, Filter filter) {
        Dashboard dashboard = e.dashboard(filter, s);
        return new OverviewFigures(dashboard, e.measures(Grouping.wave(), filter, s), Weighting.of(weights, d, dashboard),
                e.settings(), counts.respondents(), counts.importCount());
    }

    private synchronized ProjectSummary summaryAtOpen() throws CxLensException {
        if (summary == null) {
            summary = file.summary();
        }
        return summary;
    }

    /**
     * Keeps the unfiltered overview in the file, for later openings to show before the respondents
     * are loaded (ADR 0010). Nothing is stored for a report file, for filtered figures, or once the
     * project changed since it was opened; false then.
     */
    public synchronized boolean storeOverview(OverviewFigures figures) throws CxLensException {
        if (report != null || changes != 0 || !figures.dashboard().filter().equals(Filter.NONE)
                || !figures.dashboard().scheme().equals(scheme)) {
            return false;
        }
        StoredOverview.write(file, figuresKey, figures);
        return true;
    }

    /**
     * Computes the unfiltered overview of the project as it is now and keeps it in the file under
     * the project's present key, for the next opening to show at once (ADR 0010): for after a
     * scheme or catalogue change or an import into it, which leave the file with no figures that
     * match it. False when nothing was stored: a report file, or another change while the figures
     * were computed.
     */
    public boolean storeCurrentOverview() throws CxLensException {
        long before;
        synchronized (this) {
            if (report != null) {
                return false;
            }
            if (behindFile) {
                return storeOverviewReadAfresh();
            }
            before = changes;
        }
        // Computed outside the lock, which a close on the FX thread may wait for.
        OverviewFigures figures = overviewFigures(Filter.NONE);
        synchronized (this) {
            if (changes != before) {
                return false;
            }
            StoredOverview.write(file, StoredOverview.key(file, scheme, engine.settings(), weightColumns), figures);
            return true;
        }
    }

    /**
     * After an import into this project, whose data in memory are those of the opening: the
     * figures of the file as it now is, its respondents read afresh beside those in memory (the
     * file is this project's, locked by it, so no second opening of it can do this). Under the
     * lock, which every use of the file takes.
     */
    private boolean storeOverviewReadAfresh() throws CxLensException {
        SurveyData fresh = file.loadSurveyData();
        List<String> weights = file.weightColumns();
        AnalysisSettings settings = engine.settings();
        OverviewFigures figures = overview(AnalysisEngine.prepare(fresh, settings), scheme, weights, fresh,
                file.summary(), Filter.NONE);
        StoredOverview.write(file, StoredOverview.key(file, scheme, settings, weights), figures);
        return true;
    }

    /**
     * Computes the unfiltered overview of the project in {@code path} and keeps it in the file, for
     * its next opening to show at once (ADR 0010): for the end of an import, which leaves a project
     * with no figures that match it. False when nothing was stored (a report file).
     */
    public static boolean storeOverviewOf(Path path) throws CxLensException {
        try (OpenProject open = open(path)) {
            return open.storeOverview(open.overviewFigures(Filter.NONE));
        }
    }

    /** Whether a dashboard's figures are weighted, by which of the project's weight columns, with both bases. */
    public Weighting weighting(Dashboard dashboard) {
        return Weighting.of(weightColumns, data, dashboard);
    }

    /**
     * The respondents behind a clicked mark under the filter, with the sentence describing them,
     * as a table read a page at a time. Its count is the engine's for the same mark.
     */
    public DrillDown drillDown(Filter filter, Mark mark) {
        return DrillDown.of(this, filter, mark);
    }

    /**
     * Every comment of the respondents passing the filter, narrowed by the query, as a list read a
     * page at a time. The comments stay in the file; only where they are is kept in memory.
     */
    public CommentList comments(Filter filter, CommentQuery query) throws CxLensException {
        return CommentList.of(this, filter, query);
    }

    /** Stored details of respondents by their position in {@link #data()}, in the order given. */
    synchronized List<StoredRespondent> storedRespondents(int[] positions) throws CxLensException {
        return respondentDetails().read(positions);
    }

    /** Positions, ascending, of respondents whose file id or any comment contains the text. */
    synchronized int[] matchingRespondents(String text) throws CxLensException {
        return respondentDetails().matching(text);
    }

    /** Where every comment is, read from the file once. */
    synchronized CommentIndex commentIndex() throws CxLensException {
        if (commentIndex == null) {
            commentIndex = respondentDetails().commentIndex();
        }
        return commentIndex;
    }

    /** The comments with these row ids, in the order given. */
    synchronized List<Comment> storedComments(long[] rowIds) throws CxLensException {
        return respondentDetails().comments(rowIds);
    }

    /** The entries of the comment index whose text contains every word, ignoring case. */
    synchronized BitSet commentsContaining(CommentIndex index, List<String> words) throws CxLensException {
        return respondentDetails().commentsContaining(index, words);
    }

    /** The file name of each import, indexed as {@link SurveyData#importIndex()}. */
    synchronized List<String> importFileNames() throws CxLensException {
        if (importFileNames == null) {
            Map<Long, String> byId = new HashMap<>();
            file.imports().forEach(i -> byId.put(i.id(), i.fileName()));
            importFileNames = data.imports().stream().map(i -> byId.get(i.importId())).toList();
        }
        return importFileNames;
    }

    private RespondentDetails respondentDetails() throws CxLensException {
        if (respondentDetails == null) {
            respondentDetails = file.respondentDetails(data.size());
        }
        return respondentDetails;
    }

    /** The stored mapping of every import, as profile JSON, keyed by the import, in import order. */
    synchronized Map<ImportInfo, String> importMappings() throws CxLensException {
        Map<Long, String> json = file.importMappings();
        Map<ImportInfo, String> out = new LinkedHashMap<>();
        for (ImportInfo i : file.imports()) {
            if (json.containsKey(i.id())) {
                out.put(i, json.get(i.id()));
            }
        }
        return out;
    }

    /**
     * Imports a survey file into this project's file in one transaction; a failure or cancel
     * leaves the file as it was. The data in memory stay those of the opening: open the project
     * again to analyse the new respondents.
     */
    synchronized Imported importFile(Path survey, ReadOptions options, Mapping mapping, String wave, boolean force,
                                     Progress progress, int problemsShown) throws CxLensException {
        changes++;
        behindFile = true;
        file.requireWritable();
        SurveyImport.Result result = SurveyImport.run(survey, options, mapping, wave, force, file, progress);
        return new Imported(path, false, result, file.problems(result.importId(), problemsShown));
    }

    public synchronized ProjectSummary summary() throws CxLensException {
        return file.summary();
    }

    // ---- provenance and the catalogue (the Project page) ---------------------------------------

    /** Every import in the order they were made. */
    public synchronized List<ImportInfo> imports() throws CxLensException {
        return file.imports();
    }

    /**
     * One page of an import's problems whose row, column, value or reason contains the search
     * text, the reason as it reads in English or in {@code language}.
     */
    public synchronized List<ImportProblem> problems(long importId, String search, Locale language, long offset,
                                                     int limit) throws CxLensException {
        return file.problems(importId, search, language, offset, limit);
    }

    public synchronized long problemCount(long importId, String search, Locale language) throws CxLensException {
        return file.problemCount(importId, search, language);
    }

    /** Writes an import's problems that match the search to a CSV file, a page at a time, reasons in {@code locale}. */
    public synchronized void exportProblems(long importId, String search, Path target, Locale locale,
                                            CsvDialect dialect, Progress progress) throws CxLensException {
        ProblemsCsv.write(file, importId, search, target, locale, dialect, progress);
    }

    /** Every change made to the project (imports, catalogue edits, scheme changes), newest first. */
    public synchronized List<ChangeEntry> changeLog() throws CxLensException {
        return file.changeLog();
    }

    /** The touchpoint catalogue in journey order, each with its number of answers. */
    public List<CatalogueEntry> catalogue() {
        SurveyData d = data;
        return d.touchpoints().stream()
                .sorted(Comparator.comparingInt(Touchpoint::journeyOrder).thenComparingInt(Touchpoint::slot))
                .map(t -> new CatalogueEntry(t, answers(d.scores()[t.slot()]), aliases.getOrDefault(t.id(), List.of())))
                .toList();
    }

    /**
     * The touchpoints a next wave's columns find, by name and by the names they had before a
     * rename or merge (their own names first): what an import into this project files them under.
     */
    public Map<String, Touchpoint> touchpointsByName() {
        Map<String, Touchpoint> byName = new HashMap<>();
        Map<Long, Touchpoint> byId = new HashMap<>();
        for (Touchpoint t : data.touchpoints()) {
            byName.put(t.name(), t);
            byId.put(t.id(), t);
        }
        aliases.forEach((id, names) -> names.forEach(n -> byName.putIfAbsent(n, byId.get(id))));
        return byName;
    }

    private static int answers(float[] scores) {
        int n = 0;
        for (float x : scores) {
            if (!Float.isNaN(x)) {
                n++;
            }
        }
        return n;
    }

    /**
     * Saves a touchpoint's name, owning department, moment type, journey position and target;
     * every later analysis sees them.
     */
    public synchronized void updateTouchpoint(Touchpoint changed) throws CxLensException {
        changes++;
        file.updateTouchpoint(changed);
        reload();
    }

    /** Puts the touchpoints in this journey order (ids, first step first). */
    public synchronized void reorderTouchpoints(List<Long> journey) throws CxLensException {
        changes++;
        file.reorderTouchpoints(journey);
        reload();
    }

    /**
     * Merges touchpoint {@code from} into {@code into}: one touchpoint with the answers of both.
     * Refused, changing nothing, when a respondent answered both or their scales differ.
     */
    public synchronized void mergeTouchpoints(long from, long into) throws CxLensException {
        changes++;
        file.mergeTouchpoints(from, into);
        reload();
    }

    /**
     * Reads the data again after a catalogue change, from the column cache the change kept
     * current, and prepares the engine on it. Respondents keep their positions.
     */
    private void reload() throws CxLensException {
        SurveyData reloaded = file.loadSurveyData();
        engine = AnalysisEngine.prepare(reloaded, engine.settings());
        aliases = file.touchpointAliases();
        data = reloaded;
    }

    /** Stores the scheme; later analyses use it. */
    public synchronized void saveScheme(ClassificationScheme changed) throws CxLensException {
        changes++;
        file.saveScheme(changed);
        scheme = changed;
    }

    /** Stores the low-base minimum; later analyses use it. */
    public synchronized void saveLowBaseMinimum(int minimum) throws CxLensException {
        changes++;
        file.setLowBaseMinimum(minimum);
        engine = engine.withSettings(new AnalysisSettings(minimum, engine.settings().weighted()));
    }

    /** Writes a compact, consistent copy of the project to a new file (SQLite {@code VACUUM INTO}). */
    public synchronized void saveCopy(Path target) throws CxLensException {
        file.saveCopy(target);
    }

    /**
     * Saves a report file (DESIGN §6): a copy of this project, opened read-only from then on, that
     * opens on {@code page} with {@code filter} applied and shows {@code note}. The target must not
     * exist yet.
     */
    public synchronized void saveReport(Path target, Filter filter, ReportPage page, String note)
            throws CxLensException {
        // A report saved from a report names the project both came from.
        String source = report != null ? report.sourceFile() : path.getFileName().toString();
        file.saveReport(target, new ReportMark(Instant.now(), source,
                FilterArguments.format(filter), page.fileName(), note == null ? "" : note.strip()));
    }

    @Override
    public synchronized void close() throws CxLensException {
        file.close();
    }
}
