package org.cxlens.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.List;
import java.util.Set;
import org.cxlens.domain.ClassificationScheme;
import org.cxlens.domain.Expectation;
import org.cxlens.domain.ExperienceClass;
import org.cxlens.domain.SurveyData;
import org.cxlens.domain.Touchpoint;
import org.junit.jupiter.api.Test;

/**
 * The level histograms, parallel chunks and caching must give exactly what classifying every
 * cell one by one gives. 150,000 weighted respondents make the counter split the work.
 */
class EngineAgreesWithDirectCountingTest {

    private static final SurveyData DATA = AnalysisBenchmark.synthetic(150_000, true, 11);
    private final AnalysisEngine engine = AnalysisEngine.prepare(DATA, AnalysisSettings.DEFAULT);

    @Test
    void dashboardsMatchDirectCountsUnderFiltersAndSchemes() {
        List<Filter> filters = List.of(Filter.NONE,
                Filter.NONE.withWaves(Set.of("2023-Q2", "2023-Q4")),
                Filter.NONE.withSegment("Region", Set.of("North")).withDepartments(Set.of("Retail")));
        List<ClassificationScheme> schemes = List.of(ClassificationScheme.DEFAULT,
                new ClassificationScheme(0.95, 0.55, 0.25), new ClassificationScheme(0.7, 0.7, 0.5));
        for (Filter filter : filters) {
            for (ClassificationScheme scheme : schemes) {
                Dashboard dashboard = engine.dashboard(filter, scheme);
                boolean[] kept = kept(filter);
                Classifier classifier = new Classifier(scheme);
                double[] direct = respondentWeights(classifier, kept);
                double total = direct[0] + direct[1] + direct[2];
                for (ExperienceClass c : ExperienceClass.values()) {
                    assertThat(dashboard.overall().classes().share(c)).as("%s %s %s", filter, scheme, c)
                            .isCloseTo(direct[c.ordinal()] / total, offset(1e-9));
                }
                for (TouchpointMeasure tm : dashboard.touchpoints()) {
                    double[] cells = touchpointWeights(tm.touchpoint(), classifier, kept);
                    double sum = cells[0] + cells[1] + cells[2];
                    assertThat(tm.measure().classes().share(ExperienceClass.DELIGHTED))
                            .isCloseTo(cells[2] / sum, offset(1e-9));
                    assertThat(tm.measure().recovery().estimate()).isCloseTo(cells[3] / sum, offset(1e-9));
                    assertThat(tm.measure().classes().effectiveBase()).isCloseTo(sum * sum / cells[4], offset(1e-6));
                }
            }
        }
    }

    private static boolean[] kept(Filter filter) {
        boolean[] kept = new boolean[DATA.size()];
        for (int r = 0; r < kept.length; r++) {
            kept[r] = (filter.waves().isEmpty() || filter.waves().contains(value(DATA.wave(), r)))
                    && (filter.departments().isEmpty() || filter.departments().contains(value(DATA.department(), r)))
                    && (filter.segments().isEmpty()
                    || filter.segments().get("Region").contains(value(DATA.segments().get(0).column(), r)));
        }
        return kept;
    }

    private static String value(SurveyData.Coded column, int r) {
        return column.codes()[r] < 0 ? null : column.values().get(column.codes()[r]);
    }

    /** Weighted class totals of respondents, classified straight from SurveyData by DESIGN §3's source order. */
    private static double[] respondentWeights(Classifier classifier, boolean[] kept) {
        double[] totals = new double[3];
        for (int r = 0; r < DATA.size(); r++) {
            if (!kept[r]) {
                continue;
            }
            SurveyData.ImportScales scales = DATA.imports().get(DATA.importIndex()[r]);
            ExperienceClass c;
            if (!Float.isNaN(DATA.overall()[r])) {
                c = classifier.classify(scales.overall().fraction(DATA.overall()[r]),
                        expectation(DATA.overallExpectation()[r]));
            } else if (!Float.isNaN(DATA.recommend()[r])) {
                c = classifier.classify(scales.recommend().fraction(DATA.recommend()[r]), null);
            } else {
                double sum = 0;
                int n = 0;
                for (Touchpoint t : DATA.touchpoints()) {
                    float x = DATA.scores()[t.slot()][r];
                    if (!Float.isNaN(x)) {
                        sum += t.scale().fraction(x);
                        n++;
                    }
                }
                if (n == 0) {
                    continue;
                }
                c = classifier.classify(sum / n, null);
            }
            totals[c.ordinal()] += DATA.weight()[r];
        }
        return totals;
    }

    /** {indifferent, satisfied, delighted, recovery, Σw²} weights of one touchpoint's cells. */
    private static double[] touchpointWeights(Touchpoint t, Classifier classifier, boolean[] kept) {
        double[] totals = new double[5];
        for (int r = 0; r < DATA.size(); r++) {
            float x = DATA.scores()[t.slot()][r];
            if (!kept[r] || Float.isNaN(x)) {
                continue;
            }
            double p = t.scale().fraction(x);
            Expectation e = expectation(DATA.expectations()[t.slot()][r]);
            double w = DATA.weight()[r];
            totals[classifier.classify(p, e).ordinal()] += w;
            if (classifier.recoveryNeeded(p, e)) {
                totals[3] += w;
            }
            totals[4] += w * w;
        }
        return totals;
    }

    private static Expectation expectation(byte code) {
        return code < 0 ? null : Expectation.values()[code];
    }
}
