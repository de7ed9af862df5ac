package org.cxlens.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cxlens.domain.CxLensException;
import org.cxlens.domain.Message;
import org.cxlens.importer.ReadOptions;
import org.cxlens.importer.SurveyImport;
import org.cxlens.sample.ReferenceData;
import org.cxlens.sample.SampleFiles;
import org.cxlens.sample.SampleLayout;
import org.cxlens.storage.ProjectFile;
import org.cxlens.workspace.OpenProject;
import org.cxlens.workspace.ProjectFiles;

/** The benchmarks' reference project: the reference CSV imported once, both made on first use. */
final class ReferenceProject {

    private static final double MS = 1e6;

    private ReferenceProject() {
    }

    static Path path(Path dir, int respondents) {
        return dir.resolve(reference(respondents) ? "reference.cxlens" : "reference-" + respondents + ".cxlens");
    }

    /** Makes the project when missing; the time to write and import the CSV goes into the report as rows. */
    static Path ensure(Path dir, int respondents, Report.Builder report, ConsoleProgress progress)
            throws CxLensException {
        Path project = path(dir, respondents);
        if (Files.exists(project)) {
            return project;
        }
        Path csv = dir.resolve(reference(respondents) ? ReferenceData.CSV_FILE : "reference-" + respondents + ".csv");
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new CxLensException(Message.of("cli.bench.directory", dir.toString(), e.getMessage()), e);
        }
        if (!Files.exists(csv)) {
            long start = System.nanoTime();
            SampleFiles.writePlainWide(csv, SampleLayout.PLAIN_CSV, respondents, ReferenceData.SEED, progress);
            BenchAnalysisCommand.row(report, Message.of("cli.bench.step.writeCsv"), (System.nanoTime() - start) / MS,
                    Double.NaN);
        }
        HeapMeter.reset();
        long start = System.nanoTime();
        try {
            try (ProjectFile target = ProjectFile.create(project)) {
                SurveyImport.run(csv, ReadOptions.DETECT, ReferenceMapping.of(csv), false, target, progress);
            }
            // As `cxlens import` and the wizard leave a project (ADR 0010), timed with the import.
            OpenProject.storeOverviewOf(project);
        } catch (CxLensException | RuntimeException e) {
            ProjectFiles.deleteQuietly(project);
            throw e;
        }
        BenchAnalysisCommand.row(report, Message.of("cli.bench.step.importCsv"), (System.nanoTime() - start) / MS,
                Double.NaN);
        report.context("import_peak_heap_mb", Cell.count(HeapMeter.peakBytes() >> 20));
        return project;
    }

    private static boolean reference(int respondents) {
        return respondents == ReferenceData.CSV_RESPONDENTS;
    }
}
