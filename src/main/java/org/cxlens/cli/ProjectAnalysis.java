package org.cxlens.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.cxlens.analysis.AnalysisEngine;
import org.cxlens.analysis.AnalysisSettings;
import org.cxlens.analysis.Dashboard;
import org.cxlens.analysis.Weighting;
import org.cxlens.domain.ClassificationScheme;
import org.cxlens.domain.CxLensException;
import org.cxlens.domain.Message;
import org.cxlens.domain.SurveyData;
import org.cxlens.storage.ProjectFile;

/**
 * A project loaded for analysis with its own settings: the stored classification scheme,
 * low-base minimum and weight columns. The file is closed once the data is in memory.
 */
record ProjectAnalysis(Path project, SurveyData data, AnalysisEngine engine, ClassificationScheme scheme,
                       int lowBaseMinimum, List<String> weightColumns) {

    /** @param unweighted count every respondent once, whatever the project's weights */
    static ProjectAnalysis open(Path project, boolean unweighted) throws CxLensException {
        try (ProjectFile file = ProjectFile.open(project)) {
            SurveyData data = file.loadSurveyData();
            int minimum = file.lowBaseMinimum();
            AnalysisSettings settings = new AnalysisSettings(minimum);
            return new ProjectAnalysis(project, data,
                    AnalysisEngine.prepare(data, unweighted ? settings.unweighted() : settings), file.scheme(), minimum,
                    file.weightColumns());
        }
    }

    Weighting weighting(Dashboard dashboard) {
        return Weighting.of(weightColumns, data, dashboard);
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
