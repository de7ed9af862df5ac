package org.cxlens.ui.wizard;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import java.util.stream.Collectors;
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
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.cxlens.domain.CancelledException;
import org.cxlens.domain.ColumnRole;
import org.cxlens.domain.CxLensException;
import org.cxlens.domain.Expectation;
import org.cxlens.domain.Message;
import org.cxlens.domain.Scale;
import org.cxlens.importer.DialectOverrides;
import org.cxlens.importer.HeaderLayout;
import org.cxlens.importer.Preview;
import org.cxlens.importer.ReadOptions;
import org.cxlens.importer.SourceColumn;
import org.cxlens.importer.mapping.ColumnMapping;
import org.cxlens.importer.mapping.ColumnNote;
import org.cxlens.importer.mapping.ColumnValues;
import org.cxlens.importer.mapping.LabelTable;
import org.cxlens.importer.mapping.Mapping;
import org.cxlens.importer.mapping.Suggestion;
import org.cxlens.ui.TaskRunner;
import org.cxlens.ui.UnexpectedError;
import org.cxlens.workspace.ImportCheck;
import org.cxlens.workspace.ImportSession;
import org.cxlens.workspace.Imported;
import org.cxlens.workspace.OpenProject;
import org.cxlens.workspace.ProfileMatch;
import org.cxlens.workspace.SheetRows;
import org.cxlens.workspace.SuggestedMapping;
import org.cxlens.workspace.UnknownLabel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The import wizard's state, step by step, without controls: file → sheet → preview (reading
 * choices, each re-previewed at once) → columns (the suggested or earlier mapping, editable) →
 * check (the whole file, nothing written) → import (progress, cancel) → result. Every piece of
 * file work runs through the {@link TaskRunner}; answers to a request that has been overtaken
 * are dropped.
 */
