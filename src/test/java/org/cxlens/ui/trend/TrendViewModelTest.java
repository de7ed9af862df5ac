package org.cxlens.ui.trend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import org.cxlens.analysis.Filter;
import org.cxlens.analysis.GroupMeasure;
import org.cxlens.analysis.Grouping;
import org.cxlens.analysis.Heatmap;
import org.cxlens.app.TestProjects;
import org.cxlens.domain.ExperienceClass;
import org.cxlens.domain.Message;
import org.cxlens.domain.Progress;
import org.cxlens.report.ChartMeasure;
import org.cxlens.report.TrendChange;
import org.cxlens.report.TrendChartDescription;
import org.cxlens.report.TrendPeriod;
import org.cxlens.workspace.OpenProject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The trend page's state on the demo project. Delighted respondents by wave: 159 of 750 in
 * 2025-Q1, 226 of 750 in 2025-Q3; pooled 385/1500 = 0.25667, SE = √(0.25667 · 0.74333 · 2/750) =
 * 0.022556, z = (0.30133 − 0.212) / 0.022556 = 3.96: a significant rise.
 */
class TrendViewModelTest {

    private static final ResourceBundle ENGLISH = ResourceBundle.getBundle(Message.BUNDLE, Locale.ENGLISH);
    private static OpenProject project;

    @BeforeAll
    static void open() throws Exception {
        project = OpenProject.open(TestProjects.demo());
    }

    @AfterAll
    static void close() throws Exception {
        project.close();
    }

    private static TrendChartDescription compute(TrendViewModel model, Filter filter) throws Exception {
        model.show(model.figures(project, filter, ENGLISH).run(Progress.NONE));
        return model.figuresProperty().get().chart();
    }

    @Test
    void startsWithTheDelightedRespondentsByWaveAndMarksTheSignificantRise() throws Exception {
        TrendViewModel model = new TrendViewModel();
        TrendChartDescription chart = compute(model, Filter.NONE);

        assertThat(model.periods()).containsExactly(Grouping.wave(), Grouping.month());
        assertThat(model.measures()).containsExactly(ChartMeasure.DELIGHTED, ChartMeasure.SATISFIED_OR_BETTER,
                ChartMeasure.RECOVERY, ChartMeasure.NPS);
        assertThat(model.subjects()).hasSize(1 + project.data().touchpoints().size()).first().isEqualTo(TrendSubject.RESPONDENTS);
        assertThat(chart.periods()).extracting(TrendPeriod::label).containsExactly("2025-Q1", "2025-Q3");
        assertThat(chart.periods()).extracting(TrendPeriod::n).containsExactly(750, 750);
        List<GroupMeasure> engine = project.measures(Grouping.wave(), Filter.NONE);
        for (int i = 0; i < 2; i++) {
            assertThat(chart.periods().get(i).value()).isEqualTo(engine.get(i).classes().share(ExperienceClass.DELIGHTED));
            assertThat(chart.periods().get(i).high()).isEqualTo(engine.get(i).classes().high()[ExperienceClass.DELIGHTED.ordinal()]);
        }
        assertThat(Math.round(chart.periods().get(0).value() * 750)).isEqualTo(159);
        assertThat(Math.round(chart.periods().get(1).value() * 750)).isEqualTo(226);
        assertThat(chart.periods().get(1).changeVsPrevious()).isEqualTo(TrendChange.UP);
        assertThat(engine.get(1).compare(engine.get(0), ExperienceClass.DELIGHTED, project.engine().settings()).z())
                .isCloseTo(3.96, offset(0.01));
    }

    @Test
    void aTouchpointsTrendIsItsHeatmapRowWithoutNps() throws Exception {
        TrendViewModel model = new TrendViewModel();
        compute(model, Filter.NONE);
        model.measureProperty().set(ChartMeasure.NPS);
        assertThat(compute(model, Filter.NONE).measure()).isEqualTo(ChartMeasure.NPS);
        TrendSubject delivery = model.subjects().stream()
                .filter(s -> !s.respondents() && s.touchpoint().name().equals("Delivery")).findFirst().orElseThrow();
        model.subjectProperty().set(delivery);
        model.periodProperty().set(Grouping.month());
        TrendChartDescription chart = compute(model, Filter.NONE);

        assertThat(model.measures()).doesNotContain(ChartMeasure.NPS);
        assertThat(chart.measure()).isEqualTo(ChartMeasure.DELIGHTED);
        assertThat(chart.subject()).isEqualTo("Delivery");
        Heatmap engine = project.heatmap(Grouping.month(), Filter.NONE);
        int row = engine.touchpoints().indexOf(delivery.touchpoint());
        assertThat(chart.periods()).hasSize(9);
        assertThat(chart.periods().get(3).empty()).isTrue();
        assertThat(chart.periods().get(6).previous()).isEqualTo("2025-03");
        assertThat(chart.periods().get(6).value()).isEqualTo(engine.cells()[row][6].classes().share(ExperienceClass.DELIGHTED));
        assertThat(chart.periods().get(6).n()).isEqualTo(engine.cells()[row][6].classes().base());
    }

    @Test
    void aPeriodDrillsDownToTheRespondentsBehindIt() throws Exception {
        TrendViewModel model = new TrendViewModel();
        Filter filter = Filter.NONE.withSegment("Channel", Set.of("Web"));
        TrendChartDescription chart = compute(model, filter);
        TrendPeriod q3 = chart.periods().get(1);
        assertThat(project.drillDown(filter, model.mark(1)).count()).isEqualTo(Math.round(q3.value() * q3.n()));

        model.measureProperty().set(ChartMeasure.SATISFIED_OR_BETTER);
        chart = compute(model, filter);
        assertThat(project.drillDown(filter, model.mark(1)).count()).isEqualTo(chart.periods().get(1).n());

        TrendSubject first = model.subjects().get(1);
        model.subjectProperty().set(first);
        model.measureProperty().set(ChartMeasure.DELIGHTED);
        chart = compute(model, filter);
        TrendPeriod q1 = chart.periods().get(0);
        assertThat(project.drillDown(filter, model.mark(0)).count()).isEqualTo(Math.round(q1.value() * q1.n()));
    }

    @Test
    void aTouchpointOutsideTheFiltersDepartmentsFallsBackToAllRespondents() throws Exception {
        TrendViewModel model = new TrendViewModel();
        compute(model, Filter.NONE);
        TrendSubject website = model.subjects().get(1);
        model.subjectProperty().set(website);
        String otherDepartment = project.data().touchpoints().stream().map(t -> t.department())
                .filter(d -> !d.equals(website.touchpoint().department())).findFirst().orElseThrow();

        TrendChartDescription chart = compute(model, Filter.NONE.withTouchpointDepartments(Set.of(otherDepartment)));

        assertThat(model.subjectProperty().get()).isEqualTo(TrendSubject.RESPONDENTS);
        assertThat(model.subjects()).doesNotContain(website);
        assertThat(chart.subject()).isNull();
    }
}
