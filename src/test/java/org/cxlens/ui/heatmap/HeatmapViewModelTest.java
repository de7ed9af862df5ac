package org.cxlens.ui.heatmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.cxlens.analysis.Filter;
import org.cxlens.analysis.GroupMeasure;
import org.cxlens.analysis.Grouping;
import org.cxlens.analysis.Heatmap;
import org.cxlens.app.TestProjects;
import org.cxlens.domain.ExperienceClass;
import org.cxlens.domain.Message;
import org.cxlens.domain.Progress;
import org.cxlens.report.ChartMeasure;
import org.cxlens.report.HeatCell;
import org.cxlens.report.HeatmapDescription;
import org.cxlens.workspace.OpenProject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The heatmap page's state on the demo project (two waves, six months with answers, Region, Channel, Customer type). */
class HeatmapViewModelTest {

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

    private static void compute(HeatmapViewModel model, Filter filter) throws Exception {
        model.show(model.figures(project, filter, ENGLISH).run(Progress.NONE));
    }

    @Test
    void offersTheDimensionsOfTheDataAndStartsWithTheWavesAndTheDelightedShare() throws Exception {
        HeatmapViewModel model = new HeatmapViewModel();
        compute(model, Filter.NONE);

        assertThat(model.dimensions()).containsExactly(Grouping.wave(), Grouping.month(), Grouping.segment("Region"),
                Grouping.segment("Channel"), Grouping.segment("Customer type"));
        assertThat(model.dimensionProperty().get()).isEqualTo(Grouping.wave());
        HeatmapDescription chart = model.figuresProperty().get().chart();
        Heatmap engine = project.heatmap(Grouping.wave(), Filter.NONE);
        assertThat(chart.columnLabels()).containsExactly("2025-Q1", "2025-Q3");
        assertThat(chart.rowLabels()).hasSize(engine.touchpoints().size()).first().isEqualTo("Website");
        for (int row = 0; row < engine.touchpoints().size(); row++) {
            for (int col = 0; col < 2; col++) {
                GroupMeasure m = engine.cells()[row][col];
                HeatCell cell = chart.cell(row, col);
                assertThat(cell.share()).isEqualTo(m.classes().share(ExperienceClass.DELIGHTED));
                assertThat(cell.base()).isEqualTo(m.classes().base());
                assertThat(cell.low()).isEqualTo(m.classes().low()[ExperienceClass.DELIGHTED.ordinal()]);
            }
        }
    }

    @Test
    void aChosenDimensionOrMeasureAsksForNewFiguresAndShowsThem() throws Exception {
        HeatmapViewModel model = new HeatmapViewModel();
        AtomicInteger asked = new AtomicInteger();
        model.setOnChoicesChanged(asked::incrementAndGet);
        compute(model, Filter.NONE);
        assertThat(asked).hasValue(0);

        model.dimensionProperty().set(Grouping.segment("Region"));
        model.measureProperty().set(ChartMeasure.RECOVERY);
        assertThat(asked).hasValue(2);
        compute(model, Filter.NONE);

        HeatmapDescription chart = model.figuresProperty().get().chart();
        assertThat(chart.columnLabels()).containsExactly("East", "North", "South", "West");
        assertThat(chart.measure()).isEqualTo(ChartMeasure.RECOVERY);
        GroupMeasure engine = project.heatmap(Grouping.segment("Region"), Filter.NONE).cells()[4][1];
        assertThat(chart.cell(4, 1).share()).isEqualTo(engine.recovery().estimate());
        assertThat(asked).hasValue(2);
    }

    @Test
    void monthsWithoutRespondentsInTheFilterAreLeftOutAndNamed() throws Exception {
        HeatmapViewModel model = new HeatmapViewModel();
        model.dimensionProperty().set(Grouping.month());
        compute(model, Filter.NONE.withWaves(Set.of("2025-Q1")));

        HeatmapDescription chart = model.figuresProperty().get().chart();
        assertThat(chart.columnLabels()).containsExactly("2025-01", "2025-02", "2025-03");
        assertThat(chart.emptyColumns()).containsExactly("2025-04", "2025-05", "2025-06", "2025-07", "2025-08", "2025-09");
    }

    @Test
    void aCellDrillsDownToAsManyRespondentsAsItCounts() throws Exception {
        HeatmapViewModel model = new HeatmapViewModel();
        model.dimensionProperty().set(Grouping.segment("Channel"));
        Filter filter = Filter.NONE.withWaves(Set.of("2025-Q3"));
        compute(model, filter);
        HeatCell cell = model.figuresProperty().get().chart().cell(4, 2);
        assertThat(cell.n()).isPositive();
        assertThat(project.drillDown(filter, model.mark(4, 2)).count()).isEqualTo(cell.n()).isEqualTo(model.markCount(4, 2));
        assertThat(model.mark(4, 2).experienceClass()).isEqualTo(ExperienceClass.DELIGHTED);
        assertThat(model.mark(4, 2).groupValue()).isEqualTo("Web");

        model.measureProperty().set(ChartMeasure.SATISFIED_OR_BETTER);
        compute(model, filter);
        HeatCell whole = model.figuresProperty().get().chart().cell(4, 2);
        assertThat(project.drillDown(filter, model.mark(4, 2)).count()).isEqualTo(whole.base())
                .isEqualTo(model.markCount(4, 2));
    }

    @Test
    void aDimensionTheDataNoLongerHasFallsBackToTheFirst() throws Exception {
        HeatmapViewModel model = new HeatmapViewModel();
        model.dimensionProperty().set(Grouping.segment("Shoe size"));
        compute(model, Filter.NONE);

        assertThat(model.dimensionProperty().get()).isEqualTo(Grouping.wave());
        model.clear();
        assertThat(model.figuresProperty().get()).isNull();
        assertThat(model.dimensions()).isEqualTo(List.of());
    }
}
