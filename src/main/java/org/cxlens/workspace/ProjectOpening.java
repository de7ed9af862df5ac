package org.cxlens.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.cxlens.analysis.AnalysisEngine;
import org.cxlens.analysis.AnalysisSettings;
import org.cxlens.domain.ClassificationScheme;
import org.cxlens.domain.CxLensException;
import org.cxlens.domain.SurveyData;
import org.cxlens.storage.ProjectFile;

/**
 * A project being opened for analysis, in two steps: the file and its settings first (a few
 * milliseconds), with the unfiltered overview's stored figures if they match the project as it
 * is (ADR 0010); then {@link #finish()} loads every respondent and prepares the engine. Until
 * then, or if that fails, {@link #close()} gives the file back.
 */
public final class ProjectOpening implements AutoCloseable {

    private final Path path;
    private final ProjectFile file;
    private final ClassificationScheme scheme;
    private final AnalysisSettings settings;
    private final List<String> weightColumns;
    private final String figuresKey;
    /** The stored overview's JSON, read with the settings; null when none matches the project. */
    private final String storedOverview;
    private final OpeningTimes times;
    private boolean finished;

    private ProjectOpening(Path path, ProjectFile file, ClassificationScheme scheme, AnalysisSettings settings,
                           List<String> weightColumns, String figuresKey, String storedOverview,
                           OpeningTimes times) {
        this.path = path;
        this.file = file;
        this.scheme = scheme;
        this.settings = settings;
        this.weightColumns = weightColumns;
        this.figuresKey = figuresKey;
        this.storedOverview = storedOverview;
        this.times = times;
    }

    /**
     * Opens the file and reads the project's settings; a file that is not a project is refused
     * unchanged. The check that the file is not damaged runs on beside the steps that follow.
     *
     * @param weighted false counts every respondent once, whatever weights the project holds
     */
    public static ProjectOpening begin(Path path, boolean weighted, OpeningTimes times) throws CxLensException {
        long start = System.nanoTime();
        ProjectFile file = ProjectFile.openChecking(path);
        try {
            ClassificationScheme scheme = file.scheme();
            AnalysisSettings settings = new AnalysisSettings(file.lowBaseMinimum(), weighted);
            List<String> weightColumns = file.weightColumns();
            String key = StoredOverview.key(file, scheme, settings, weightColumns);
            String stored = StoredOverview.read(file, key).orElse(null);
            times.took(OpeningStep.OPEN_FILE, System.nanoTime() - start);
            return new ProjectOpening(path, file, scheme, settings, weightColumns, key, stored, times);
        } catch (Throwable e) {
            throw OpenProject.closing(file, e);
        }
    }

    public Path path() {
        return path;
    }

    /** Whether the file is a report, which opens on its own page and filter. */
    public boolean isReport() {
        return file.reportMark().isPresent();
    }

    /** Whether the file holds the unfiltered overview of exactly this project, stored by an earlier opening. */
    public boolean hasStoredOverview() {
        return storedOverview != null;
    }

    /**
     * The unfiltered overview as an earlier opening computed it from exactly this project (its
     * data, catalogue, scheme and settings); empty when none was stored for it. Reads no file, so
     * it may run beside {@link #finish()}. Not yet checked against damage: {@code finish} does
     * that, and fails on a damaged file.
     */
    public Optional<OverviewFigures> storedOverview() {
        return storedOverview == null ? Optional.empty() : StoredOverview.parse(storedOverview, path);
    }

    /** Loads every respondent and prepares the engine: the project ready for analysis. */
    public OpenProject finish() throws CxLensException {
        finished = true;
        try {
            long opened = System.nanoTime();
            SurveyData data = file.loadSurveyData();
            long loaded = System.nanoTime();
            times.took(OpeningStep.LOAD_DATA, loaded - opened);
            AnalysisEngine engine = AnalysisEngine.prepare(data, settings);
            long prepared = System.nanoTime();
            times.took(OpeningStep.PREPARE_ENGINE, prepared - loaded);
            file.checked();
            times.took(OpeningStep.CHECK_FILE, System.nanoTime() - prepared);
            return new OpenProject(path, file, data, weightColumns, scheme, engine, OpenProject.report(file, data),
                    file.touchpointAliases(), figuresKey);
        } catch (Throwable e) {
            throw OpenProject.closing(file, e);
        }
    }

    /**
     * Makes an empty project in a folder of its own, opens it in full and deletes it: the first
     * opening in a JVM otherwise pays for loading SQLite's native library and the storage's and
     * engine's code before the user sees a figure (measured on the reference project: 550 ms to
     * its stored figures the first time, 20 ms the next). For a background thread while the user
     * looks at the start page; only a warm-up, so nothing in it is reported.
     */
    public static void rehearse() {
        Path folder = null;
        try {
            folder = Files.createTempDirectory("cxlens-rehearsal");
            Path file = folder.resolve("rehearsal.cxlens");
            ProjectFile.create(file).close();
            try (ProjectOpening opening = begin(file, false, OpeningTimes.NONE)) {
                opening.storedOverview();
                opening.finish().close();
            }
        } catch (CxLensException | IOException | RuntimeException e) {
            // The real opening does all of this itself, as before.
        } finally {
            ProjectFiles.deleteFolderQuietly(folder);
        }
    }

    /** Gives the file back, unless {@link #finish()} was called, which gives it to the project or back itself. */
    @Override
    public void close() throws CxLensException {
        if (!finished) {
            finished = true;
            file.close();
        }
    }
}
