package org.cxlens.ui.project;

import java.nio.file.Path;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.TreeSet;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.cxlens.analysis.Filter;
import org.cxlens.analysis.PriorityTargets;
import org.cxlens.domain.ChangeEntry;
import org.cxlens.domain.CxLensException;
import org.cxlens.domain.ImportInfo;
import org.cxlens.domain.MomentType;
import org.cxlens.domain.Touchpoint;
import org.cxlens.report.CsvDialect;
import org.cxlens.ui.PageModel;
import org.cxlens.ui.TaskRunner;
import org.cxlens.ui.Tasks;
import org.cxlens.ui.UnexpectedError;
import org.cxlens.workspace.CatalogueEntry;
import org.cxlens.workspace.OpenProject;

/**
 * State of the Project page: the imports and the problems of the chosen one, the touchpoint
 * catalogue with the form editing the chosen touchpoint, and the change log. Holds no controls.
 *
 * <p>Every edit runs off the FX thread through the workspace, which stores it with its log line
 * and reloads the project's data; then the window is told the project changed, so every page
 * (this one included) is computed again. One edit runs at a time: while it runs, the editing
 * actions do nothing.
 */
public final class ProjectViewModel extends PageModel<ProjectFigures> {

    private final TaskRunner runner;
    private Runnable projectChanged = () -> { };
    private ProjectFigures shown;

    private final ObservableList<ImportInfo> imports = FXCollections.observableArrayList();
    private final ObjectProperty<ImportInfo> chosenImport = new SimpleObjectProperty<>();
    private final StringProperty problemSearch = new SimpleStringProperty("");
    private final ProblemList problems;
    /** Set while {@link #show} chooses the import itself, reading its problems once afterwards. */
    private boolean choosingImport;

    private final ObservableList<CatalogueEntry> catalogue = FXCollections.observableArrayList();
    private final ObservableList<String> departments = FXCollections.observableArrayList();
    private final ObjectProperty<CatalogueEntry> chosen = new SimpleObjectProperty<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty department = new SimpleStringProperty("");
    private final ObjectProperty<MomentType> momentType = new SimpleObjectProperty<>(MomentType.STANDARD);
    private final StringProperty ownTarget = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper defaultTarget = new ReadOnlyStringWrapper("");
    private final ObjectProperty<CatalogueEntry> mergeWith = new SimpleObjectProperty<>();

    private final ObservableList<LogLine> log = FXCollections.observableArrayList();
    private final StringProperty logSearch = new SimpleStringProperty("");
    private List<LogLine> allLog = List.of();

    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper(false);
    private final BooleanProperty exporting = new SimpleBooleanProperty(false);

    public ProjectViewModel(TaskRunner runner) {
        this.runner = runner;
        this.problems = new ProblemList(runner, this::failed);
        chosenImport.addListener((obs, old, i) -> {
            if (!choosingImport) {
                readProblems();
            }
        });
        problemSearch.addListener((obs, old, text) -> readProblems());
        chosen.addListener((obs, old, entry) -> fillForm(entry));
        momentType.addListener((obs, old, type) -> describeDefaultTarget());
        logSearch.addListener((obs, old, text) -> filterLog());
    }

    /** Called by the window: what to do once an edit is stored (compute every page again). */
    public void setOnProjectChanged(Runnable action) {
        projectChanged = action;
    }

    // ---- figures -------------------------------------------------------------------------------

    @Override
    public Tasks.Work<ProjectFigures> figures(OpenProject project, Filter filter, ResourceBundle bundle) {
        return progress -> {
            List<CatalogueEntry> entries = project.catalogue();
            TreeSet<String> owners = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
            entries.stream().map(e -> e.touchpoint().department()).filter(d -> d != null).forEach(owners::add);
            owners.addAll(project.data().department().values());
            return new ProjectFigures(project, project.imports(), entries, List.copyOf(owners), project.changeLog(),
                    bundle);
        };
    }

    @Override
    public void show(ProjectFigures figures) {
        boolean sameProject = shown != null && shown.project() == figures.project();
        ProjectFigures before = shown;
        shown = figures;
        if (before != null && !before.bundle().equals(figures.bundle())) {
            // A message in the language just left would stay on a page now in the other.
            notice.set("");
        }
        long chosenId = chosen.get() == null ? -1 : chosen.get().touchpoint().id();
        long importId = chosenImport.get() == null ? -1 : chosenImport.get().id();
        catalogue.setAll(figures.catalogue());
        departments.setAll(figures.departments());
        chosen.set(figures.catalogue().stream().filter(e -> e.touchpoint().id() == chosenId).findFirst()
                .orElse(figures.catalogue().isEmpty() ? null : figures.catalogue().get(0)));
        fillForm(chosen.get());
        mergeWith.set(null);
        imports.setAll(figures.imports());
        ImportInfo again = figures.imports().stream().filter(i -> i.id() == importId).findFirst()
                .orElse(figures.imports().isEmpty() ? null : figures.imports().get(figures.imports().size() - 1));
        // A catalogue edit changes no problem: the rows already read stay, unless the import or language changed.
        if (!(sameProject && again != null && again.equals(chosenImport.get())
                && before.bundle().equals(figures.bundle()))) {
            choosingImport = true;
            chosenImport.set(again);
            choosingImport = false;
            readProblems();
        }
        allLog = figures.log().stream().map(e -> line(e, figures.bundle())).toList();
        filterLog();
    }

