package org.cxlens.ui.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.cxlens.analysis.Dashboard;
import org.cxlens.analysis.Filter;
import org.cxlens.analysis.GroupMeasure;
import org.cxlens.analysis.TouchpointMeasure;
import org.cxlens.domain.Message;
import org.cxlens.domain.MomentType;
import org.cxlens.domain.Progress;
import org.cxlens.report.CsvDialect;
import org.cxlens.report.JourneyStep;
import org.cxlens.testing.TwoWaveProject;
import org.cxlens.ui.SyncRunner;
import org.cxlens.ui.journey.JourneyViewModel;
import org.cxlens.workspace.CatalogueEntry;
import org.cxlens.workspace.OpenProject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Project page's state on a two-wave project: imports, problems, catalogue edits, the log. */
class ProjectViewModelTest {

    private final ResourceBundle bundle = ResourceBundle.getBundle(Message.BUNDLE, Locale.ENGLISH);

    @TempDir
    Path dir;

    private OpenProject project;
    private ProjectViewModel model;
    private int changes;

    @BeforeEach
    void open() throws Exception {
        project = OpenProject.open(TwoWaveProject.create(dir));
        model = new ProjectViewModel(new SyncRunner());
        // as the window does: the project changed, so the page is computed again
        model.setOnProjectChanged(() -> {
            changes++;
            compute();
        });
        compute();
    }

    @AfterEach
    void close() throws Exception {
        project.close();
    }

