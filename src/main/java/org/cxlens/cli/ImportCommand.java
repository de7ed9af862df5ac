package org.cxlens.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.cxlens.domain.CxLensException;
import org.cxlens.domain.ImportCounts;
import org.cxlens.domain.ImportProblem;
import org.cxlens.domain.Message;
import org.cxlens.importer.ReadOptions;
import org.cxlens.importer.SurveyImport;
import org.cxlens.importer.mapping.Mapping;
import org.cxlens.importer.mapping.MappingProfile;
import org.cxlens.workspace.ImportSession;
import org.cxlens.workspace.Imported;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "import")
final class ImportCommand implements Callable<Integer> {

    private static final int PROBLEMS_SHOWN = 10;

    @Spec CommandSpec spec;
    @Mixin DebugOption debug;
    @Mixin DialectOptions dialect;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "surveyFile")
    Path file;

    @Option(names = "--project", required = true, paramLabel = "P.cxlens")
    Path project;

    @Option(names = "--sheet", paramLabel = "NAME")
    String sheet;

    @Option(names = "--mapping", paramLabel = "M.json")
    Path mappingFile;

    @Option(names = "--force")
    boolean force;

    /** The importer's refusal of a file imported before; its wording is shared with the desktop app. */
    private static final String DUPLICATE_FILE = "importer.import.duplicateFile";

    @Option(names = "--wave", paramLabel = "WAVE")
    String wave;

    @Override
    public Integer call() throws Exception {
        ReadOptions read = ReadOptions.DETECT.withSheet(sheet).withOverrides(dialect.overrides());
        if (wave != null && wave.isBlank()) {
            throw new CxLensException(Message.of("cli.import.blankWave"));
        }
        Mapping mapping = mappingFile == null ? null : MappingProfile.read(mappingFile);
        Imported done;
        try {
            done = new ImportSession(file).importInto(project, read, mapping, wave, force,
                    new ConsoleProgress(spec.commandLine().getErr()), PROBLEMS_SHOWN);
        } catch (CxLensException e) {
            // On the command line the way out is --force, not the app's button.
            if (e.userMessage().key().equals(DUPLICATE_FILE)) {
                throw new CxLensException(Message.of("cli.import.duplicateFile", e.userMessage().args()), e);
            }
            throw SheetOptionHint.added(e);
        }
        report(done);
        OverviewKept.store(project, spec.commandLine().getOut());
        return 0;
    }

    private void report(Imported done) {
        PrintWriter out = spec.commandLine().getOut();
        SurveyImport.Result result = done.result();
        ImportCounts c = result.counts();
        out.println(Message.of("cli.import.done", file.getFileName().toString(), project.toString(), result.importId(),
                counts(c)).render());
        if (result.suggestion() != null) {
            SuggestionWarnings.printAssumptions(result.suggestion(), out);
        }
        if (wave != null) {
            out.println(Message.of("cli.import.wave", wave.strip()).render());
        }
        for (ImportProblem p : done.firstProblems()) {
            out.println("  " + Problems.describe(p));
        }
        if (c.problems() > PROBLEMS_SHOWN) {
            out.println("  " + Message.of("cli.import.moreProblems", c.problems() - PROBLEMS_SHOWN, project.toString())
                    .render());
        }
    }

    /** "1,000 rows read, 998 respondents, 2 rows skipped, 3 problems", also used by {@code info}. */
    static String counts(ImportCounts c) {
        return Message.of("cli.import.counts", c.rowsRead(), c.respondents(), c.rowsSkipped(), c.problems()).render();
    }
}
