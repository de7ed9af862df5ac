package org.cxlens.ui.drivers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.time.LocalDate;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.cxlens.analysis.Driver;
import org.cxlens.analysis.DriverOutcome;
import org.cxlens.analysis.Drivers;
import org.cxlens.analysis.Filter;
import org.cxlens.analysis.PerformanceMeasure;
import org.cxlens.analysis.SurveyDataBuilder;
import org.cxlens.app.TestProjects;
import org.cxlens.domain.ExperienceClass;
import org.cxlens.domain.Message;
import org.cxlens.domain.MomentType;
import org.cxlens.domain.Progress;
import org.cxlens.domain.Scale;
import org.cxlens.domain.SurveyData;
import org.cxlens.domain.Touchpoint;
import org.cxlens.report.DriverPoint;
import org.cxlens.workspace.Mark;
import org.cxlens.workspace.OpenProject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The drivers page's state on the demo project, its figures checked against the engine. */
class DriversViewModelTest {

    private static final ResourceBundle ENGLISH = ResourceBundle.getBundle(Message.BUNDLE, Locale.ENGLISH);
    private static OpenProject demo;

    @BeforeAll
    static void open() throws Exception {
        demo = OpenProject.open(TestProjects.demo());
    }

    @AfterAll
    static void close() throws Exception {
        demo.close();
    }

    private static DriversFigures compute(DriversViewModel model, Filter filter, ResourceBundle bundle) throws Exception {
        model.show(model.figures(demo, filter, bundle).run(Progress.NONE));
        return model.figuresProperty().get();
    }

    @Test
    void delightIsTheDefaultOutcomeAndPerformanceAndEveryFigureIsTheEngines() throws Exception {
        DriversViewModel model = new DriversViewModel();
        DriversFigures figures = compute(model, Filter.NONE, ENGLISH);

        Drivers engine = demo.drivers(Filter.NONE, DriverOutcome.DELIGHT, PerformanceMeasure.DELIGHTED);
        assertThat(figures.chart().outcome()).isEqualTo(DriverOutcome.DELIGHT);
        assertThat(figures.chart().performanceMeasure()).isEqualTo(PerformanceMeasure.DELIGHTED);
        assertThat(figures.chart().points()).hasSize(engine.drivers().size());
        for (int i = 0; i < engine.drivers().size(); i++) {
            Driver d = engine.drivers().get(i);
            DriverPoint p = figures.chart().points().get(i);
            assertThat(p.label()).isEqualTo(d.touchpoint().name());
            assertThat(p.performance()).isEqualTo(d.performance());
            assertThat(p.importance()).isEqualTo(d.importance());
            assertThat(p.correlation()).isEqualTo(d.correlation());
            assertThat(p.rank()).isEqualTo(d.rank());
            assertThat(p.quadrant()).isEqualTo(d.quadrant());
        }
        assertThat(figures.chart().rSquared()).isEqualTo(engine.rSquared());
        assertThat(figures.chart().base()).isEqualTo(engine.base());
        assertThat(figures.recommendAvailable()).isTrue();
    }

    @Test
    void aPointsPerformanceIsItsDelightedExperiencesOverItsBaseCountedRespondentByRespondent() throws Exception {
        DriversViewModel model = new DriversViewModel();
        DriversFigures figures = compute(model, Filter.NONE, ENGLISH);

        DriverPoint delivery = figures.chart().points().stream().filter(p -> p.label().equals("Delivery")).findFirst()
                .orElseThrow();
        Touchpoint touchpoint = demo.data().touchpoints().stream().filter(t -> t.name().equals("Delivery")).findFirst()
                .orElseThrow();
        int delighted = demo.engine().respondents(Filter.NONE, demo.scheme(), touchpoint, ExperienceClass.DELIGHTED).length;
        int scored = demo.engine().respondents(Filter.NONE, demo.scheme(), touchpoint, null).length;
        assertThat(delivery.n()).isEqualTo(scored);
        assertThat(delivery.performance()).isCloseTo((double) delighted / scored, offset(1e-12));
        assertThat(model.drillDown(delivery)).isEqualTo(Mark.experience(touchpoint, null));
        assertThat(demo.drillDown(Filter.NONE, model.drillDown(delivery)).count()).isEqualTo(delivery.n());
    }

