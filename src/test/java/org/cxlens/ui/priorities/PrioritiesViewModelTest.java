package org.cxlens.ui.priorities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.cxlens.analysis.DriverOutcome;
import org.cxlens.analysis.Filter;
import org.cxlens.analysis.Priority;
import org.cxlens.app.TestProjects;
import org.cxlens.domain.ExperienceClass;
import org.cxlens.domain.Message;
import org.cxlens.domain.MomentType;
import org.cxlens.domain.Progress;
import org.cxlens.ui.drivers.DriversViewModel;
import org.cxlens.ui.drivers.OutcomeChoice;
import org.cxlens.workspace.Mark;
import org.cxlens.workspace.OpenProject;
import org.cxlens.workspace.PriorityPlan;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The priorities page's state on the demo project, its rows checked against the engine's plan. */
class PrioritiesViewModelTest {

    private static final ResourceBundle ENGLISH = ResourceBundle.getBundle(Message.BUNDLE, Locale.ENGLISH);
    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    private static OpenProject demo;

    @BeforeAll
    static void open() throws Exception {
        demo = OpenProject.open(TestProjects.demo());
    }

    @AfterAll
    static void close() throws Exception {
        demo.close();
    }

    private static PrioritiesFigures compute(PrioritiesViewModel model, Filter filter, ResourceBundle bundle)
            throws Exception {
        model.show(model.figures(demo, filter, bundle).run(Progress.NONE));
        return model.figuresProperty().get();
    }

    @Test
    void theRowsAreTheEnginesPlanInItsOrderWithTheReasonInEnglish() throws Exception {
        PrioritiesViewModel model = new PrioritiesViewModel(new DriversViewModel().outcomeProperty());
        PrioritiesFigures figures = compute(model, Filter.NONE, ENGLISH);

        PriorityPlan plan = demo.priorities(Filter.NONE, DriverOutcome.DELIGHT);
        assertThat(figures.rows()).hasSize(plan.priorities().size());
        for (int i = 0; i < plan.priorities().size(); i++) {
            Priority p = plan.priorities().get(i);
            PriorityRow row = figures.rows().get(i);
            assertThat(row.rank()).isEqualTo(i + 1);
            assertThat(row.touchpoint()).isEqualTo(p.touchpoint());
            assertThat(row.actual()).isEqualTo(p.actual());
            assertThat(row.target()).isEqualTo(p.target());
            assertThat(row.gap()).isEqualTo(p.gap());
            assertThat(row.importance()).isEqualTo(p.importance());
            assertThat(row.lowBase()).isEqualTo(p.lowBase());
            assertThat(row.reason()).isEqualTo(p.reason().render(Locale.ENGLISH).replace(" %", "\u00A0%"));
        }
        assertThat(figures.intro()).startsWith("Ranked by gap").contains("being delighted overall");
        assertThat(figures.summary().judged()).isEqualTo(plan.drivers().judged());
    }

    @Test
    void aMomentOfTruthIsJudgedOnSatisfiedOrDelightedCountedByHand() throws Exception {
        PrioritiesViewModel model = new PrioritiesViewModel(new DriversViewModel().outcomeProperty());
        PriorityRow first = compute(model, Filter.NONE, ENGLISH).rows().get(0);

        assertThat(first.momentType()).isEqualTo(MomentType.MOMENT_OF_TRUTH);
        assertThat(first.judgedOn()).isEqualTo("Satisfied or delighted");
        assertThat(first.atMost()).isFalse();
        int satisfied = demo.engine().respondents(Filter.NONE, demo.scheme(), first.touchpoint(),
                ExperienceClass.SATISFIED).length;
        int delighted = demo.engine().respondents(Filter.NONE, demo.scheme(), first.touchpoint(),
                ExperienceClass.DELIGHTED).length;
        int scored = demo.engine().respondents(Filter.NONE, demo.scheme(), first.touchpoint(), null).length;
        assertThat(first.n()).isEqualTo(scored);
        assertThat(first.actual()).isCloseTo((double) (satisfied + delighted) / scored, offset(1e-12));
        assertThat(first.target()).isEqualTo(0.80);
        assertThat(first.gap()).isCloseTo(0.80 - first.actual(), offset(1e-12));
        assertThat(model.drillDown(first)).isEqualTo(Mark.experience(first.touchpoint(), null));
        assertThat(demo.drillDown(Filter.NONE, model.drillDown(first)).count()).isEqualTo(first.n());
    }

    @Test
    void theOutcomeIsTheDriversPagesAndAChangeThereRecomputesHere() throws Exception {
        DriversViewModel drivers = new DriversViewModel();
        PrioritiesViewModel model = new PrioritiesViewModel(drivers.outcomeProperty());
        AtomicInteger changes = new AtomicInteger();
        model.setOnChoicesChanged(changes::incrementAndGet);

        drivers.outcomeProperty().set(OutcomeChoice.RECOMMEND);
        PrioritiesFigures figures = compute(model, Filter.NONE, ENGLISH);

        assertThat(changes).hasValue(1);
        assertThat(model.outcomeProperty().get()).isEqualTo(OutcomeChoice.RECOMMEND);
        PriorityPlan plan = demo.priorities(Filter.NONE, DriverOutcome.RECOMMEND);
        assertThat(figures.rows()).extracting(PriorityRow::importance)
                .containsExactlyElementsOf(plan.priorities().stream().map(Priority::importance).toList());
        assertThat(figures.intro()).contains("the likelihood to recommend");
    }

    @Test
    void aFilterAndDutchGiveTheFilteredPlanInDutch() throws Exception {
        PrioritiesViewModel model = new PrioritiesViewModel(new DriversViewModel().outcomeProperty());
        Filter wave = Filter.NONE.withWaves(Set.of("2025-Q1"));
        PrioritiesFigures figures = compute(model, wave, ResourceBundle.getBundle(Message.BUNDLE, DUTCH));

        PriorityPlan plan = demo.priorities(wave, DriverOutcome.DELIGHT);
        PriorityRow first = figures.rows().get(0);
        assertThat(first.touchpoint()).isEqualTo(plan.priorities().get(0).touchpoint());
        assertThat(first.actual()).isEqualTo(plan.priorities().get(0).actual());
        assertThat(first.reason()).isEqualTo(plan.priorities().get(0).reason().render(DUTCH).replace(" %", "\u00A0%"))
                .startsWith(first.touchpoint().name() + " is een ");
        assertThat(first.judgedOn()).isEqualTo("Tevreden of enthousiast");
        assertThat(figures.intro()).startsWith("Gerangschikt op achterstand");
    }
}
