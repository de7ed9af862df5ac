package org.cxlens.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.cxlens.analysis.AnalysisEngine;
import org.cxlens.analysis.AnalysisSettings;
import org.cxlens.analysis.ClassMoves;
import org.cxlens.analysis.Classifier;
import org.cxlens.analysis.CutPoints;
import org.cxlens.domain.ClassificationScheme;
import org.cxlens.domain.CxLensException;
import org.cxlens.domain.ExperienceClass;
import org.cxlens.domain.Message;
import org.cxlens.domain.Scale;
import org.cxlens.storage.ProjectFile;
import org.cxlens.analysis.Filter;
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
@Command(name = "scheme", description = "Shows or changes the classification thresholds (fractions of the scale "
        + "range) and the low-base minimum stored in a project.")
final class SchemeCommand implements Callable<Integer> {

    @Spec CommandSpec spec;
    @Mixin DebugOption debug;

    @Parameters(index = "0", paramLabel = "P.cxlens", description = "project file")
    Path project;

    @Option(names = "--delighted", paramLabel = "P", description = "delighted from this fraction of the range (default scheme: 0.85)")
    Double delighted;

    @Option(names = "--satisfied", paramLabel = "P", description = "satisfied from this fraction (default scheme: 0.65)")
    Double satisfied;

    @Option(names = "--recovery", paramLabel = "P", description = "recovery needed below this fraction (default scheme: 0.35)")
    Double recovery;

    @Option(names = "--low-base", paramLabel = "N", description = "bases below this are low (default: 30)")
    Integer lowBase;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (ProjectFile file = ProjectFile.open(project)) {
            ClassificationScheme before = file.scheme();
            ClassificationScheme after = changed(before);
            if (lowBase != null) {
                if (lowBase < 1) {
                    throw new CxLensException(Message.of("cli.scheme.lowBase", lowBase));
                }
                file.setLowBaseMinimum(lowBase);
            }
            if (!after.equals(before)) {
                file.saveScheme(after);
            }
            AnalysisEngine engine = AnalysisEngine.prepare(file.loadSurveyData(), new AnalysisSettings(file.lowBaseMinimum()));
            out.printf("Delighted from %.2f, satisfied from %.2f, recovery below %.2f of the scale range; low base below %d%n",
                    after.delightedFrom(), after.satisfiedFrom(), after.recoveryBelow(), file.lowBaseMinimum());
            out.println();
            out.println("Scale    satisfied from  delighted from  recovery up to   (whole scores)");
            Classifier classifier = new Classifier(after);
            for (Scale scale : engine.scalesInUse()) {
                CutPoints c = classifier.cutPoints(scale);
                out.printf("%-8s %14d  %14d  %14s%n", scale.label(), c.firstSatisfiedScore(), c.firstDelightedScore(),
                        c.lastRecoveryScore() < scale.min() ? "none" : Long.toString(c.lastRecoveryScore()));
            }
            if (!after.equals(before)) {
                printMoves(out, engine.moves(Filter.NONE, before, after));
            }
        }
        return 0;
    }

    private ClassificationScheme changed(ClassificationScheme s) throws CxLensException {
        double d = delighted != null ? delighted : s.delightedFrom();
        double sat = satisfied != null ? satisfied : s.satisfiedFrom();
        double r = recovery != null ? recovery : s.recoveryBelow();
        try {
            return new ClassificationScheme(d, sat, r);
        } catch (IllegalArgumentException e) {
            throw new CxLensException(Message.of("cli.scheme.invalid", r, sat, d));
        }
    }

    private static void printMoves(PrintWriter out, ClassMoves moves) {
        out.println();
        out.println("Respondents moving (rows: before, columns: after):");
        out.printf("%-12s %12s %12s %12s%n", "", "indifferent", "satisfied", "delighted");
        for (ExperienceClass from : ExperienceClass.values()) {
            long[] row = moves.counts()[from.ordinal()];
            out.printf("%-12s %,12d %,12d %,12d%n", from.name().toLowerCase(java.util.Locale.ROOT), row[0], row[1], row[2]);
        }
    }
}
