package org.cxlens.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import org.cxlens.domain.ImportCounts;
import org.cxlens.domain.ImportInfo;
import org.cxlens.domain.ImportProblem;
import org.cxlens.domain.Touchpoint;
import org.cxlens.storage.ProjectFile;
import org.cxlens.storage.ProjectSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "info", description = "Shows what a project holds: counts, touchpoints, imports and their problems.")
final class InfoCommand implements Callable<Integer> {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    @Spec CommandSpec spec;
    @Mixin DebugOption debug;

    @Parameters(index = "0", paramLabel = "P.cxlens", description = "project file")
    Path project;

    @Option(names = "--problems", paramLabel = "N", description = "problems listed per import (default: ${DEFAULT-VALUE})")
    int problemsShown = 20;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (ProjectFile file = ProjectFile.open(project)) {
            ProjectSummary s = file.summary();
            out.printf("Project %s%n", project);
            out.println("  " + String.join(", ", count(s.respondents(), "respondent"), count(s.touchpoints(), "touchpoint"),
                    count(s.departments(), "department"), count(s.importCount(), "import"), count(s.problems(), "problem")));
            out.println();
            out.println("Touchpoints (journey order):");
            for (Touchpoint t : file.touchpoints()) {
                out.printf("  %-28s %-16s %-16s scale %s%n", t.name(), t.department() == null ? "-" : t.department(),
                        t.momentType(), t.scale().label());
            }
            for (ImportInfo i : s.imports()) {
                ImportCounts c = i.counts();
                out.println();
                out.printf("Import %d: %s%s, %s%n", i.id(), i.fileName(), i.sheet() == null ? "" : " [" + i.sheet() + "]",
                        WHEN.format(i.importedAt()));
                out.printf("  %,d rows read, %,d respondents, %,d rows skipped, %,d problems; SHA-256 %s%n",
                        c.rowsRead(), c.respondents(), c.rowsSkipped(), c.problems(), i.sha256());
                for (ImportProblem p : file.problems(i.id(), problemsShown)) {
                    out.println("  " + Problems.describe(p));
                }
                long stored = file.problemCount(i.id());
                if (stored > problemsShown) {
                    out.printf("  ... and %,d more%n", stored - problemsShown);
                }
            }
        }
        return 0;
    }

    private static String count(long n, String noun) {
        return String.format("%,d %s%s", n, noun, n == 1 ? "" : "s");
    }
}