    @Override
    public void clear() {
        shown = null;
        imports.clear();
        chosenImport.set(null);
        problemSearch.set("");
        problems.show(null, null, "", null);
        catalogue.clear();
        departments.clear();
        chosen.set(null);
        allLog = List.of();
        log.clear();
        logSearch.set("");
        notice.set("");
        working.set(false);
    }

    // ---- imports and problems ---------------------------------------------------------------------

    private void readProblems() {
        if (shown == null) {
            return;
        }
        problems.show(shown.project(), chosenImport.get(), problemSearch.get(), shown.bundle());
    }

    /** Writes the shown problems (the search applied) to a CSV file in the dialect asked for, off the FX thread. */
    public void exportProblems(Path target, CsvDialect dialect) {
        ImportInfo source = problems.source();
        if (shown == null || source == null || exporting.get()) {
            return;
        }
        OpenProject project = shown.project();
        String search = problems.search();
        ResourceBundle bundle = shown.bundle();
        exporting.set(true);
        runner.run(progress -> {
            project.exportProblems(source.id(), search, target, bundle.getLocale(), dialect, progress);
            return target;
        }, written -> {
            exporting.set(false);
            notice.set(format(bundle, "project.problems.exported", problems.sizeProperty().get(), written));
        }, e -> {
            exporting.set(false);
            failed(e);
        });
    }

    // ---- the catalogue -----------------------------------------------------------------------------

    private void fillForm(CatalogueEntry entry) {
        Touchpoint t = entry == null ? null : entry.touchpoint();
        name.set(t == null ? "" : t.name());
        department.set(t == null || t.department() == null ? "" : t.department());
        momentType.set(t == null ? MomentType.STANDARD : t.momentType());
        ownTarget.set(t == null || t.target() == null || shown == null ? "" : percent(t.target(), shown.bundle()));
        describeDefaultTarget();
    }

    private void describeDefaultTarget() {
        if (shown == null || momentType.get() == null) {
            defaultTarget.set("");
            return;
        }
        MomentType type = momentType.get();
        defaultTarget.set(format(shown.bundle(), "project.catalogue.default." + type.name(),
                percent(PriorityTargets.DEFAULT.typeTarget(type), shown.bundle())));
    }

    /** Stores the form's name, department, moment type and target for the chosen touchpoint. */
    public void apply() {
        CatalogueEntry entry = chosen.get();
        if (entry == null || shown == null || working.get()) {
            return;
        }
        ResourceBundle bundle = shown.bundle();
        Double target;
        try {
            target = parseTarget(ownTarget.get(), bundle.getLocale());
        } catch (IllegalArgumentException e) {
            notice.set(format(bundle, "project.catalogue.badTarget", ownTarget.get()));
            return;
        }
        Touchpoint t = entry.touchpoint();
        String owner = department.get() == null || department.get().isBlank() ? null : department.get().strip();
        Touchpoint edited = new Touchpoint(t.id(), t.slot(), name.get() == null ? "" : name.get().strip(), owner,
                momentType.get(), t.journeyOrder(), t.scale(), target);
        OpenProject project = shown.project();
        edit(() -> project.updateTouchpoint(edited), format(bundle, "project.catalogue.saved", edited.name()));
    }

    /** Puts the form back to the stored values of the chosen touchpoint. */
    public void revert() {
        fillForm(chosen.get());
        notice.set("");
    }

    /** Moves the chosen touchpoint {@code steps} places along the journey (negative: earlier). */
    public void moveChosen(int steps) {
        CatalogueEntry entry = chosen.get();
        if (entry == null) {
            return;
        }
        int from = catalogue.indexOf(entry);
        move(from, Math.max(0, Math.min(catalogue.size() - 1, from + steps)));
    }

    /** Moves the touchpoint at journey place {@code from} to place {@code to} (both 0-based): a drop. */
    public void move(int from, int to) {
        if (shown == null || working.get() || from == to || from < 0 || to < 0 || from >= catalogue.size()
                || to >= catalogue.size()) {
            return;
        }
        List<CatalogueEntry> order = new ArrayList<>(catalogue);
        CatalogueEntry moved = order.remove(from);
        order.add(to, moved);
        List<Long> ids = order.stream().map(e -> e.touchpoint().id()).toList();
        // Shown at once, so a second key press moves on from here; the stored order follows.
        catalogue.setAll(order);
        chosen.set(moved);
        OpenProject project = shown.project();
        edit(() -> project.reorderTouchpoints(ids),
                format(shown.bundle(), "project.catalogue.moved", moved.touchpoint().name(), to + 1, order.size()));
    }

