package org.cxlens.cli;

import java.nio.file.Path;
import java.util.Locale;
import org.cxlens.analysis.AnalysisEngine;
import org.cxlens.analysis.AnalysisSettings;
import org.cxlens.domain.ClassificationScheme;
import org.cxlens.domain.CxLensException;
import org.cxlens.domain.Message;
import org.cxlens.domain.SurveyData;
import org.cxlens.storage.ProjectFile;

/**
 * A project loaded for analysis with its own settings: the stored classification scheme and
 * low-base minimum. The file is closed once the data is in memory.
 */
record ProjectAnalysis(Path project, SurveyData data, AnalysisEngine engine, ClassificationScheme scheme,
                       int lowBaseMinimum) {

    static ProjectAnalysis open(Path project) throws CxLensException {
        try (ProjectFile file = ProjectFile.open(project)) {
            SurveyData data = file.loadSurveyData();
            int minimum = file.lowBaseMinimum();
            return new ProjectAnalysis(project, data, AnalysisEngine.prepare(data, new AnalysisSettings(minimum)),
                    file.scheme(), minimum);
        }
    }

    /** "delighted from 85 %, satisfied from 65 %, recovery below 35 % of the scale range; low base below 30". */
    String describeScheme(Locale locale) {
        return Message.of("cli.scheme.description", percent(scheme.delightedFrom(), locale),
                percent(scheme.satisfiedFrom(), locale), percent(scheme.recoveryBelow(), locale), lowBaseMinimum)
                .render(locale);
    }

    private static String percent(double fraction, Locale locale) {
        return Display.decimal(100 * fraction, fraction * 100 == Math.rint(fraction * 100) ? 0 : 1, locale);
    }
}
