package org.cxlens.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.cxlens.analysis.Filter;
import org.cxlens.domain.CxLensException;
import org.cxlens.domain.Message;
import org.cxlens.workspace.OpenProject;
import org.cxlens.workspace.ReportPage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Saves a report file (DESIGN §6): a read-only copy of the project that opens in the app on a
 * page, with a filter applied and a note shown.
 */
@Command(name = "report")
final class ReportCommand implements Callable<Integer> {

    @Spec CommandSpec spec;
    @Mixin DebugOption debug;

    @Parameters(index = "0", paramLabel = "P.cxlens", descriptionKey = "project")
    Path project;

    @Option(names = "--out", paramLabel = "R.cxlens", required = true)
    Path out;

    @Option(names = "--filter", paramLabel = "KEY=VALUE", descriptionKey = "analysis.filter")
    List<String> filters = new ArrayList<>();

    @Option(names = "--note", paramLabel = "TEXT")
    String note = "";

    @Option(names = "--page", paramLabel = "NAME")
    String page = ReportPage.OVERVIEW.fileName();

    @Override
    public Integer call() throws Exception {
        ReportPage opensOn = ReportPage.named(page).orElseThrow(() -> new CxLensException(
                Message.of("cli.report.unknownPage", page,
                        String.join(", ", Arrays.stream(ReportPage.values()).map(ReportPage::fileName).toList()))));
        List<String> stored;
        try (OpenProject open = OpenProject.open(project)) {
            Filter filter = FilterArguments.parse(filters, open.data());
            open.saveReport(out, filter, opensOn, note);
            stored = org.cxlens.workspace.FilterArguments.format(filter);
        }
        PrintWriter printed = spec.commandLine().getOut();
        printed.println(Message.of("cli.report.saved", out.toString(), project.toString()).render());
        printOpensOn(printed, opensOn.fileName(), stored, note.strip());
        return 0;
    }

    /** What a report opens on, as {@code info} shows it too: page, filter arguments and the note, indented. */
    static void printOpensOn(PrintWriter out, String page, List<String> filter, String note) {
        out.println("  " + Message.of("cli.info.reportPage", page).render());
        out.println("  " + Message.of("cli.info.reportFilter", filter.isEmpty()
                ? Message.of("cli.filter.none").render() : String.join("; ", filter)).render());
        if (!note.isEmpty()) {
            out.println("  " + Message.of("cli.info.reportNote").render());
            note.lines().forEach(line -> out.println("    " + line));
        }
    }
}
