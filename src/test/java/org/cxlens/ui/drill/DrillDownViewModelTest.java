package org.cxlens.ui.drill;

import static org.assertj.core.api.Assertions.assertThat;

import com.opencsv.CSVReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import org.cxlens.analysis.Filter;
import org.cxlens.app.TestProjects;
import org.cxlens.domain.ExperienceClass;
import org.cxlens.domain.Message;
import org.cxlens.domain.Touchpoint;
import org.cxlens.report.CsvDialect;
import org.cxlens.ui.SyncRunner;
import org.cxlens.workspace.DrillColumn;
import org.cxlens.workspace.DrillDown;
import org.cxlens.workspace.DrillRow;
import org.cxlens.workspace.Mark;
import org.cxlens.workspace.OpenProject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DrillDownViewModelTest {

    @TempDir
    Path dir;

    private OpenProject project;
    private Touchpoint delivery;
    private DrillDown drill;
    private DrillDownViewModel model;

    @BeforeEach
    void open() throws Exception {
        project = OpenProject.open(TestProjects.demo());
        delivery = project.data().touchpoints().stream().filter(t -> t.name().equals("Delivery")).findFirst().orElseThrow();
        drill = project.drillDown(Filter.NONE.withWaves(Set.of("2025-Q1")), Mark.experience(delivery, ExperienceClass.INDIFFERENT));
        model = new DrillDownViewModel(drill, new SyncRunner(), ResourceBundle.getBundle(Message.BUNDLE, Locale.ENGLISH));
    }

    @AfterEach
    void close() throws Exception {
        project.close();
    }

    @Test
    void rowsArriveAPageAtATimeAsTheTableAsksForThem() throws Exception {
        int ticks = model.pagesArrivedProperty().get();
        int changes = model.rowsChangedProperty().get();
        assertThat(model.sizeProperty().get()).isEqualTo(drill.count()).isGreaterThan(DrillDownViewModel.PAGE);
        assertThat(model.sentenceProperty().get()).isEqualTo(drill.sentence().render(Locale.ENGLISH))
                .startsWith("Delivery").endsWith(drill.count() + " respondents");

        assertThat(model.row(DrillDownViewModel.PAGE + 3)).isNull();

        assertThat(model.pagesArrivedProperty().get()).isEqualTo(ticks + 1);
        assertThat(model.rowsChangedProperty().get()).as("the rows are the same rows").isEqualTo(changes);
        DrillRow row = model.row(DrillDownViewModel.PAGE + 3);
        assertThat(row).isEqualTo(drill.page(DrillDownViewModel.PAGE + 3, 1).get(0));
        assertThat(row.scores().get(delivery.slot()).experienceClass()).isEqualTo(ExperienceClass.INDIFFERENT);
        assertThat(model.cell(row, DrillColumn.of(DrillColumn.Kind.WAVE))).isEqualTo("2025-Q1");
        assertThat(model.row(drill.count())).isNull();
    }

    @Test
    void aDrillDownReadWithItsFirstPageShowsThoseRowsWithoutReadingAgain() throws Exception {
        DrillDownViewModel read = new DrillDownViewModel(ReadDrillDown.of(drill), new SyncRunner(),
                ResourceBundle.getBundle(Message.BUNDLE, Locale.ENGLISH));
        int ticks = read.pagesArrivedProperty().get();

        assertThat(read.row(3)).isEqualTo(drill.page(3, 1).get(0));
        assertThat(read.row(DrillDownViewModel.PAGE - 1)).isEqualTo(drill.page(DrillDownViewModel.PAGE - 1, 1).get(0));
        assertThat(read.pagesArrivedProperty().get()).isEqualTo(ticks);
        assertThat(read.row(DrillDownViewModel.PAGE)).isNull();
        assertThat(read.pagesArrivedProperty().get()).isEqualTo(ticks + 1);
    }

    @Test
    void sortingAColumnReordersTheRowsAndSearchNarrowsThem() {
        DrillColumn overallScore = DrillColumn.score(project.data().touchpoints().get(0));
        model.sort(overallScore, true);
        model.row(0);
        float first = model.row(0).scores().get(0).value();
        float second = model.row(1).scores().get(0).value();
        assertThat(first).isGreaterThanOrEqualTo(second);

        model.search("no respondent says this 4711");

        assertThat(model.sizeProperty().get()).isZero();
        assertThat(model.statusProperty().get()).isEqualTo("0 of " + drill.count() + " respondents match");
        assertThat(model.count()).isEqualTo(drill.count());
    }

    @Test
    void copyGivesTabSeparatedRowsAndExportWritesEveryRow() throws Exception {
        String[] copied = new String[1];
        model.copy(new int[] {0, 2}, text -> copied[0] = text);

        List<String> lines = copied[0].lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).split("\t", -1)).hasSize(model.columns().size());

        Path csv = dir.resolve("respondents.csv");
        model.export(csv, CsvDialect.COMMA);

        try (CSVReader records = new CSVReader(Files.newBufferedReader(csv))) {
            assertThat(records.readAll()).hasSize(drill.count() + 1);
        }
        assertThat(model.statusProperty().get()).isEqualTo("Exported " + drill.count() + " respondents to " + csv);
        assertThat(model.busyProperty().get()).isFalse();
    }
}