    /**
     * Merges the chosen touchpoint into {@link #mergeWithProperty()}: its answers become the
     * other's and it leaves the catalogue. Refused by the project when a respondent answered both.
     */
    public void merge() {
        CatalogueEntry from = chosen.get();
        CatalogueEntry into = mergeWith.get();
        if (from == null || into == null || from.equals(into) || shown == null || working.get()) {
            return;
        }
        OpenProject project = shown.project();
        String done = format(shown.bundle(), "project.catalogue.merged", from.touchpoint().name(),
                into.touchpoint().name(), from.answers() + into.answers(), from.answers(), into.answers());
        chosen.set(into);
        edit(() -> project.mergeTouchpoints(from.touchpoint().id(), into.touchpoint().id()), done);
    }

    /** The sentence the view asks to confirm before a merge. */
    public String mergeQuestion() {
        CatalogueEntry from = chosen.get();
        CatalogueEntry into = mergeWith.get();
        if (from == null || into == null || shown == null) {
            return "";
        }
        return format(shown.bundle(), "project.catalogue.mergeQuestion", from.touchpoint().name(),
                into.touchpoint().name(), from.answers(), into.answers(), from.answers() + into.answers());
    }

    private interface Edit {
        void run() throws CxLensException;
    }

    private void edit(Edit edit, String done) {
        working.set(true);
        notice.set("");
        runner.run(progress -> {
            edit.run();
            return done;
        }, text -> {
            working.set(false);
            notice.set(text);
            projectChanged.run();
        }, e -> {
            working.set(false);
            failed(e);
            // What is shown may be ahead of the file (a move shown at once): show the file again.
            projectChanged.run();
        });
    }

    /** "75", "75 %", "75,5" in Dutch: a share; blank: the moment type's default (null). */
    static Double parseTarget(String text, Locale locale) {
        String plain = text == null ? "" : text.replace("%", "").strip();
        if (plain.isEmpty()) {
            return null;
        }
        ParsePosition at = new ParsePosition(0);
        Number n = NumberFormat.getNumberInstance(locale).parse(plain, at);
        if (n == null || at.getIndex() != plain.length() || !(n.doubleValue() >= 0 && n.doubleValue() <= 100)) {
            throw new IllegalArgumentException("not a percentage: " + text);
        }
        return n.doubleValue() / 100;
    }

    // ---- the change log ------------------------------------------------------------------------------

    private static LogLine line(ChangeEntry e, ResourceBundle bundle) {
        Locale locale = bundle.getLocale();
        DateTimeFormatter when = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", locale).withZone(ZoneId.systemDefault());
        return new LogLine(when.format(e.time()), e.what().render(locale), e.beforeText().render(locale),
                e.afterText().render(locale));
    }

    private void filterLog() {
        String text = logSearch.get() == null ? "" : logSearch.get().strip().toLowerCase(Locale.ROOT);
        log.setAll(text.isEmpty() ? allLog : allLog.stream().filter(l -> l.contains(text)).toList());
    }

    // ---- helpers ------------------------------------------------------------------------------------

    private void failed(Throwable e) {
        Locale locale = shown == null ? Locale.getDefault() : shown.bundle().getLocale();
        notice.set(e instanceof CxLensException cx ? cx.userMessage().render(locale)
                : UnexpectedError.logged(e).render(locale));
    }

    private static String percent(double share, ResourceBundle bundle) {
        NumberFormat f = NumberFormat.getNumberInstance(bundle.getLocale());
        f.setMaximumFractionDigits(1);
        return f.format(share * 100) + " %";
    }

    private static String format(ResourceBundle bundle, String key, Object... args) {
        return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(args);
    }

    // ---- what the view binds to ----------------------------------------------------------------------

    public ObservableList<ImportInfo> imports() {
        return imports;
    }

    public ObjectProperty<ImportInfo> chosenImportProperty() {
        return chosenImport;
    }

    public StringProperty problemSearchProperty() {
        return problemSearch;
    }

    public ProblemList problems() {
        return problems;
    }

    /** The catalogue in journey order. */
    public ObservableList<CatalogueEntry> catalogue() {
        return catalogue;
    }

    public ObservableList<String> departments() {
        return departments;
    }

    /** The touchpoint the form edits. */
    public ObjectProperty<CatalogueEntry> chosenProperty() {
        return chosen;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty departmentProperty() {
        return department;
    }

    public ObjectProperty<MomentType> momentTypeProperty() {
        return momentType;
    }

    /** The touchpoint's own target in per cent; blank for the moment type's default. */
    public StringProperty ownTargetProperty() {
        return ownTarget;
    }

    /** The default target of the form's moment type in words. */
    public ReadOnlyStringProperty defaultTargetProperty() {
        return defaultTarget.getReadOnlyProperty();
    }

    /** The touchpoint the chosen one would be merged into. */
    public ObjectProperty<CatalogueEntry> mergeWithProperty() {
        return mergeWith;
    }

    public ObservableList<LogLine> log() {
        return log;
    }

    public StringProperty logSearchProperty() {
        return logSearch;
    }

    /** The outcome of the last edit or export, or why it was refused. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** Whether an edit is being stored. */
    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty exportingProperty() {
        return exporting;
    }

    /** The bundle of the figures shown, for the view's cell texts; null before any. */
    ResourceBundle bundle() {
        return shown == null ? null : shown.bundle();
    }
}
