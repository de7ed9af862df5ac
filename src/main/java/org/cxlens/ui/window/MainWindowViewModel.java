package org.cxlens.ui.window;

import java.io.IOException;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.cxlens.analysis.Filter;
import org.cxlens.domain.CxLensException;
import org.cxlens.domain.ExperienceClass;
import org.cxlens.domain.Message;
import org.cxlens.domain.Touchpoint;
import org.cxlens.ui.UnexpectedError;
import org.cxlens.ui.overview.OverviewData;
import org.cxlens.ui.ChartPicture;
import org.cxlens.ui.PageModel;
import org.cxlens.ui.TaskRunner;
import org.cxlens.ui.Tasks;
import org.cxlens.ui.classification.ClassificationEditorViewModel;
import org.cxlens.ui.departments.DepartmentsViewModel;
import org.cxlens.ui.comments.CommentsViewModel;
import org.cxlens.ui.drill.DrillDownViewModel;
import org.cxlens.ui.drill.ReadDrillDown;
import org.cxlens.ui.drivers.DriversViewModel;
import org.cxlens.ui.filter.FilterViewModel;
import org.cxlens.ui.heatmap.HeatmapViewModel;
import org.cxlens.ui.journey.JourneyViewModel;
import org.cxlens.ui.priorities.PrioritiesViewModel;
import org.cxlens.ui.project.ProjectViewModel;
import org.cxlens.ui.start.StartViewModel;
import org.cxlens.ui.trend.TrendViewModel;
import org.cxlens.ui.wizard.ImportWizardViewModel;
import org.cxlens.workspace.FilterChoices;
import org.cxlens.workspace.Mark;
import org.cxlens.report.PageTexts;
import org.cxlens.workspace.OpenProject;
import org.cxlens.workspace.OpeningTimes;
import org.cxlens.workspace.OverviewFigures;
import org.cxlens.workspace.ProjectOpening;
import org.cxlens.workspace.ReportFile;
import org.cxlens.workspace.ReportPage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * State of the main window: the open project (or none: the start page), its filter, the status
 * bar, the language and theme, and the file operations of the File menu. Holds no controls.
 *
 * <p>A filter change recomputes the page off the FX thread; when changes come faster than the
 * figures, only the latest request's figures are shown.
 */