    @Test
    void theModelIsDescribedAsTheCliDoesInTheBundlesLanguage() throws Exception {
        DriversViewModel model = new DriversViewModel();
        Drivers engine = demo.drivers(Filter.NONE, DriverOutcome.DELIGHT, PerformanceMeasure.DELIGHTED);

        String english = compute(model, Filter.NONE, ENGLISH).summary().line();
        assertThat(english).isEqualTo(String.format(Locale.ENGLISH, "Importance rests on the %d respondents who scored "
                        + "every touchpoint and have the outcome; R² = %.3f: together the touchpoints explain %d\u00A0%% of being "
                        + "delighted overall.", engine.base(), engine.rSquared(), Math.round(100 * engine.rSquared())));
        String dutch = compute(model, Filter.NONE, ResourceBundle.getBundle(Message.BUNDLE, Locale.forLanguageTag("nl")))
                .summary().line();
        assertThat(dutch).startsWith("Het belang rust op de " + engine.base() + " respondenten")
                .contains(String.format(Locale.GERMANY, "R² = %.3f", engine.rSquared()))
                .endsWith("van algeheel enthousiasme.");
    }

    @Test
    void choosingRecommendOrAnotherPerformanceRecomputesWithThatChoice() throws Exception {
        DriversViewModel model = new DriversViewModel();
        AtomicInteger changes = new AtomicInteger();
        model.setOnChoicesChanged(changes::incrementAndGet);

        model.outcomeProperty().set(OutcomeChoice.RECOMMEND);
        model.performanceProperty().set(PerformanceMeasure.SATISFIED_OR_DELIGHTED);
        DriversFigures figures = compute(model, Filter.NONE, ENGLISH);

        assertThat(changes).hasValue(2);
        Drivers engine = demo.drivers(Filter.NONE, DriverOutcome.RECOMMEND, PerformanceMeasure.SATISFIED_OR_DELIGHTED);
        assertThat(figures.chart().outcome()).isEqualTo(DriverOutcome.RECOMMEND);
        assertThat(figures.chart().rSquared()).isEqualTo(engine.rSquared());
        assertThat(figures.chart().meanPerformance()).isEqualTo(engine.meanPerformance());
        assertThat(figures.summary().line()).endsWith("of the likelihood to recommend.");
    }

    @Test
    void aFilterGivesTheFilteredModel() throws Exception {
        DriversViewModel model = new DriversViewModel();
        Filter wave = Filter.NONE.withWaves(Set.of("2025-Q1"));
        DriversFigures figures = compute(model, wave, ENGLISH);

        Drivers engine = demo.drivers(wave, DriverOutcome.DELIGHT, PerformanceMeasure.DELIGHTED);
        assertThat(figures.chart().base()).isEqualTo(engine.base()).isLessThan(
                demo.drivers(Filter.NONE, DriverOutcome.DELIGHT, PerformanceMeasure.DELIGHTED).base());
        assertThat(figures.chart().points().get(0).importance()).isEqualTo(engine.drivers().get(0).importance());
        // The guard-rails travel with the figures: the banner shows exactly the engine's withholding warnings.
        assertThat(figures.summary().judged()).isEqualTo(engine.judged());
        assertThat(figures.summary().cautions()).hasSize(
                (int) engine.warnings().stream().filter(w -> w.code().withholdsVerdicts()).count());
    }

    @Test
    void aSmallModelIsShownWithItsWarningAsACaution() throws Exception {
        DriversViewModel model = new DriversViewModel();
        // The demo's first three days leave fewer than 100 respondents who scored every touchpoint.
        LocalDate first = demo.filterChoices().firstDate();
        DriversFigures figures = compute(model, Filter.NONE.withDates(first, first.plusDays(2)), ENGLISH);

        assertThat(figures.chart().base()).isLessThan(100);
        assertThat(figures.summary().judged()).isFalse();
        assertThat(figures.summary().cautions()).anyMatch(c -> c.startsWith("The model rests on "));
        assertThat(figures.chart().points()).allMatch(p -> p.quadrant() == null);
    }

    @Test
    void recommendIsUnavailableWithoutARecommendItem() {
        SurveyDataBuilder withoutRecommend = new SurveyDataBuilder()
                .touchpoint("Website", "Marketing", MomentType.STANDARD, Scale.of(0, 10))
                .importScales(Scale.of(0, 10), null);
        withoutRecommend.row().overall(8).scores(9);
        SurveyData data = withoutRecommend.build();

        assertThat(OutcomeChoice.RECOMMEND.available(data)).isFalse();
        assertThat(OutcomeChoice.DELIGHT.available(data)).isTrue();
        assertThat(OutcomeChoice.RECOMMEND.available(demo.data())).isTrue();
    }
}
