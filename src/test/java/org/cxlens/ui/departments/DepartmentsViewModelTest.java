package org.cxlens.ui.departments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import org.cxlens.analysis.Dashboard;
import org.cxlens.analysis.Filter;
import org.cxlens.analysis.GroupMeasure;
import org.cxlens.analysis.TouchpointMeasure;
import org.cxlens.app.TestProjects;
import org.cxlens.domain.ExperienceClass;
import org.cxlens.domain.Message;
import org.cxlens.domain.Progress;
import org.cxlens.report.BarCategory;
import org.cxlens.report.ClassBarChartDescription;
import org.cxlens.report.DepartmentChartDescription;
import org.cxlens.workspace.DrillDown;
import org.cxlens.workspace.OpenProject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The departments page of the demo project against the engine's figures. */
class DepartmentsViewModelTest {

    private final ResourceBundle bundle = ResourceBundle.getBundle(Message.BUNDLE, Locale.ENGLISH);
    private OpenProject project;
    private DepartmentsViewModel model;

    @BeforeEach
    void open() throws Exception {
        project = OpenProject.open(TestProjects.demo());
        model = new DepartmentsViewModel();
    }

    @AfterEach
    void close() throws Exception {
        project.close();
    }

    private void compute(Filter filter) throws Exception {
        model.show(model.figures(project, filter, bundle).run(Progress.NONE));
    }

    @Test
    void eachDepartmentBarHasTheEnginesSharesAndPoolsTheTouchpointsItOwns() throws Exception {
        compute(Filter.NONE);
        model.sortProperty().set(DepartmentSort.NAME);
        Dashboard engine = project.dashboard(Filter.NONE);
        DepartmentChartDescription chart = model.chartProperty().get();

        assertThat(chart.departments().categories()).extracting(BarCategory::key)
                .containsExactlyElementsOf(engine.departments().stream().map(GroupMeasure::label).toList());
        assertThat(chart.departments().categories()).hasSizeGreaterThan(1);
        for (int i = 0; i < engine.departments().size(); i++) {
            GroupMeasure department = engine.departments().get(i);
            ClassBarChartDescription owned = chart.owned().get(i);
            List<TouchpointMeasure> engineOwned = engine.touchpoints().stream()
                    .filter(t -> department.label().equals(t.touchpoint().department())).toList();
            assertThat(owned.categories()).extracting(BarCategory::key)
                    .containsExactlyElementsOf(engineOwned.stream().map(t -> t.touchpoint().name()).toList());
            assertThat(chart.departments().categories().get(i).base()).isEqualTo(department.classes().base())
                    .isEqualTo(engineOwned.stream().mapToInt(t -> t.measure().classes().base()).sum());
            for (ExperienceClass c : ExperienceClass.values()) {
                assertThat(chart.departments().segment(i, c).share()).isEqualTo(department.classes().share(c));
                // Unweighted, a department's n of a class is the sum of its touchpoints' n: the bar pools experiences.
                int pooled = 0;
                for (int t = 0; t < owned.categories().size(); t++) {
                    pooled += owned.segment(t, c).n();
                    assertThat(owned.segment(t, c).share()).isEqualTo(engineOwned.get(t).measure().classes().share(c));
                }
                assertThat(chart.departments().segment(i, c).n()).isEqualTo(pooled);
            }
        }
    }

    @Test
    void aDepartmentSegmentDrillsDownToItsExperiencesAndATouchpointSegmentToItsRespondents() throws Exception {
        Filter wave = Filter.NONE.withWaves(Set.of("2025-Q1"));
        compute(wave);
        DepartmentChartDescription chart = model.chartProperty().get();
        for (int i = 0; i < chart.departments().categories().size(); i++) {
            int n = chart.departments().segment(i, ExperienceClass.DELIGHTED).n();
            DrillDown drill = project.drillDown(wave, model.departmentMark(i, ExperienceClass.DELIGHTED));
            assertThat(drill.experiences()).hasValue(n);
            int largestOwned = 0;
            for (int t = 0; t < chart.owned().get(i).categories().size(); t++) {
                largestOwned = Math.max(largestOwned, chart.owned().get(i).segment(t, ExperienceClass.DELIGHTED).n());
            }
            assertThat(drill.count()).isBetween(largestOwned, n);
        }
        int lastOwned = chart.owned().get(0).categories().size() - 1;
        assertThat(project.drillDown(wave, model.touchpointMark(0, lastOwned, ExperienceClass.INDIFFERENT)).count())
                .isEqualTo(chart.owned().get(0).segment(lastOwned, ExperienceClass.INDIFFERENT).n());
        assertThat(project.drillDown(wave, model.departmentMark(0, null)).experiences())
                .hasValue(chart.departments().categories().get(0).base());
    }

    @Test
    void sortsByJourneyDelightAndNameAndKeepsOpenedDepartmentsAcrossFilters() throws Exception {
        compute(Filter.NONE);
        Dashboard engine = project.dashboard(Filter.NONE);
        DepartmentChartDescription journey = model.chartProperty().get();
        assertThat(journey.departments().categories().get(0).key())
                .isEqualTo(engine.touchpoints().get(0).touchpoint().department());

        model.sortProperty().set(DepartmentSort.DELIGHTED);
        ClassBarChartDescription delighted = model.chartProperty().get().departments();
        for (int i = 1; i < delighted.categories().size(); i++) {
            assertThat(delighted.segment(i, ExperienceClass.DELIGHTED).share())
                    .isLessThanOrEqualTo(delighted.segment(i - 1, ExperienceClass.DELIGHTED).share());
        }
        model.sortProperty().set(DepartmentSort.NAME);
        List<String> names = model.chartProperty().get().departments().categories().stream().map(BarCategory::label).toList();
        assertThat(names).isSorted();

        String first = names.get(0);
        model.toggle(first);
        assertThat(model.opened()).containsExactly(first);
        compute(Filter.NONE.withWaves(Set.of("2025-Q2")));
        assertThat(model.opened()).containsExactly(first);
        model.toggleAll();
        assertThat(model.opened()).containsExactlyInAnyOrderElementsOf(names);
        model.toggleAll();
        assertThat(model.opened()).isEmpty();
        model.toggle(first);
        model.clear();
        assertThat(model.opened()).isEmpty();
        assertThat(model.chartProperty().get()).isNull();
    }
}
