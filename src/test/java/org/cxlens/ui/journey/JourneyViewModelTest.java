package org.cxlens.ui.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import org.cxlens.analysis.Dashboard;
import org.cxlens.analysis.Filter;
import org.cxlens.analysis.GroupMeasure;
import org.cxlens.analysis.PriorityTargets;
import org.cxlens.app.TestProjects;
import org.cxlens.domain.ExperienceClass;
import org.cxlens.domain.Message;
import org.cxlens.domain.MomentType;
import org.cxlens.domain.Progress;
import org.cxlens.report.JourneyChartDescription;
import org.cxlens.report.JourneyStep;
import org.cxlens.report.TargetMeasure;
import org.cxlens.workspace.OpenProject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The journey page of the demo project against the engine's figures. */
class JourneyViewModelTest {

    private final ResourceBundle bundle = ResourceBundle.getBundle(Message.BUNDLE, Locale.ENGLISH);
    private OpenProject project;
    private JourneyViewModel model;

    @BeforeEach
    void open() throws Exception {
        project = OpenProject.open(TestProjects.demo());
        model = new JourneyViewModel();
    }

    @AfterEach
    void close() throws Exception {
        project.close();
    }

    private JourneyChartDescription compute(Filter filter) throws Exception {
        model.show(model.figures(project, filter, bundle).run(Progress.NONE));
        return model.chartProperty().get();
    }

    @Test
    void eachStepIsATouchpointInJourneyOrderWithTheEnginesDelightRecoveryAndTarget() throws Exception {
        Filter wave = Filter.NONE.withWaves(Set.of("2025-Q2"));
        JourneyChartDescription chart = compute(wave);
        Dashboard engine = project.dashboard(wave);

        assertThat(chart.title()).isEqualTo("Journey");
        assertThat(chart.steps()).hasSize(engine.touchpoints().size()).hasSizeGreaterThan(2);
        for (int i = 0; i < chart.steps().size(); i++) {
            JourneyStep step = chart.steps().get(i);
            GroupMeasure measure = engine.touchpoints().get(i).measure();
            assertThat(step.key()).isEqualTo(engine.touchpoints().get(i).touchpoint().name());
            assertThat(step.momentType()).isEqualTo(engine.touchpoints().get(i).touchpoint().momentType());
            assertThat(step.base()).isEqualTo(measure.classes().base());
            assertThat(step.delighted().share()).isEqualTo(boxed(measure.classes().share(ExperienceClass.DELIGHTED)));
            assertThat(step.delighted().low()).isEqualTo(boxed(measure.classes().low()[ExperienceClass.DELIGHTED.ordinal()]));
            assertThat(step.recovery().share()).isEqualTo(boxed(measure.recovery().estimate()));
            assertThat(step.recovery().high()).isEqualTo(boxed(measure.recovery().high()));
            assertThat(step.recovery().n()).isEqualTo((int) Math.round(measure.recovery().estimate() * step.base()));
            if (step.base() == 0) {
                // A touchpoint nobody scored in this wave: no points, no target to judge.
                assertThat(step.delighted().present()).isFalse();
                assertThat(step.target()).isNull();
                continue;
            }
            assertThat(step.target().target())
                    .isEqualTo(PriorityTargets.DEFAULT.target(engine.touchpoints().get(i).touchpoint()));
            TargetMeasure expected = switch (step.momentType()) {
                case STANDARD -> TargetMeasure.RECOVERY_AT_MOST;
                case MOMENT_OF_TRUTH -> TargetMeasure.SATISFIED_OR_DELIGHTED_AT_LEAST;
                case EXCEL -> TargetMeasure.DELIGHTED_AT_LEAST;
            };
            assertThat(step.target().measure()).isEqualTo(expected);
        }
        assertThat(chart.steps()).extracting(JourneyStep::momentType).contains(MomentType.EXCEL, MomentType.STANDARD);
    }

    /** A share compared as an object, so that "no share" (NaN, a step without base) equals "no share". */
    private static Double boxed(double share) {
        return share;
    }

    @Test
    void aPointDrillsDownToAsManyRespondentsAsItCounts() throws Exception {
        Filter wave = Filter.NONE.withWaves(Set.of("2025-Q1"));
        JourneyChartDescription chart = compute(wave);
        for (int i = 0; i < chart.steps().size(); i++) {
            JourneyStep step = chart.steps().get(i);
            assertThat(project.drillDown(wave, model.delightedMark(i)).count()).isEqualTo(step.delighted().n());
            assertThat(project.drillDown(wave, model.recoveryMark(i)).count()).isEqualTo(step.base());
        }
    }

    @Test
    void theStepThatDelightsMostIsTheEnginesHighestShare() throws Exception {
        JourneyChartDescription chart = compute(Filter.NONE);
        Dashboard engine = project.dashboard(Filter.NONE);
        double highest = engine.touchpoints().stream()
                .mapToDouble(t -> t.measure().classes().share(ExperienceClass.DELIGHTED)).max().orElseThrow();
        assertThat(chart.steps().get(chart.mostDelighted().orElseThrow()).delighted().share()).isEqualTo(highest);
        double mostRecovery = engine.touchpoints().stream().mapToDouble(t -> t.measure().recovery().estimate()).max()
                .orElseThrow();
        assertThat(chart.steps().get(chart.mostRecovery().orElseThrow()).recovery().share()).isEqualTo(mostRecovery);

        model.clear();
        assertThat(model.chartProperty().get()).isNull();
    }
}