public final class MainWindowViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(MainWindowViewModel.class);

    private final ProjectPages pages;
    private final SettingsStore store;
    private final TaskRunner runner;
    private final StartViewModel start;
    private final ReadOnlyObjectWrapper<Locale> language = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ResourceBundle> bundle = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Theme> theme = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<OpenProject> project = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<OverviewData> overview = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    /**
     * Whether a project's overview is shown from the figures stored in its file while its
     * respondents load (ADR 0010): the project itself is not open yet, so its filters are not
     * usable; a page or drill-down asked for meanwhile follows when it is.
     */
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    /** The file being opened, while {@link #loading}. */
    private Path loadingFile;
    /** A drill-down clicked while loading, done once the project is open. */
    private Runnable afterLoading;
    private final ReadOnlyStringWrapper busyMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper projectLabel = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper respondentsLabel = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Problem> problem = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<DrillDownViewModel> drillDown = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper filterLabel = new ReadOnlyStringWrapper("");
    /** Whether the open file is a report: read-only, its editing absent from the window. */
    private final ReadOnlyBooleanWrapper report = new ReadOnlyBooleanWrapper(false);
    /** The open report's note to its reader; empty when there is none or the reader closed it. */
    private final ReadOnlyStringWrapper reportNote = new ReadOnlyStringWrapper("");
    private final BooleanProperty filtersShown = new SimpleBooleanProperty(false);
    private final BooleanProperty presentation = new SimpleBooleanProperty(false);
    private final FilterViewModel filters;
    private Filter requested = Filter.NONE;
    private long request;
    private final ObservableList<Page> pageList = FXCollections.observableArrayList(Page.values());
    private final ObjectProperty<Page> currentPage = new SimpleObjectProperty<>(Page.OVERVIEW);
    private final Map<Page, PageModel<?>> pageModels = new EnumMap<>(Page.class);
    /** Pages whose figures no longer match the project, filter, language or their own choices. */
    private final Set<Page> stalePages = EnumSet.allOf(Page.class);
    private final Map<Page, Long> pageRequests = new EnumMap<>(Page.class);
    /** Pages whose figures are being computed; the current one among them is shown as out of date. */
    private final Set<Page> computingPages = EnumSet.noneOf(Page.class);
    private final ReadOnlyBooleanWrapper pageComputing = new ReadOnlyBooleanWrapper(false);
    private WindowBounds bounds;
    private final HeatmapViewModel heatmap = new HeatmapViewModel();
    private final TrendViewModel trend = new TrendViewModel();
    private final DepartmentsViewModel departments = new DepartmentsViewModel();
    private final JourneyViewModel journey = new JourneyViewModel();
    private final DriversViewModel drivers = new DriversViewModel();
    private final PrioritiesViewModel priorities = new PrioritiesViewModel(drivers.outcomeProperty());
    private final CommentsViewModel comments;
    private final ClassificationEditorViewModel classification;
    private final ProjectViewModel projectPage;

    public MainWindowViewModel(ProjectPages pages, SettingsStore store, TaskRunner runner) {
        this.pages = pages;
        this.store = store;
        this.runner = runner;
        WindowSettings settings = store.load();
        this.start = new StartViewModel(runner, settings.recent());
        this.bounds = settings.bounds();
        this.theme.set(settings.theme());
        useLanguage(settings.language());
        this.filters = new FilterViewModel(bundle.get());
        overview.addListener((obs, old, d) -> describeProject());
        filters.filterProperty().addListener((obs, old, f) -> filterChanged(f));
        filters.descriptionProperty().addListener((obs, old, d) -> describeProject());
        currentPage.addListener((obs, old, page) -> refreshPage());
        register(Page.HEATMAP, heatmap);
        register(Page.TREND, trend);
        register(Page.DEPARTMENTS, departments);
        register(Page.JOURNEY, journey);
        register(Page.DRIVERS, drivers);
        register(Page.PRIORITIES, priorities);
        comments = register(Page.COMMENTS, new CommentsViewModel(runner));
        classification = new ClassificationEditorViewModel(runner);
        classification.setOnApplied(this::schemeChanged);
        projectPage = register(Page.PROJECT, new ProjectViewModel(runner));
        projectPage.setOnProjectChanged(this::projectChanged);
    }

    /** Puts a page's model in the window's care: it is computed while shown, with the window's filter. */
    private <M extends PageModel<?>> M register(Page page, M pageModel) {
        pageModels.put(page, pageModel);
        pageModel.setOnChoicesChanged(() -> {
            stalePages.add(page);
            refreshPage();
        });
        return pageModel;
    }

    // ---- the File menu and the start page ------------------------------------------------

    public void open(Path file) {
        startBusy(format("app.opening", file.getFileName()));
        open(progress -> file, format("window.error.open", file.getFileName()), () -> {
            start.opened(file);
            saveSettings();
        });
    }

    public void openDemo() {
        startBusy(bundle.get().getString("app.openingDemo"));
        open(pages::demoProject, bundle.get().getString("window.error.demo"), () -> { });
    }

    /**
     * Opens a project in two steps off the FX thread: its file, with the overview stored in it
     * when that is the overview of the project as it is (shown at once, while the rest loads);
     * then its respondents and engine.
     */
    private void open(Tasks.Work<Path> file, String errorHeading, Runnable opened) {
        ResourceBundle words = bundle.get();
        runner.run(progress -> ProjectOpening.begin(file.run(progress), true, OpeningTimes.NONE), opening -> {
            // The stored overview is read beside the loading, which takes it over when it is done.
            CompletableFuture<Early> early = new CompletableFuture<>();
            boolean[] loaded = {false};
            // A report opens on its own page and filter: the unfiltered overview is only a project's first view.
            if (opening.hasStoredOverview() && !opening.isReport()) {
                runner.run(progress -> early(opening, words, early), shown -> {
                    if (shown != null && !loaded[0]) {
                        showLoading(opening, shown);
                    }
                }, e -> LOG.info("The overview stored in {} was not shown: {}", opening.path(), e.getMessage()));
            } else {
                early.complete(null);
            }
            runner.run(progress -> load(opening, early, words), done -> {
                loaded[0] = true;
                show(done);
                opened.run();
            }, e -> {
                loaded[0] = true;
                failed(errorHeading, e);
            });
        }, e -> failed(errorHeading, e));
    }

    /** Writes a copy of the open project to a new file; the open project stays the open one. */
    public void saveCopy(Path target) {
        OpenProject open = project.get();
        if (open == null) {
            return;
        }
        startBusy(format("window.saving", target.getFileName()));
        runner.run(progress -> {
            open.saveCopy(target);
            return target;
        }, saved -> {
            busy.set(false);
            notice.set(format("window.saved", saved));
        }, e -> failed(format("window.error.saveCopy", target.getFileName()), e));
    }

    /**
     * Saves a report file of the open project: it opens on the current page with the current
     * filter and shows the note; the open project stays the open one.
     */
    public void saveReport(Path target, String note) {
        OpenProject open = project.get();
        if (open == null) {
            return;
        }
        Filter f = filters.filter();
        ReportPage page = ReportPage.valueOf(currentPage.get().name());
        startBusy(format("window.report.saving", target.getFileName()));
        runner.run(progress -> {
            open.saveReport(target, f, page, note);
            return target;
        }, saved -> {
            busy.set(false);
            notice.set(format("window.report.saved", saved));
        }, e -> failed(format("window.report.error", target.getFileName()), e));
    }

    /** Writes a chart's picture as a PNG file off the FX thread; the status bar says where, at what size. */
    public void savePicture(ChartPicture.Pixels pixels, Path target) {
        startBusy(format("chart.png.saving", target.getFileName()));
        runner.run(progress -> {
            try {
                ChartPicture.writePng(pixels, target);
            } catch (IOException e) {
                throw new CxLensException(Message.of("chart.png.failed", target, e.getMessage()), e);
            }
            return target;
        }, saved -> {
            busy.set(false);
            notice.set(format("chart.png.saved", saved.getFileName(), pixels.width(), pixels.height()));
        }, e -> failed(format("chart.png.error", target.getFileName()), e));
    }

    /** The reader closed the report's note. */
    public void closeReportNote() {
        reportNote.set("");
    }

    /**
     * The import wizard's model: into the open project as another wave, or into a new project.
     * When the user opens the dashboard, the project is opened (again) with its new respondents.
     */
    public ImportWizardViewModel importWizard(boolean anotherWave) {
        return new ImportWizardViewModel(runner, bundle.get(), anotherWave ? project.get() : null, this::open);
    }

    /** Closes the open project and goes back to the start page. */
    public void close() {
        closeQuietly(project.get());
        project.set(null);
        report.set(false);
        reportNote.set("");
        overview.set(null);
        request++;
        requested = Filter.NONE;
        filters.setChoices(FilterChoices.NONE);
        pageModels.values().forEach(PageModel::clear);
        classification.clear();
        stalePages.addAll(pageModels.keySet());
        computingPages.clear();
        pageComputing.set(false);
        presentation.set(false);
        notice.set("");
    }

    // ---- View menu -----------------------------------------------------------------------

    /** Switches every word of the window; an open project's figures are described again in the new language. */
    public void setLanguage(Locale locale) {
        if (locale.equals(language.get())) {
            return;
        }
        useLanguage(locale);
        filters.setBundle(bundle.get());
        saveSettings();
        recompute("window.error.language");
    }

    public void setTheme(Theme changed) {
        theme.set(changed);
        saveSettings();
    }

    // ---- the window ----------------------------------------------------------------------

    public WindowBounds bounds() {
        return bounds;
    }

    public void setBounds(WindowBounds changed) {
        bounds = changed;
    }

    /** When the window closes: the project is closed and the settings kept for the next run. */
    public void shutdown() {
        closeQuietly(project.get());
        project.set(null);
        saveSettings();
    }

    /** Called by the view once it has shown the problem. */
    public void problemShown() {
        problem.set(null);
    }

    // ---- the filter -------------------------------------------------------------------------

    private void filterChanged(Filter f) {
        if (!f.equals(requested)) {
            requested = f;
            recompute("window.error.filter");
        }
    }

    /** The page's figures again for the current filter and language; an older request's figures are dropped. */
    private void recompute(String errorKey) {
        OpenProject open = project.get();
        if (open == null) {
            return;
        }
        stalePages.addAll(pageModels.keySet());
        refreshPage();
        long mine = ++request;
        Filter f = requested;
        ResourceBundle words = bundle.get();
        runner.run(progress -> pages.overview(open, f, words), d -> {
            if (mine == request) {
                overview.set(d);
            }
        }, e -> {
            if (mine == request) {
                failed(words.getString(errorKey), e);
            }
        });
    }

    /** The project's classification scheme was changed and stored: every figure is computed again. */
    public void schemeChanged() {
        recompute("window.error.page");
        keepOverviewCurrent();
    }

    /** The classification editor on the open project, under the window's filter and language. */
    public ClassificationEditorViewModel showClassification() {
        OpenProject open = project.get();
        if (open != null) {
            classification.open(open, requested, bundle.get());
        }
        return classification;
    }

    /**
     * The open project's catalogue or scheme was changed and stored: every page and the overview
     * are computed again, and the filter's choices follow (its departments are the touchpoints'
     * owners); the filter is kept unless what it can choose from changed.
     */
    public void projectChanged() {
        OpenProject open = project.get();
        if (open == null) {
            return;
        }
        runner.run(progress -> open.filterChoices(), choices -> {
            if (open == project.get()) {
                if (!choices.equals(filters.choicesProperty().get())) {
                    filters.setChoices(choices);
                }
                recompute("window.error.page");
            }
        }, e -> failed(bundle.get().getString("window.error.page"), e));
        keepOverviewCurrent();
    }

    /**
     * After a change the open project's stored overview no longer matches it: the figures as they
     * are now are stored in the background, so that its next opening is not the slow one (ADR 0010).
     */
    private void keepOverviewCurrent() {
        OpenProject open = project.get();
        if (open == null) {
            return;
        }
        runner.run(progress -> open.storeCurrentOverview(), stored -> { },
                e -> LOG.info("The overview of {} was not stored after the change: {}", open.path(), e.getMessage()));
    }

    // ---- the pages ------------------------------------------------------------------------------

    /** Moves to the page {@code steps} further down the page list (negative: up), wrapping around. */
    public void movePage(int steps) {
        int count = pageList.size();
        int at = pageList.indexOf(currentPage.get());
        currentPage.set(pageList.get(Math.floorMod(at + steps, count)));
    }

    /**
     * Presentation mode, for workshops: the window fills the screen with the page alone, in larger
     * type; the filter chips stay, so the audience sees what is filtered.
     */
    public BooleanProperty presentationProperty() {
        return presentation;
    }

    /** The page shown; its figures are computed when it becomes the current page and are out of date. */
    public ObjectProperty<Page> currentPageProperty() {
        return currentPage;
    }

    /**
     * Whether the current page's figures are being computed: until they arrive it still shows
     * those of the previous filter, so the view marks it as out of date.
     */
    public ReadOnlyBooleanProperty pageComputingProperty() {
        return pageComputing.getReadOnlyProperty();
    }

    private void refreshPage() {
        Page page = currentPage.get();
        PageModel<?> pageModel = pageModels.get(page);
        OpenProject open = project.get();
        if (pageModel != null && open != null && stalePages.remove(page)) {
            compute(page, pageModel, open);
        }
        pageComputing.set(computingPages.contains(page));
    }

    private <T> void compute(Page page, PageModel<T> pageModel, OpenProject open) {
        long mine = pageRequests.merge(page, 1L, Long::sum);
        ResourceBundle words = bundle.get();
        Tasks.Work<T> work = pageModel.figures(open, requested, words);
        computingPages.add(page);
        runner.run(work, figures -> {
            if (mine == pageRequests.get(page) && open == project.get()) {
                computed(page);
                pageModel.show(figures);
            }
        }, e -> {
            if (mine == pageRequests.get(page) && open == project.get()) {
                computed(page);
                stalePages.add(page);
                failed(words.getString("window.error.page"), e);
            }
        });
    }

    private void computed(Page page) {
        computingPages.remove(page);
        pageComputing.set(computingPages.contains(currentPage.get()));
    }

    // ---- drill-down ----------------------------------------------------------------------------

    /** Opens the respondents behind a clicked bar segment: the touchpoint's experiences of that class, under the filter. */
    public void drillDown(String touchpoint, ExperienceClass experienceClass) {
        OpenProject open = project.get();
        if (open == null) {
            whenLoaded(() -> drillDown(touchpoint, experienceClass));
            return;
        }
        Touchpoint clicked = open.data().touchpoints().stream().filter(t -> t.name().equals(touchpoint)).findFirst()
                .orElse(null);
        if (clicked == null) {
            return;
        }
        drillDown(Mark.experience(clicked, experienceClass));
    }

    /** Opens the respondents behind a clicked mark under the window's filter. */
    public void drillDown(Mark mark) {
        OpenProject open = project.get();
        if (open == null) {
            whenLoaded(() -> drillDown(mark));
            return;
        }
        Filter f = filters.filter();
        ResourceBundle words = bundle.get();
        runner.run(progress -> ReadDrillDown.of(open.drillDown(f, mark)),
                drill -> drillDown.set(new DrillDownViewModel(drill, runner, words)),
                e -> failed(words.getString("window.error.drill"), e));
    }

    /** While the respondents load, the last drill-down clicked waits for them: the status bar says they are loading. */
    private void whenLoaded(Runnable drill) {
        if (loading.get()) {
            afterLoading = drill;
        }
    }

    /**
     * Builds the drill-down window's nodes off the FX thread (styled and laid out ahead, in no window yet) and
     * hands them to {@code show} on it: its table's many columns and first rows are slow to style.
     */
    public <T> void prepareDrillDown(Tasks.Work<T> build, Consumer<T> show) {
        ResourceBundle words = bundle.get();
        runner.run(build, show, e -> failed(words.getString("window.error.drill"), e));
    }

    /** Called by the view once it has opened the drill-down. */
    public void drillDownShown() {
        drillDown.set(null);
    }

    /** A drill-down ready to be shown, or null. */
    public ReadOnlyObjectProperty<DrillDownViewModel> drillDownProperty() {
        return drillDown.getReadOnlyProperty();
    }

    /** The overview stored in a project's file: its figures, and those in words. */
    private record Early(OverviewFigures figures, OverviewData overview) {
    }

    /**
     * What an opened project shows, all computed off the FX thread: choices scan every respondent's
     * date. {@code figures} are the overview's in no language; {@code stored} when they are those
     * read from the file, not computed now.
     */
    private record Opened(OpenProject project, OverviewFigures figures, boolean stored, OverviewData overview,
                          ResourceBundle words, FilterChoices choices) {
    }

    /** The stored overview in words, null when unreadable; handed to the loading through {@code done} either way. */
    private Early early(ProjectOpening opening, ResourceBundle words, CompletableFuture<Early> done) {
        try {
            Early early = opening.storedOverview()
                    .map(f -> new Early(f, pages.overview(OpenProject.nameOf(opening.path()), f, words)))
                    .orElse(null);
            done.complete(early);
            return early;
        } catch (RuntimeException | Error e) {
            done.complete(null);
            throw e;
        }
    }

    private Opened load(ProjectOpening opening, CompletableFuture<Early> early, ResourceBundle words)
            throws Exception {
        OpenProject opened = opening.finish();
        try {
            Filter first = opened.report().map(ReportFile::filter).orElse(Filter.NONE);
            FilterChoices choices = opened.filterChoices();
            Early stored = early.join();
            if (stored != null) {
                return new Opened(opened, stored.figures(), true, stored.overview(), words, choices);
            }
            OverviewFigures figures = opened.overviewFigures(first);
            return new Opened(opened, figures, false, pages.overview(opened.name(), figures, words), words, choices);
        } catch (Exception | Error e) {
            closeQuietly(opened);
            throw e;
        }
    }

    /** The overview stored in the file being opened, shown while its respondents load; pages and filters wait. */
    private void showLoading(ProjectOpening opening, Early early) {
        closeQuietly(project.get());
        project.set(null);
        request++;
        requested = Filter.NONE;
        filters.setChoices(FilterChoices.NONE);
        report.set(false);
        reportNote.set("");
        pageModels.values().forEach(PageModel::clear);
        stalePages.addAll(pageModels.keySet());
        loadingFile = opening.path();
        loading.set(true);
        busyMessage.set(format("window.loading", opening.path().getFileName()));
        overview.set(early.overview());
        describeProject();
    }

    /**
     * After the opening, off the critical path: figures computed now are stored for the next
     * opening; figures shown from the file are checked against the engine's, and, should they
     * ever differ, replaced on screen and in the file, and the difference logged.
     */
    private void keepOverview(Opened opened) {
        OpenProject open = opened.project();
        if (open.isReport()) {
            return;
        }
        long mine = request;
        ResourceBundle words = bundle.get();
        runner.run(progress -> {
            if (!opened.stored()) {
                open.storeOverview(opened.figures());
                return null;
            }
            OverviewFigures fresh = open.overviewFigures(Filter.NONE);
            if (fresh.sameAs(opened.figures())) {
                return null;
            }
            LOG.warn("The overview stored in {} differed from the engine's: shown and stored again", open.path());
            open.storeOverview(fresh);
            return pages.overview(open.name(), fresh, words);
        }, corrected -> {
            if (corrected != null && mine == request && open == project.get()) {
                overview.set(corrected);
            }
        }, e -> LOG.info("The overview of {} was not stored for the next opening: {}", open.path(), e.getMessage()));
    }

    private void show(Opened opened) {
        loading.set(false);
        loadingFile = null;
        closeQuietly(project.get());
        request++;
        ReportFile opensOn = opened.project().report().orElse(null);
        requested = opensOn == null ? Filter.NONE : opensOn.filter();
        filters.setChoices(opened.choices());
        filters.apply(requested);
        report.set(opensOn != null);
        reportNote.set(opensOn == null ? "" : opensOn.note());
        project.set(opened.project());
        overview.set(opened.overview());
        busy.set(false);
        notice.set("");
        pageModels.values().forEach(PageModel::clear);
        stalePages.addAll(pageModels.keySet());
        if (opensOn != null) {
            currentPage.set(Page.valueOf(opensOn.page().name()));
        }
        refreshPage();
        if (opened.words() != bundle.get()) {
            // The language was switched while the project opened: its overview is described again.
            recompute("window.error.language");
        }
        keepOverview(opened);
        Runnable asked = afterLoading;
        afterLoading = null;
        if (asked != null) {
            asked.run();
        }
    }

    private void startBusy(String message) {
        busyMessage.set(message);
        busy.set(true);
    }

    /**
     * An error no operation caught (an uncaught exception on any thread, the heap running out),
     * its trace already in the error log: its one sentence under a plain heading. On the FX thread.
     */
    public void showUnexpected(Message sentence) {
        problem.set(new Problem(bundle.get().getString("window.error.unexpected"), sentence.render(language.get())));
    }

    private void failed(String heading, Throwable e) {
        busy.set(false);
        if (loading.get()) {
            // The stored overview of a project that did not open is withdrawn with it.
            loading.set(false);
            loadingFile = null;
            afterLoading = null;
            overview.set(null);
            describeProject();
        }
        String cause;
        if (e instanceof CxLensException cx) {
            cause = cx.userMessage().render(language.get());
        } else {
            cause = UnexpectedError.logged(e).render(language.get());
        }
        problem.set(new Problem(heading, cause));
    }

    private void useLanguage(Locale locale) {
        // The bundle first: listeners of the language rebuild the window from it.
        bundle.set(PageTexts.bundle(locale));
        language.set(locale);
        describeProject();
    }

    private void describeProject() {
        OverviewData d = overview.get();
        OpenProject open = project.get();
        String app = bundle.get().getString("app.title");
        String readOnly = open != null && open.isReport() ? " — " + bundle.get().getString("window.report.readOnly") : "";
        Path file = open != null ? open.path() : loadingFile;
        title.set(file == null ? app : OpenProject.nameOf(file) + readOnly + " — " + app);
        projectLabel.set(file == null ? "" : file.getFileName() + readOnly);
        if (d == null) {
            respondentsLabel.set("");
        } else if (filters == null || !filters.isActive()) {
            respondentsLabel.set(format("window.status.respondents", d.respondents()));
        } else {
            respondentsLabel.set(format("window.status.inFilter", d.inFilter(), d.respondents()));
        }
        filterLabel.set(filters == null || d == null ? "" : filters.descriptionProperty().get());
    }

    private String format(String key, Object... args) {
        return new MessageFormat(bundle.get().getString(key), language.get()).format(args);
    }

    private void saveSettings() {
        store.save(new WindowSettings(bounds, start.paths(), language.get(), theme.get()));
    }

    private static void closeQuietly(OpenProject open) {
        if (open == null) {
            return;
        }
        try {
            open.close();
        } catch (CxLensException e) {
            LOG.warn("Closing {} failed: {}", open.path(), e.getMessage());
        }
    }

    // ---- properties ------------------------------------------------------------------------

    public DepartmentsViewModel departments() {
        return departments;
    }

    public JourneyViewModel journey() {
        return journey;
    }

    public DriversViewModel drivers() {
        return drivers;
    }

    public PrioritiesViewModel priorities() {
        return priorities;
    }

    public CommentsViewModel comments() {
        return comments;
    }

    /** The classification editor's state; {@link #showClassification()} puts the open project in it. */
    public ClassificationEditorViewModel classification() {
        return classification;
    }

    public ProjectViewModel project() {
        return projectPage;
    }

    public StartViewModel start() {
        return start;
    }

    public FilterViewModel filters() {
        return filters;
    }

    public HeatmapViewModel heatmap() {
        return heatmap;
    }

    public TrendViewModel trend() {
        return trend;
    }

    /** Whether the filter panel is open beside the page. */
    public BooleanProperty filtersShownProperty() {
        return filtersShown;
    }

    /** The active filter in words for the status bar; empty when nothing is filtered. */
    public ReadOnlyStringProperty filterLabelProperty() {
        return filterLabel.getReadOnlyProperty();
    }

    public ObservableList<Page> pages() {
        return pageList;
    }

    public ReadOnlyObjectProperty<Locale> languageProperty() {
        return language.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ResourceBundle> bundleProperty() {
        return bundle.getReadOnlyProperty();
    }

    public ResourceBundle bundle() {
        return bundle.get();
    }

    public ReadOnlyObjectProperty<Theme> themeProperty() {
        return theme.getReadOnlyProperty();
    }

    /** Whether the open file is a report, which the window shows without any editing. */
    public ReadOnlyBooleanProperty reportProperty() {
        return report.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty reportNoteProperty() {
        return reportNote.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<OpenProject> projectProperty() {
        return project.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<OverviewData> overviewProperty() {
        return overview.getReadOnlyProperty();
    }

    /** Whether the overview shown is the one stored in the file of a project whose respondents are still loading. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty busyMessageProperty() {
        return busyMessage.getReadOnlyProperty();
    }

    /** A one-line message for the status bar ("Saved a copy as …"). */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty projectLabelProperty() {
        return projectLabel.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty respondentsLabelProperty() {
        return respondentsLabel.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Problem> problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