    private void compute() {
        try {
            model.show(model.figures(project, Filter.NONE, bundle).run(Progress.NONE));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private CatalogueEntry entry(String name) {
        return model.catalogue().stream().filter(e -> e.touchpoint().name().equals(name)).findFirst().orElseThrow();
    }

    private List<String> names() {
        return model.catalogue().stream().map(e -> e.touchpoint().name()).toList();
    }

    private static int base(Dashboard d, String touchpoint) {
        return d.touchpoints().stream().filter(t -> t.touchpoint().name().equals(touchpoint)).findFirst()
                .orElseThrow().measure().classes().base();
    }

    @Test
    void theCatalogueIsInJourneyOrderWithEachTouchpointsAnswers() {
        assertThat(names()).containsExactly("Website", "Lieferung", "Invoice", "Delivery");
        // Website and Invoice in both waves (40 + 35), Lieferung only in wave 1, Delivery only in wave 2
        assertThat(model.catalogue()).extracting(CatalogueEntry::answers).containsExactly(75, 40, 75, 35);
        Dashboard engine = project.dashboard(Filter.NONE);
        for (CatalogueEntry e : model.catalogue()) {
            assertThat(e.answers()).isEqualTo(base(engine, e.touchpoint().name()));
        }
        assertThat(model.chosenProperty().get().touchpoint().name()).isEqualTo("Website");
        assertThat(model.defaultTargetProperty().get())
                .isEqualTo("Default for a standard moment: at most 10 % need recovery");
    }

    @Test
    void problemsAreReadAPageAtATimeSearchedAndExportedSafeAgainstFormulas() throws Exception {
        assertThat(model.imports()).extracting(i -> i.fileName()).containsExactly("wave1.csv", "wave2.xlsx");
        assertThat(model.chosenImportProperty().get().fileName()).isEqualTo("wave2.xlsx");
        assertThat(model.problems().countProperty().get()).isEqualTo("No problems in wave2.xlsx");

        model.chosenImportProperty().set(model.imports().get(0));
        assertThat(model.problems().sizeProperty().get()).isEqualTo(TwoWaveProject.WAVE1_PROBLEMS);
        assertThat(model.problems().countProperty().get()).isEqualTo("45 problems in wave1.csv");
        assertThat(model.problems().row(44).row()).isEqualTo(86);
        assertThat(model.problems().row(45)).isNull();

        model.problemSearchProperty().set("hyperlink");
        // every third problem (p = 0, 3, ..., 42) holds the formula
        assertThat(model.problems().sizeProperty().get()).isEqualTo(15);
        assertThat(model.problems().countProperty().get()).isEqualTo("15 of 45 problems in wave1.csv match");

        Path csv = dir.resolve("problems.csv");
        model.exportProblems(csv, CsvDialect.COMMA);
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(16);
        assertThat(lines.get(0)).isEqualTo("Row,Column,Value,Reason");
        assertThat(lines.get(1)).startsWith("42,Website,\"'=HYPERLINK(\"\"x\"\")\",");
        assertThat(model.noticeProperty().get()).isEqualTo("Exported 15 problems to " + csv + ".");

        Path forDutchExcel = dir.resolve("problems-nl.csv");
        model.exportProblems(forDutchExcel, CsvDialect.SEMICOLON);
        List<String> semicolons = Files.readAllLines(forDutchExcel, StandardCharsets.UTF_8);
        assertThat(semicolons).hasSize(16);
        assertThat(semicolons.get(0)).isEqualTo("Row;Column;Value;Reason");
        assertThat(semicolons.get(1)).startsWith("42;Website;\"'=HYPERLINK(\"\"x\"\")\";");
    }

    @Test
    void aDepartmentEditIsStoredLoggedAndSeenByTheDepartmentFigures() {
        model.chosenProperty().set(entry("Lieferung"));
        assertThat(model.departments()).contains("Finance", "Logistics", "Logistik", "Marketing");
        model.departmentProperty().set("Logistics");
        model.nameProperty().set("Delivery (wave 1)");
        model.momentTypeProperty().set(MomentType.EXCEL);
        model.ownTargetProperty().set("45");
        model.apply();

        assertThat(changes).isEqualTo(1);
        assertThat(model.noticeProperty().get()).isEqualTo("Stored the settings of Delivery (wave 1); every page now uses them.");
        CatalogueEntry edited = model.chosenProperty().get();
        assertThat(edited.touchpoint().name()).isEqualTo("Delivery (wave 1)");
        assertThat(edited.touchpoint().target()).isEqualTo(0.45);
        assertThat(model.defaultTargetProperty().get()).isEqualTo("Default for an excel moment: at least 40 % delighted");
        assertThat(project.dashboard(Filter.NONE).departments()).extracting(GroupMeasure::label)
                .containsExactly("Finance", "Logistics", "Marketing");
        assertThat(model.log()).extracting(LogLine::what).startsWith("Own target of Delivery (wave 1)",
                "Moment type of Delivery (wave 1)", "Owning department of Delivery (wave 1)",
                "Earlier name kept for Delivery (wave 1): a next wave's column with it feeds Delivery (wave 1)",
                "Touchpoint renamed");
        assertThat(model.log().get(3).after()).isEqualTo("Lieferung");
        assertThat(edited.earlierNames()).containsExactly("Lieferung");
        assertThat(model.log().get(2).before()).isEqualTo("Logistik");
        assertThat(model.log().get(2).after()).isEqualTo("Logistics");

        model.logSearchProperty().set("LOGISTIK");
        assertThat(model.log()).extracting(LogLine::what).containsExactly("Owning department of Delivery (wave 1)");
    }

    @Test
    void aNoticeInTheLanguageJustLeftGoesWhenThePageIsShownInTheOther() throws Exception {
        model.ownTargetProperty().set("lots");
        model.apply();
        assertThat(model.noticeProperty().get()).startsWith("“lots” is not a percentage");
        compute();
        assertThat(model.noticeProperty().get()).as("the same language keeps it").startsWith("“lots”");

        ResourceBundle dutch = ResourceBundle.getBundle(Message.BUNDLE, Locale.forLanguageTag("nl"));
        model.show(model.figures(project, Filter.NONE, dutch).run(Progress.NONE));
        assertThat(model.noticeProperty().get()).isEmpty();
    }

    @Test
    void aTargetThatIsNoPercentageIsRefusedWithoutStoring() {
        model.ownTargetProperty().set("lots");
        model.apply();
        assertThat(changes).isZero();
        assertThat(model.noticeProperty().get()).isEqualTo("“lots” is not a percentage between 0 and 100; nothing was stored.");
        assertThat(ProjectViewModel.parseTarget("37,5 %", Locale.forLanguageTag("nl"))).isEqualTo(0.375);
        assertThat(ProjectViewModel.parseTarget(" ", Locale.ENGLISH)).isNull();
    }

    @Test
    void movingATouchpointChangesTheJourneyPageAndTheEnginesOrder() throws Exception {
        model.chosenProperty().set(entry("Delivery"));
        model.moveChosen(-1);
        model.moveChosen(-1);
        assertThat(names()).containsExactly("Website", "Delivery", "Lieferung", "Invoice");
        assertThat(model.chosenProperty().get().touchpoint().name()).isEqualTo("Delivery");
        assertThat(model.noticeProperty().get()).isEqualTo("Delivery is now step 2 of 4 in the journey.");
        assertThat(project.dashboard(Filter.NONE).touchpoints()).extracting(t -> t.touchpoint().name())
                .containsExactly("Website", "Delivery", "Lieferung", "Invoice");
        JourneyViewModel journey = new JourneyViewModel();
        journey.show(journey.figures(project, Filter.NONE, bundle).run(Progress.NONE));
        assertThat(journey.chartProperty().get().steps()).extracting(JourneyStep::key)
                .containsExactly("Website", "Delivery", "Lieferung", "Invoice");

        model.move(0, 3); // a drop of the first row on the last
        assertThat(names()).containsExactly("Delivery", "Lieferung", "Invoice", "Website");
        assertThat(model.log().get(0).what()).isEqualTo("Journey order");
        assertThat(model.log().get(0).before()).isEqualTo("Website, Delivery, Lieferung, Invoice");
        assertThat(model.log().get(0).after()).isEqualTo("Delivery, Lieferung, Invoice, Website");
    }

    @Test
    void aMergeAddsUpTheBasesAndARefusedOneSaysHowManyAnsweredBoth() {
        model.chosenProperty().set(entry("Lieferung"));
        model.mergeWithProperty().set(entry("Delivery"));
        assertThat(model.mergeQuestion()).isEqualTo("Merge “Lieferung” (40 answers) into “Delivery” (35 answers)? "
                + "“Delivery” will have 75 answers and “Lieferung” leaves the catalogue. This cannot be undone.");
        model.merge();

        assertThat(names()).containsExactly("Website", "Invoice", "Delivery");
        assertThat(entry("Delivery").answers()).isEqualTo(75);
        Dashboard engine = project.dashboard(Filter.NONE);
        assertThat(base(engine, "Delivery")).isEqualTo(TwoWaveProject.WAVE1 + TwoWaveProject.WAVE2);
        assertThat(engine.touchpoints()).extracting(TouchpointMeasure::touchpoint)
                .extracting(t -> t.name()).doesNotContain("Lieferung");
        // per wave, the merged touchpoint has each wave's answers
        assertThat(base(project.dashboard(Filter.NONE.withWaves(java.util.Set.of("2025-Q1"))), "Delivery"))
                .isEqualTo(40);
        assertThat(model.noticeProperty().get()).isEqualTo("Merged Lieferung into Delivery: 75 answers (40 + 35).");
        assertThat(model.chosenProperty().get().touchpoint().name()).isEqualTo("Delivery");
        assertThat(model.log().get(0).what()).isEqualTo("Touchpoints merged into Delivery");
        assertThat(entry("Delivery").earlierNames()).containsExactly("Lieferung");

        model.chosenProperty().set(entry("Website"));
        model.mergeWithProperty().set(entry("Invoice"));
        model.merge();
        assertThat(model.noticeProperty().get()).isEqualTo("75 respondents answered both Website and Invoice; their two "
                + "answers cannot become one, so the touchpoints were not merged.");
        assertThat(names()).containsExactly("Website", "Invoice", "Delivery");
    }
}
