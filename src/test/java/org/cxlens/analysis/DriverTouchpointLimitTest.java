package org.cxlens.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.cxlens.domain.ClassificationScheme;
import org.cxlens.domain.MomentType;
import org.cxlens.domain.Scale;
import org.cxlens.domain.Touchpoint;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A project with 3,000 touchpoints (a long file with one per branch, say): 2,000 respondents all
 * rate the 50 touchpoints whose index is a multiple of 60; each of the other 2,950 is rated by the
 * 20 respondents r with (r + j) mod 100 = 0. Before the limit the model's cross products alone
 * were 2,000 × 3,002² / 2 ≈ 9·10⁹ multiplications and its matrices 72 MB per chunk.
 */
class DriverTouchpointLimitTest {

    private static final int TOUCHPOINTS = 3_000;
    private static final int RESPONDENTS = 2_000;

    private static boolean popular(int j) {
        return j % 60 == 0;
    }

    private static AnalysisEngine engine;

    @BeforeAll
    static void prepare() {
        engine = engine();
    }

    private static AnalysisEngine engine() {
        SurveyDataBuilder b = new SurveyDataBuilder();
        for (int j = 0; j < TOUCHPOINTS; j++) {
            b.touchpoint("T" + j, "Branch " + j % 7, MomentType.STANDARD, Scale.of(0, 10));
        }
        for (int r = 0; r < RESPONDENTS; r++) {
            SurveyDataBuilder.Row row = b.row().overall(r % 11);
            for (int j = 0; j < TOUCHPOINTS; j++) {
                if (popular(j)) {
                    row.score(j, (r + j / 60 * (r % 3)) % 11);
                } else if ((r + j) % 100 == 0) {
                    row.score(j, (r * 7 + j) % 11);
                }
            }
        }
        return AnalysisEngine.prepare(b.build(), AnalysisSettings.DEFAULT);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void onlyTheFiftyTouchpointsWithTheMostAnswersEnterTheModelAndTheWarningSaysSo() {
        Drivers drivers = engine.drivers(Filter.NONE, ClassificationScheme.DEFAULT, DriverOutcome.DELIGHT,
                PerformanceMeasure.SATISFIED_OR_DELIGHTED);

        assertThat(drivers.drivers()).hasSize(TOUCHPOINTS);
        List<Integer> weighted = new ArrayList<>();
        for (int j = 0; j < TOUCHPOINTS; j++) {
            Driver d = drivers.drivers().get(j);
            assertThat(d.correlationBase()).as("T%d", j).isEqualTo(popular(j) ? RESPONDENTS : 20);
            if (!Double.isNaN(d.relativeWeight())) {
                weighted.add(j);
            }
        }
        assertThat(weighted).isEqualTo(IntStream.range(0, TOUCHPOINTS).filter(DriverTouchpointLimitTest::popular)
                .boxed().toList());
        assertThat(drivers.model().predictors()).isEqualTo(DriverAnalysis.MAX_MODEL_TOUCHPOINTS);
        // Every respondent rates all 50 modelled touchpoints: complete cases, 2,000 ≥ 10 × 50.
        assertThat(drivers.method()).isEqualTo(DriverMethod.COMPLETE_CASES);
        assertThat(drivers.base()).isEqualTo(RESPONDENTS);
        assertThat(drivers.warnings()).extracting(DriverWarning::code).contains(DriverWarning.Code.TOUCHPOINTS_LEFT_OUT);
        DriverWarning leftOut = drivers.warnings().stream()
                .filter(w -> w.code() == DriverWarning.Code.TOUCHPOINTS_LEFT_OUT).findFirst().orElseThrow();
        assertThat(leftOut.message().render(Locale.ENGLISH)).startsWith(
                "The relative weights cover the 50 touchpoints with the most answers, the most one model takes; "
                        + "the other 2,950 of the 3,000 have a correlation but no weight or quadrant");
        assertThat(drivers.drivers().stream().filter(d -> d.quadrant() != null))
                .allMatch(d -> popular(d.touchpoint().slot()));
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void prioritiesRankEveryTouchpointOfTheLargeProject() {
        Dashboard dashboard = engine.dashboard(Filter.NONE, ClassificationScheme.DEFAULT);
        Drivers drivers = engine.drivers(Filter.NONE, ClassificationScheme.DEFAULT, DriverOutcome.DELIGHT,
                PerformanceMeasure.SATISFIED_OR_DELIGHTED);

        List<Priority> priorities = PriorityPlanner.plan(dashboard, drivers, PriorityTargets.DEFAULT);

        assertThat(drivers.judged()).isTrue();
        assertThat(priorities).hasSize(TOUCHPOINTS);
        assertThat(priorities).filteredOn(p -> p.driverRank() > 0).hasSize(DriverAnalysis.MAX_MODEL_TOUCHPOINTS).extracting(Priority::touchpoint).extracting(Touchpoint::slot)
                .allMatch(DriverTouchpointLimitTest::popular);
    }
}