public final class ImportWizardViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(ImportWizardViewModel.class);

    /** Problems listed on the result step. */
    static final int PROBLEMS_SHOWN = 20;
    private static final int SAMPLE_VALUES = 4;

    private final TaskRunner runner;
    private final ResourceBundle bundle;
    private final Locale locale;
    private final OpenProject project;
    private final Consumer<Path> onOpen;
    private final ReadOnlyObjectWrapper<WizardStep> step = new ReadOnlyObjectWrapper<>(WizardStep.FILE);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    /** The imported project's overview figures being kept in its file, before its dashboard is offered. */
    private final ReadOnlyBooleanWrapper preparing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<WizardProblem> problem = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>();
    private final ObservableList<SheetRows> sheets = FXCollections.observableArrayList();
    private final ObjectProperty<String> sheet = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Preview> preview = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<Charset> encoding = new SimpleObjectProperty<>();
    private final ObjectProperty<Character> delimiter = new SimpleObjectProperty<>();
    private final ObjectProperty<Character> decimal = new SimpleObjectProperty<>();
    private final ObjectProperty<HeaderLayout> layout = new SimpleObjectProperty<>();
    private final ObservableList<ColumnRow> columns = FXCollections.observableArrayList();
    private final ObservableList<LabelRow> labels = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ProfileMatch> profile = new ReadOnlyObjectWrapper<>();
    private final StringProperty wave = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<ImportCheck> check = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<Path> target = new SimpleObjectProperty<>();
    private final BooleanProperty force = new SimpleBooleanProperty(false);
    private final ImportProgress progress = new ImportProgress();
    private final ReadOnlyObjectWrapper<Imported> result = new ReadOnlyObjectWrapper<>();
    private ImportSession session;
    private SuggestedMapping suggested;
    /** The mapping the rows started from: the suggestion, an earlier import's or a loaded profile. */
    private Mapping base;
    private long request;
    private long labelRequest;

    /**
     * @param project the open project to import another wave into, or null for a new project
     * @param onOpen  opens the project the import went into ("Open the dashboard")
     */
    public ImportWizardViewModel(TaskRunner runner, ResourceBundle bundle, OpenProject project, Consumer<Path> onOpen) {
        this.runner = runner;
        this.bundle = bundle;
        this.locale = bundle.getLocale() == null || bundle.getLocale().getLanguage().isEmpty()
                ? Locale.ENGLISH : bundle.getLocale();
        this.project = project;
        this.onOpen = onOpen;
        if (project != null) {
            target.set(project.path());
        }
        encoding.addListener((obs, old, now) -> repreview());
        delimiter.addListener((obs, old, now) -> repreview());
        decimal.addListener((obs, old, now) -> repreview());
        layout.addListener((obs, old, now) -> repreview());
    }

    /** True when the file goes into the open project as another wave. */
    public boolean isAnotherWave() {
        return project != null;
    }

    // ---- file and sheet --------------------------------------------------------------------

    /** Reads the file's sheets (a workbook) or its preview (CSV) and moves on. */
    public void chooseFile(Path chosen) {
        file.set(chosen);
        session = new ImportSession(chosen);
        sheets.clear();
        sheet.set(null);
        resetReading();
        ImportSession s = session;
        work(p -> {
            List<SheetRows> found = s.sheets(p);
            return found.isEmpty() ? new FileLook(found, s.preview(ReadOptions.DETECT)) : new FileLook(found, null);
        }, look -> {
            if (look.preview() != null) {
                showPreview(look.preview());
                step.set(WizardStep.PREVIEW);
            } else {
                sheets.setAll(look.sheets());
                sheet.set(look.sheets().stream().filter(r -> r.dataRows() > 0).map(SheetRows::name).findFirst()
                        .orElse(look.sheets().get(0).name()));
                step.set(WizardStep.SHEET);
            }
        }, "wizard.error.file");
    }

    private record FileLook(List<SheetRows> sheets, Preview preview) {
    }

    private void resetReading() {
        request++;
        preview.set(null);
        encoding.set(null);
        delimiter.set(null);
        decimal.set(null);
        layout.set(null);
        columns.clear();
        labels.clear();
        profile.set(null);
        check.set(null);
        notice.set("");
    }

    // ---- preview -------------------------------------------------------------------------

    /** The reading choices made so far; what is not chosen is detected. */
    public ReadOptions readOptions() {
        return new ReadOptions(sheet.get(), null, layout.get(), overrides());
    }

    private DialectOverrides overrides() {
        return new DialectOverrides(encoding.get(), delimiter.get(), decimal.get());
    }

    private void repreview() {
        if (session == null || step.get() != WizardStep.PREVIEW) {
            return;
        }
        ImportSession s = session;
        ReadOptions options = readOptions();
        work(p -> s.preview(options), this::showPreview, "wizard.error.preview");
    }

    private void showPreview(Preview p) {
        preview.set(p);
    }

    /** "CSV, delimiter “;”, UTF-8, decimal comma, 1 header row": what was detected or chosen. */
    public String describeReading() {
        Preview p = preview.get();
        if (p == null) {
            return "";
        }
        String layoutName = text("wizard.layout." + p.layout().name());
        if (p.dialect() == null) {
            return format("wizard.preview.workbook", p.format().name(), p.sheet(), layoutName);
        }
        return format("wizard.preview.csv", delimiterName(p.dialect().delimiter()), p.dialect().charset().displayName(),
                text(p.dialect().decimalSeparator() == ',' ? "wizard.decimal.comma" : "wizard.decimal.point"),
                layoutName);
    }

    /** A delimiter as the user recognises it: "tab" for a tab, else the character itself. */
    public String delimiterName(char d) {
        return d == '\t' ? text("wizard.delimiter.tab") : String.valueOf(d);
    }

    // ---- moving between steps ------------------------------------------------------------------

    /** Goes to the next step, doing that step's work first. */
    public void next() {
        switch (step.get()) {
            case SHEET -> {
                ImportSession s = session;
                ReadOptions options = readOptions();
                work(p -> s.preview(options), pv -> {
                    showPreview(pv);
                    step.set(WizardStep.PREVIEW);
                }, "wizard.error.preview");
            }
            case PREVIEW -> suggest();
            case COLUMNS -> runCheck();
            case CHECK -> startImport();
            case RESULT -> {
                if (!preparing.get()) {
                    onOpen.accept(result.get().project());
                }
            }
            default -> {
            }
        }
    }

    /** Back one step; the import itself cannot be stepped out of, only cancelled. */
    public void back() {
        WizardStep now = step.get();
        if (now == WizardStep.IMPORT || now == WizardStep.RESULT || now == WizardStep.FILE || busy.get()) {
            return;
        }
        WizardStep before = WizardStep.values()[now.ordinal() - 1];
        if (before == WizardStep.SHEET && sheets.isEmpty()) {
            before = WizardStep.FILE;
        }
        notice.set("");
        step.set(before);
    }

    public boolean canGoBack() {
        WizardStep now = step.get();
        return now != WizardStep.FILE && now != WizardStep.IMPORT && now != WizardStep.RESULT;
    }

    // ---- columns -------------------------------------------------------------------------

    private void suggest() {
        ImportSession s = session;
        Preview p = preview.get();
        DialectOverrides fixed = overrides();
        OpenProject into = project;
        work(pr -> {
            SuggestedMapping found = s.suggest(p, fixed);
            ProfileMatch earlier = into == null ? null : s.earlierMapping(p, into).orElse(null);
            return new Suggested(found, earlier);
        }, found -> {
            suggested = found.mapping();
            if (found.earlier() != null) {
                useProfile(found.earlier());
            } else {
                fillColumns(suggested.suggestion().mapping());
            }
            step.set(WizardStep.COLUMNS);
            findUnknownLabels();
        }, "wizard.error.suggest");
    }

    private record Suggested(SuggestedMapping mapping, ProfileMatch earlier) {
    }

    /** Applies an earlier import's mapping (or a loaded profile) to the file and says how the file differs. */
    private void useProfile(ProfileMatch match) {
        profile.set(match);
        fillColumns(match.appliedTo(suggested.suggestion().mapping()));
        String news = match.newColumns().isEmpty() ? text("wizard.profile.none") : String.join(", ", match.newColumns());
        String missing = match.missingColumns().isEmpty() ? text("wizard.profile.none")
                : String.join(", ", match.missingColumns());
        notice.set(format("wizard.profile.applied", match.fileName(), news, missing));
    }

    /** Back to the suggestion for this file, leaving the earlier mapping aside. */
    public void useSuggestion() {
        if (suggested != null) {
            profile.set(null);
            notice.set("");
            fillColumns(suggested.suggestion().mapping());
            findUnknownLabels();
        }
    }

    /** Reads a mapping profile (the JSON of {@code cxlens suggest}) and applies it. */
    public void loadProfile(Path profileFile) {
        Preview p = preview.get();
        work(pr -> ImportSession.compare(p, profileFile.getFileName().toString(), null,
                ImportSession.loadProfile(profileFile)), match -> {
                    useProfile(match);
                    findUnknownLabels();
                }, "wizard.error.profile");
    }

    /** Writes the mapping as it stands as a profile that {@code --mapping} reads. */
    public void saveProfile(Path profileFile) {
        Suggestion evidence = suggested.suggestion();
        Mapping m = mapping();
        work(pr -> {
            ImportSession.saveProfile(evidence, m, profileFile);
            return profileFile;
        }, saved -> notice.set(format("wizard.profile.saved", saved)), "wizard.error.profile");
    }

    private void fillColumns(Mapping mapping) {
        base = mapping;
        Suggestion s = suggested.suggestion();
        List<ColumnRow> rows = new ArrayList<>();
        for (SourceColumn c : preview.get().columns()) {
            ColumnMapping m = mapping.column(c.name());
            ColumnNote note = s.note(c.name());
            ColumnRow row = new ColumnRow(c.name(), c.questionText(), samples(c.index()),
                    note == null ? "" : render(note.evidence()), note == null ? "" : render(note.warnings()),
                    m == null ? ColumnRole.IGNORE : m.role());
            if (m != null) {
                row.scaleProperty().set(m.scale() == null ? "" : m.scale().label());
                row.touchpointProperty().set(m.touchpoint() == null ? "" : m.touchpoint());
                row.departmentProperty().set(m.department() == null ? "" : m.department());
            }
            rows.add(row);
        }
        columns.setAll(rows);
        labels.clear();
    }

    private String samples(int index) {
        if (index >= suggested.profile().columns().size()) {
            return "";
        }
        ColumnValues values = suggested.profile().column(index);
        return values.counts().stream()
                .sorted(Comparator.comparingLong(ColumnValues.Count::count).reversed())
                .limit(SAMPLE_VALUES)
                .map(c -> format("wizard.columns.sample", c.value(), c.count()))
                .collect(Collectors.joining(" · "));
    }

    private String render(List<Message> messages) {
        return messages.stream().map(m -> m.render(locale)).collect(Collectors.joining(" "));
    }

    /** Gives every chosen row the role; a touchpoint item gets its column as touchpoint name when it has none. */
    public void setRole(List<ColumnRow> rows, ColumnRole role) {
        for (ColumnRow r : rows) {
            r.roleProperty().set(role);
            boolean item = role == ColumnRole.TOUCHPOINT_SCORE || role == ColumnRole.TOUCHPOINT_EXPECTATION;
            if (item && r.touchpointProperty().get().isBlank()) {
                r.touchpointProperty().set(r.column());
            }
        }
        findUnknownLabels();
    }

    public void setScale(List<ColumnRow> rows, String scale) {
        rows.forEach(r -> r.scaleProperty().set(scale));
        findUnknownLabels();
    }

    /** Renames the rows' touchpoint; the answers are read again, as the labels that apply may change with it. */
    public void setTouchpoint(List<ColumnRow> rows, String touchpoint) {
        rows.forEach(r -> r.touchpointProperty().set(touchpoint));
        findUnknownLabels();
    }

    public void setDepartment(List<ColumnRow> rows, String department) {
        rows.forEach(r -> r.departmentProperty().set(department));
    }

    public void setPersonal(List<ColumnRow> rows, boolean personal) {
        rows.forEach(r -> r.personalProperty().set(personal));
    }

    /** Lists the answer texts of the first rows no label reads, keeping the meanings already given. */
    public void findUnknownLabels() {
        if (step.get() != WizardStep.COLUMNS || session == null) {
            return;
        }
        ImportSession s = session;
        Preview p = preview.get();
        Mapping m;
        try {
            m = mapping();
        } catch (IllegalArgumentException badScale) {
            return;
        }
        long mine = ++labelRequest;
        runner.run(pr -> s.checkSample(p, m), found -> {
            if (mine == labelRequest) {
                mergeLabels(found.unknownLabels());
            }
        }, e -> {
            // The check step says what is wrong with the mapping; here only the labels are wanted.
        });
    }

    private void mergeLabels(List<UnknownLabel> found) {
        for (UnknownLabel u : found) {
            boolean listed = labels.stream().anyMatch(l -> l.label().column().equals(u.column())
                    && l.label().label().equals(u.label()));
            if (!listed) {
                labels.add(new LabelRow(u));
            }
        }
    }

    /**
     * The mapping as the rows now say: roles, scales, touchpoints, departments, the reading
     * choices, and the meanings given to unknown labels.
     *
     * @throws IllegalArgumentException when a scale is not written as "min–max"
     */
    public Mapping mapping() {
        List<ColumnMapping> out = new ArrayList<>();
        for (ColumnRow r : columns) {
            ColumnMapping m = base.column(r.column());
            ColumnRole role = r.roleProperty().get();
            if (m == null && role == ColumnRole.IGNORE) {
                continue;
            }
            ColumnMapping c = (m == null ? ColumnMapping.of(r.column(), role) : m.withRole(role))
                    .withScale(ScaleText.parse(r.scaleProperty().get()))
                    .withTouchpoint(blankToNull(r.touchpointProperty().get()))
                    .withDepartment(blankToNull(r.departmentProperty().get()));
            out.add(c);
        }
        LabelTable table = base.labels();
        for (LabelRow l : labels) {
            String meaning = l.meaningProperty().get().strip();
            if (meaning.isEmpty()) {
                continue;
            }
            UnknownLabel u = l.label();
            if (u.expectation()) {
                Expectation e = expectation(meaning);
                if (e != null) {
                    table = table.withExpectationLabel(u.label(), e);
                }
            } else if (u.scale() != null) {
                try {
                    table = table.withScoreLabel(u.scale(), u.label(), ScaleText.number(meaning));
                } catch (IllegalArgumentException notANumber) {
                    // Left unmapped: the check reports the label, as it would without a meaning.
                }
            }
        }
        return base.withColumns(out).withLabels(table).withDialectOverrides(overrides());
    }

    private static Expectation expectation(String meaning) {
        for (Expectation e : Expectation.values()) {
            if (e.name().equalsIgnoreCase(meaning) || meaning.equals(String.valueOf(e.code()))) {
                return e;
            }
        }
        return null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    // ---- check and import ----------------------------------------------------------------------

    private void runCheck() {
        Mapping m;
        try {
            m = mapping();
        } catch (IllegalArgumentException e) {
            problem.set(new WizardProblem(text("wizard.error.mapping"), format("wizard.error.scale", e.getMessage())));
            return;
        }
        ImportSession s = session;
        ReadOptions options = readOptions();
        String w = blankToNull(wave.get());
        OpenProject into = project;
        work(p -> s.check(options, m, w, into, p), found -> {
            check.set(found);
            mergeLabels(found.unknownLabels());
            step.set(WizardStep.CHECK);
        }, "wizard.error.check");
    }

    /** Imports the whole file; a new project needs its file chosen first ({@link #targetProperty}). */
    private void startImport() {
        Path into = target.get();
        if (into == null || importRefused()) {
            return;
        }
        Mapping m = mapping();
        ImportSession s = session;
        ReadOptions options = readOptions();
        String w = blankToNull(wave.get());
        boolean again = force.get();
        OpenProject open = project;
        step.set(WizardStep.IMPORT);
        work(p -> open != null ? s.importInto(open, options, m, w, again, p, PROBLEMS_SHOWN)
                        : s.importInto(into, options, m, w, again, p, PROBLEMS_SHOWN),
                done -> {
                    result.set(done);
                    step.set(WizardStep.RESULT);
                    prepareDashboard(done.project());
                }, "wizard.error.import");
    }

    /**
     * Keeps the imported project's unfiltered overview in its file, off the FX thread, so that its
     * dashboard opens from it at once (ADR 0010): without it the first opening after an import
     * computes it, 1.3 s for a million respondents. The import stands either way; a failure is
     * logged and the opening computes the figures as before. Not part of the import, so no cancel
     * applies: the import has been stored by then.
     */
    private void prepareDashboard(Path imported) {
        preparing.set(true);
        String saying = text("wizard.result.preparing");
        notice.set(saying);
        Runnable prepared = () -> {
            preparing.set(false);
            if (notice.get().equals(saying)) {
                notice.set("");
            }
        };
        // Another wave's project is this window's, locked by it: only its own opening can store them.
        OpenProject open = project;
        runner.run(p -> open != null ? open.storeCurrentOverview() : OpenProject.storeOverviewOf(imported),
                stored -> prepared.run(), e -> {
                    LOG.info("The overview of {} was not stored after its import: {}", imported, e.getMessage());
                    prepared.run();
                });
    }

    /** True when the check found touchpoints on another scale than they have: the import would be refused. */
    public boolean importRefused() {
        ImportCheck c = check.get();
        return c != null && !c.scaleConflicts().isEmpty();
    }

    /**
     * The check's scale conflicts as sentences: which touchpoint, its scale here and there, and
     * what to do about it.
     */
    public List<String> scaleConflicts() {
        ImportCheck c = check.get();
        if (c == null) {
            return List.of();
        }
        return c.scaleConflicts().stream().map(x -> x.projectName() == null
                ? format("wizard.check.scaleConflict.file", x.touchpoint(), x.fileScale().label(), x.otherScale().label())
                : x.projectName().equals(x.touchpoint())
                ? format("wizard.check.scaleConflict", x.touchpoint(), x.fileScale().label(), x.otherScale().label())
                : format("wizard.check.scaleConflict.alias", x.touchpoint(), x.fileScale().label(),
                        x.otherScale().label(), x.projectName())).toList();
    }

    /** Stops the running work; an import rolls back, a new project file is removed. */
    public void cancel() {
        progress.cancel();
    }

    // ---- running work --------------------------------------------------------------------------

    private <T> void work(org.cxlens.ui.Tasks.Work<T> job, Consumer<T> done, String errorKey) {
        long mine = ++request;
        busy.set(true);
        notice.set(step.get() == WizardStep.COLUMNS ? notice.get() : "");
        var callback = progress.start();
        WizardStep from = step.get();
        runner.run(p -> job.run(callback), value -> {
            if (mine == request) {
                busy.set(false);
                progress.refresh();
                done.accept(value);
                if (from == WizardStep.IMPORT && progress.isCancelled()) {
                    // The cancel came after the transaction committed: say so rather than let it look obeyed.
                    notice.set(text("wizard.cancelTooLate"));
                }
            }
        }, e -> {
            if (mine != request) {
                return;
            }
            busy.set(false);
            if (from == WizardStep.IMPORT || step.get() == WizardStep.IMPORT) {
                step.set(WizardStep.CHECK);
            }
            // A cancel may surface as the error of whatever step the work was in; the rollback happened either way.
            if (e instanceof CancelledException || progress.isCancelled()) {
                notice.set(text("wizard.cancelled"));
            } else {
                Path f = file.get();
                String cause = e instanceof CxLensException cx ? cx.userMessage().render(locale)
                        : UnexpectedError.logged(e).render(locale);
                problem.set(new WizardProblem(format(errorKey, f == null ? "" : f.getFileName()), cause));
            }
        });
    }

    private String text(String key) {
        return bundle.getString(key);
    }

    private String format(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }

    /** Called by the view once it has shown the problem. */
    public void problemShown() {
        problem.set(null);
    }

    // ---- properties ------------------------------------------------------------------------

    public ReadOnlyObjectProperty<WizardStep> stepProperty() {
        return step.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** True from the import's end until its project's overview figures are kept in its file; its dashboard is offered after. */
    public ReadOnlyBooleanProperty preparingProperty() {
        return preparing.getReadOnlyProperty();
    }

    /** A sentence about the last thing done: an earlier mapping applied, a profile saved, a cancel. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<WizardProblem> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public ObservableList<SheetRows> sheets() {
        return sheets;
    }

    public ObjectProperty<String> sheetProperty() {
        return sheet;
    }

    public ReadOnlyObjectProperty<Preview> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** The chosen encoding, or null to detect it; a change re-previews at once. */
    public ObjectProperty<Charset> encodingProperty() {
        return encoding;
    }

    public ObjectProperty<Character> delimiterProperty() {
        return delimiter;
    }

    public ObjectProperty<Character> decimalProperty() {
        return decimal;
    }

    public ObjectProperty<HeaderLayout> layoutProperty() {
        return layout;
    }

    public ObservableList<ColumnRow> columns() {
        return columns;
    }

    public ObservableList<LabelRow> labels() {
        return labels;
    }

    /** The earlier import's mapping (or loaded profile) in use, or null for the suggestion. */
    public ReadOnlyObjectProperty<ProfileMatch> profileProperty() {
        return profile.getReadOnlyProperty();
    }

    /** The wave of every respondent of the file; empty to take it from a wave column. */
    public StringProperty waveProperty() {
        return wave;
    }

    public ReadOnlyObjectProperty<ImportCheck> checkProperty() {
        return check.getReadOnlyProperty();
    }

    /** The project file the import goes into: the open project's, or the new one the user chose. */
    public ObjectProperty<Path> targetProperty() {
        return target;
    }

    /** Import a file even though the same content was imported before. */
    public BooleanProperty forceProperty() {
        return force;
    }

    public ImportProgress progress() {
        return progress;
    }

    public ReadOnlyObjectProperty<Imported> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    /** The language of the bundle, English for the base bundle. */
    public Locale locale() {
        return locale;
    }
}
