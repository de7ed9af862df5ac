package org.cxlens.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.cxlens.analysis.ClassMoves;
import org.cxlens.analysis.Classifier;
import org.cxlens.analysis.CutPoints;
import org.cxlens.analysis.Filter;
import org.cxlens.domain.ClassificationScheme;
import org.cxlens.domain.CxLensException;
import org.cxlens.domain.ExperienceClass;
import org.cxlens.domain.Message;
import org.cxlens.domain.Scale;
import org.cxlens.workspace.OpenProject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Shows or changes the project's classification scheme, with the cut points it gives on every
 * scale in use and, after a change, how many respondents move between the classes.
 */
@Command(name = "scheme")
final class SchemeCommand implements Callable<Integer> {

    private static final int SCALE_WIDTH = 8;
    private static final int COUNT_WIDTH = 12;

    @Spec CommandSpec spec;
    @Mixin DebugOption debug;

    @Parameters(index = "0", paramLabel = "P.cxlens", descriptionKey = "project")
    Path project;

    @Option(names = "--delighted", paramLabel = "P")
    Double delighted;

    @Option(names = "--satisfied", paramLabel = "P")
    Double satisfied;

    @Option(names = "--recovery", paramLabel = "P")
    Double recovery;

    @Option(names = "--low-base", paramLabel = "N")
    Integer lowBase;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (OpenProject open = OpenProject.open(project)) {
            ClassificationScheme before = open.scheme();
            ClassificationScheme after = changed(before);
            if (lowBase != null) {
                if (lowBase < 1) {
                    throw new CxLensException(Message.of("cli.scheme.lowBase", lowBase));
                }
                open.saveLowBaseMinimum(lowBase);
            }
            if (!after.equals(before)) {
                open.saveScheme(after);
            }
            if (lowBase != null || !after.equals(before)) {
                // The app's next opening shows them at once (ADR 0010).
                open.storeCurrentOverview();
            }
            out.println(Message.of("cli.scheme.current", Display.decimal(after.delightedFrom(), 2),
                    Display.decimal(after.satisfiedFrom(), 2), Display.decimal(after.recoveryBelow(), 2),
                    open.lowBaseMinimum()).render());
            if (!after.expectationRule()) {
                out.println(Message.of("cli.scheme.expectationRuleOff").render());
            }
            out.println();
            printCutPoints(out, open.engine().scalesInUse(), new Classifier(after));
            if (!after.equals(before)) {
                printMoves(out, open.engine().moves(Filter.NONE, before, after));
            }
        }
        return 0;
    }

    private ClassificationScheme changed(ClassificationScheme s) throws CxLensException {
        double d = delighted != null ? delighted : s.delightedFrom();
        double sat = satisfied != null ? satisfied : s.satisfiedFrom();
        double r = recovery != null ? recovery : s.recoveryBelow();
        try {
            return new ClassificationScheme(d, sat, r, s.expectationRule());
        } catch (IllegalArgumentException e) {
            throw new CxLensException(Message.of("cli.scheme.invalid", r, sat, d));
        }
    }

    private static void printCutPoints(PrintWriter out, List<Scale> scales, Classifier classifier) {
        String scale = text("cli.scheme.scale");
        String satisfied = text("cli.scheme.satisfiedFrom");
        String delighted = text("cli.scheme.delightedFrom");
        String recovery = text("cli.scheme.recoveryUpTo");
        // Each score column is as wide as its header: a score or "none" is always narrower.
        String row = "%-" + Math.max(SCALE_WIDTH, scale.length()) + "s %" + satisfied.length() + "s  %"
                + delighted.length() + "s  %" + recovery.length() + "s";
        out.printf(row + "   %s%n", scale, satisfied, delighted, recovery, text("cli.scheme.wholeScores"));
        for (Scale s : scales) {
            CutPoints c = classifier.cutPoints(s);
            out.printf(row + "%n", s.label(), c.firstSatisfiedScore(), c.firstDelightedScore(),
                    c.noRecoveryScore() ? text("cli.scheme.none") : Long.toString(c.lastRecoveryScore()));
        }
        // "from 2" on 5–1 means 2 and 1: said once per reversed scale, so nobody reads it as 2 to 5.
        for (Scale s : scales) {
            if (s.reversed()) {
                out.println(Message.of("cli.scheme.reversed", s.label(), s.bestLabel(), s.worstLabel()).render());
            }
        }
    }

    private static void printMoves(PrintWriter out, ClassMoves moves) {
        out.println();
        out.println(text("cli.scheme.moves"));
        List<String> classes = Arrays.stream(ExperienceClass.values())
                .map(c -> text("cli.class." + c.name().toLowerCase(Locale.ROOT))).toList();
        int width = Math.max(COUNT_WIDTH, classes.stream().mapToInt(String::length).max().orElse(0));
        String row = "%-" + width + "s" + (" %" + width + "s").repeat(classes.size()) + "%n";
        out.printf(row, "", classes.get(0), classes.get(1), classes.get(2));
        for (ExperienceClass from : ExperienceClass.values()) {
            long[] counts = moves.counts()[from.ordinal()];
            out.printf(row, classes.get(from.ordinal()), Display.count(counts[0]), Display.count(counts[1]),
                    Display.count(counts[2]));
        }
    }

    private static String text(String key) {
        return Message.of(key).render();
    }
}
