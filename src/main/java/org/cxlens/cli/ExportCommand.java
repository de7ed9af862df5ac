package org.cxlens.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.cxlens.analysis.Filter;
import org.cxlens.domain.CxLensException;
import org.cxlens.domain.Message;
import org.cxlens.report.CsvDialect;
import org.cxlens.workspace.DeliverableFormat;
import org.cxlens.workspace.Deliverables;
import org.cxlens.workspace.OpenProject;
import org.cxlens.workspace.OpeningTimes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Writes a deliverable (the PDF report, the department scorecards) of a project under a filter, without a display. */
@Command(name = "export")
final class ExportCommand implements Callable<Integer> {

    @Spec CommandSpec spec;
    @Mixin DebugOption debug;

    @Parameters(index = "0", paramLabel = "P.cxlens", descriptionKey = "project")
    Path project;

    @Option(names = "--pdf", paramLabel = "OUT")
    Path pdf;

    @Option(names = "--pptx", paramLabel = "OUT")
    Path pptx;

    @Option(names = "--xlsx", paramLabel = "OUT")
    Path xlsx;

    @Option(names = "--csv", paramLabel = "OUT")
    Path csv;

    /** As the option is written; the dialect of each in {@link #dialect()}. */
    enum Separator { comma, semicolon }

    @Option(names = "--separator", paramLabel = "comma|semicolon")
    Separator separator = Separator.comma;

    @Option(names = "--client", paramLabel = "NAME")
    String client = "";

    @Option(names = "--scorecards")
    boolean scorecards;

    @Option(names = "--per-department")
    boolean perDepartment;

    @Option(names = "--filter", paramLabel = "KEY=VALUE", descriptionKey = "analysis.filter")
    List<String> filters = new ArrayList<>();

    @Option(names = "--language", paramLabel = "en|nl")
    String language = "en";

    @Option(names = "--unweighted", descriptionKey = "analysis.unweighted")
    boolean unweighted;

    @Override
    public Integer call() throws Exception {
        Map<DeliverableFormat, Path> targets = new LinkedHashMap<>();
        if (pdf != null) {
            targets.put(scorecards ? DeliverableFormat.SCORECARDS : DeliverableFormat.PDF, pdf);
        }
        if (pptx != null) {
            targets.put(DeliverableFormat.PPTX, pptx);
        }
        if (xlsx != null) {
            targets.put(DeliverableFormat.XLSX, xlsx);
        }
        if (csv != null) {
            targets.put(DeliverableFormat.CSV, csv);
        }
        if (targets.size() != 1) {
            throw new CxLensException(Message.of("cli.export.oneTarget"));
        }
        if (perDepartment && !scorecards) {
            throw new CxLensException(Message.of("cli.export.perDepartment"));
        }
        Locale locale = locale(language);
        var target = targets.entrySet().iterator().next();
        try (OpenProject open = OpenProject.open(project, !unweighted, OpeningTimes.NONE)) {
            Filter filter = FilterArguments.parse(filters, open.data());
            List<Path> written = Deliverables.export(open, filter, locale, client, target.getKey(), dialect(),
                    target.getValue(), perDepartment, new ConsoleProgress(spec.commandLine().getErr(), "cli.export.progress"));
            for (Path file : written) {
                spec.commandLine().getOut().println(Message.of("export.done", file.toString()).render());
            }
        }
        return 0;
    }

    private CsvDialect dialect() {
        return separator == Separator.semicolon ? CsvDialect.SEMICOLON : CsvDialect.COMMA;
    }

    /** "en" or "nl"; anything else is refused rather than silently written in English. */
    static Locale locale(String language) throws CxLensException {
        return switch (language.trim().toLowerCase(Locale.ROOT)) {
            case "en" -> Locale.ENGLISH;
            case "nl" -> Locale.forLanguageTag("nl");
            default -> throw new CxLensException(Message.of("cli.export.language", language));
        };
    }
}
