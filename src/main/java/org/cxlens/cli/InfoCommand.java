package org.cxlens.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import org.cxlens.domain.ChangeEntry;
import org.cxlens.domain.ImportInfo;
import org.cxlens.domain.ImportProblem;
import org.cxlens.domain.Message;
import org.cxlens.domain.Touchpoint;
import org.cxlens.storage.ProjectFile;
import org.cxlens.storage.ProjectSummary;
import org.cxlens.storage.ReportMark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "info")
final class InfoCommand implements Callable<Integer> {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    @Spec CommandSpec spec;
    @Mixin DebugOption debug;

    @Parameters(index = "0", paramLabel = "P.cxlens", descriptionKey = "project")
    Path project;

    @Option(names = "--problems", paramLabel = "N")
    int problemsShown = 20;

    @Option(names = "--changes", paramLabel = "N")
    int changesShown = 20;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (ProjectFile file = ProjectFile.open(project)) {
            ProjectSummary s = file.summary();
            ReportMark report = file.reportMark().orElse(null);
            if (report == null) {
                out.println(Message.of("cli.info.project", project.toString()).render());
            } else {
                out.println(Message.of("cli.info.report", project.toString(), report.sourceFile(),
                        WHEN.format(report.savedAt())).render());
                ReportCommand.printOpensOn(out, report.page(), report.filter(), report.note());
            }
            out.println("  " + Message.of("cli.info.counts", s.respondents(), s.touchpoints(), s.departments(),
                    s.importCount(), s.problems()).render());
            out.println();
            out.println(Message.of("cli.info.touchpoints").render());
            List<List<String>> rows = new ArrayList<>();
            for (Touchpoint t : file.touchpoints().stream().sorted(Comparator.comparingInt(Touchpoint::journeyOrder)
                    .thenComparingInt(Touchpoint::slot)).toList()) {
                rows.add(List.of(t.name(), t.department() == null ? "-" : t.department(),
                        Message.of("cli.moment." + t.momentType()).render(),
                        Message.of("cli.info.scale", t.scale().label()).render()));
            }
            aligned(rows).forEach(line -> out.println("  " + line));
            for (ImportInfo i : s.imports()) {
                out.println();
                String source = i.fileName() + (i.sheet() == null ? "" : " [" + i.sheet() + "]");
                out.println(Message.of("cli.info.import", i.id(), source, WHEN.format(i.importedAt())).render());
                out.println("  " + Message.of("cli.info.importCounts", ImportCommand.counts(i.counts()), i.sha256())
                        .render());
                for (ImportProblem p : file.problems(i.id(), problemsShown)) {
                    out.println("  " + Problems.describe(p));
                }
                long stored = file.problemCount(i.id());
                if (stored > problemsShown) {
                    out.println("  " + Message.of("cli.info.moreProblems", stored - problemsShown).render());
                }
            }
            List<ChangeEntry> changes = file.changeLog();
            out.println();
            out.println(Message.of("cli.info.changes").render());
            for (ChangeEntry c : changes.subList(0, Math.min(changesShown, changes.size()))) {
                out.println("  " + Message.of("cli.info.change", WHEN.format(c.time()), c.what(), c.beforeText(),
                        c.afterText()).render());
            }
            if (changes.size() > changesShown) {
                out.println("  " + Message.of("cli.info.moreChanges", changes.size() - changesShown).render());
            }
        }
        return 0;
    }

    /** Rows as lines whose columns line up however long a name is: each column as wide as its widest cell. */
    static List<String> aligned(List<List<String>> rows) {
        int columns = rows.stream().mapToInt(List::size).max().orElse(0);
        int[] width = new int[columns];
        for (List<String> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                width[c] = Math.max(width[c], row.get(c).length());
            }
        }
        List<String> lines = new ArrayList<>();
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < row.size(); c++) {
                line.append(row.get(c));
                if (c < row.size() - 1) {
                    line.append(" ".repeat(width[c] - row.get(c).length() + 2));
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }
}
