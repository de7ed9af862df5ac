package org.cxlens.ui.export;

import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.concurrent.Task;
import org.cxlens.analysis.Filter;
import org.cxlens.domain.CancelledException;
import org.cxlens.domain.CxLensException;
import org.cxlens.report.CsvDialect;
import org.cxlens.ui.Tasks;
import org.cxlens.ui.UnexpectedError;
import org.cxlens.workspace.DeliverableFormat;
import org.cxlens.workspace.Deliverables;
import org.cxlens.workspace.OpenProject;

/**
 * State of the export dialog: the format (those the workspace can write), the language, the
 * scorecards' one-file-per-department choice and the target file; the export runs off the FX
 * thread with progress and cancel, and ends in one sentence. Holds no controls.
 */
public final class ExportViewModel {

    public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.forLanguageTag("nl"));

    private final OpenProject project;
    private final Filter filter;
    private final ResourceBundle bundle;
    private final Executor executor;
    private final ObjectProperty<DeliverableFormat> format = new SimpleObjectProperty<>(DeliverableFormat.PDF);
    private final ObjectProperty<Locale> language;
    private final BooleanProperty perDepartment = new SimpleBooleanProperty(false);
    /** The region's, which its Excel opens (see {@link CsvDialect}), until another is chosen. */
    private final ObjectProperty<CsvDialect> csvDialect = new SimpleObjectProperty<>(CsvDialect.ofRegion());
    private final StringProperty client = new SimpleStringProperty("");
    private final ObjectProperty<Path> target = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(false);
    private Task<List<Path>> task;

    /**
     * @param language the window's language, the deliverable's until another is chosen
     * @param folder   where the target is suggested, or null for the working directory
     */
    public ExportViewModel(OpenProject project, Filter filter, Locale language, ResourceBundle bundle, Path folder,
                           Executor executor) {
        this.project = project;
        this.filter = filter;
        this.bundle = bundle;
        this.executor = executor;
        this.language = new SimpleObjectProperty<>(LANGUAGES.stream()
                .filter(l -> l.getLanguage().equals(language.getLanguage())).findFirst().orElse(Locale.ENGLISH));
        Path base = folder == null ? Path.of("") : folder;
        target.set(base.resolve(project.name() + ".pdf").toAbsolutePath());
        format.addListener((obs, old, f) -> {
            if (f != null && !f.scorecards()) {
                perDepartment.set(false);
            }
            retarget(old, f);
        });
    }

    /** The formats the workspace can write: those with a registered writer. */
    public List<DeliverableFormat> formats() {
        return Deliverables.available();
    }

    /** "demo.pdf" becomes "demo-scorecards.pdf" when the format changes to scorecards, and back. */
    private void retarget(DeliverableFormat old, DeliverableFormat now) {
        Path path = target.get();
        if (path == null || now == null) {
            return;
        }
        String name = path.getFileName().toString();
        String stem = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        if (old != null && old.scorecards() && stem.endsWith("-scorecards")) {
            stem = stem.substring(0, stem.length() - "-scorecards".length());
        }
        if (now.scorecards() && !stem.endsWith("-scorecards")) {
            stem += "-scorecards";
        }
        target.set(path.resolveSibling(stem + "." + now.extension()));
    }

    /** Starts the export; refused with a sentence when no target is chosen or one is running. */
    public void export() {
        if (running.get()) {
            return;
        }
        Path chosen = target.get();
        if (chosen == null) {
            finish(text("export.noTarget"), true);
            return;
        }
        DeliverableFormat chosenFormat = format.get();
        Locale chosenLanguage = language.get();
        boolean split = perDepartment.get();
        String forClient = client.get();
        CsvDialect dialect = csvDialect.get();
        running.set(true);
        failed.set(false);
        status.set(text("export.running"));
        task = Tasks.create(p -> Deliverables.export(project, filter, chosenLanguage, forClient, chosenFormat, dialect,
                        chosen, split, p))
                .onSuccess(written -> finish(written.size() == 1 ? text("export.done", written.get(0))
                        : text("export.doneMany", written.size(), chosen.getParent()), false))
                .onError(this::failedWith)
                .build();
        task.setOnCancelled(e -> finish(text("export.cancelled"), false));
        progress.bind(task.progressProperty());
        executor.execute(task);
    }

    /** Stops a running export; nothing is written. */
    public void cancel() {
        if (task != null && running.get()) {
            task.cancel(false);
        }
    }

    private void failedWith(Throwable e) {
        if (e instanceof CancelledException) {
            finish(text("export.cancelled"), false);
        } else if (e instanceof CxLensException cx) {
            finish(cx.userMessage().render(bundle.getLocale()), true);
        } else {
            finish(text("export.failed", target.get(), UnexpectedError.logged(e).render(bundle.getLocale())), true);
        }
    }

    private void finish(String sentence, boolean error) {
        progress.unbind();
        if (error) {
            progress.set(0);
        }
        running.set(false);
        failed.set(error);
        status.set(sentence);
    }

    private String text(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(args);
    }

    public ObjectProperty<DeliverableFormat> formatProperty() {
        return format;
    }

    public ObjectProperty<Locale> languageProperty() {
        return language;
    }

    /** Scorecards only: a file per department beside the target. */
    /** How a CSV separates its fields and writes decimals; other formats ignore it. */
    public ObjectProperty<CsvDialect> csvDialectProperty() {
        return csvDialect;
    }

    public BooleanProperty perDepartmentProperty() {
        return perDepartment;
    }

    /** The client's name for the title page; blank for none. */
    public StringProperty clientProperty() {
        return client;
    }

    public ObjectProperty<Path> targetProperty() {
        return target;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** 0–1 while running. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** What happened, in one sentence: written, cancelled, or why it failed. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }
}
