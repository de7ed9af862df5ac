package org.cxlens.app;

import org.cxlens.testing.FxClick;
import org.cxlens.testing.FxLookup;
import static org.assertj.core.api.Assertions.assertThat;
import static org.cxlens.app.WindowTests.waitFor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cxlens.report.CsvDialect;
import org.cxlens.ui.window.MainWindowViewModel;
import org.cxlens.ui.window.Theme;
import org.cxlens.workspace.DeliverableFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** File → Export… on the demo: the dialog writes the PDF report, in Dutch when chosen, and says where. */
@ExtendWith(ApplicationExtension.class)
class ExportDialogTest {

    @TempDir
    Path home;

    private AppWindow window;
    private MainWindowViewModel model;

    @Start
    void start(Stage stage) throws Exception {
        window = AppWindow.show(stage, home, "test-export");
        model = window.model();
    }

    @AfterEach
    void stop(FxRobot robot) {
        window.close(robot);
    }

    @Test
    void theDialogWritesTheReportInTheChosenLanguage(FxRobot robot) throws Exception {
        Path copy = Files.copy(TestProjects.demo(), home.resolve("demo.cxlens"));
        robot.interact(() -> model.open(copy));
        waitFor(() -> model.overviewProperty().get() != null && !model.busyProperty().get());

        MenuItem export = WindowTests.menuItem(FxLookup.lookup(".menu-bar").queryAs(MenuBar.class), "exportItem");
        assertThat(export.getAccelerator().getName()).isEqualTo("Shortcut+E");
        robot.interact(export::fire);
        // Its rows come in over the pulses after it shows, the status line last.
        waitFor(() -> dialog() != null && FxLookup.lookup("#export-status").tryQuery().isPresent());

        @SuppressWarnings("unchecked")
        ComboBox<DeliverableFormat> format = FxLookup.lookup("#export-format").queryAs(ComboBox.class);
        assertThat(format.getItems()).contains(DeliverableFormat.PDF, DeliverableFormat.SCORECARDS);
        Path target = home.resolve("rapport.pdf");
        robot.interact(() -> {
            FxLookup.lookup("#export-target").queryAs(TextField.class).setText(target.toString());
            FxLookup.lookup("#export-language").queryAs(ComboBox.class).getSelectionModel().select(1);
        });
        WindowTests.shot(robot, dialog().getScene(), "export-dialog");
        FxClick.on(robot, "#export-run");
        waitFor(() -> FxLookup.lookup("#export-status").queryAs(Label.class).getText().startsWith("Written"));

        assertThat(FxLookup.lookup("#export-status").queryAs(Label.class).getText()).contains(target.toString());
        try (PDDocument pdf = Loader.loadPDF(target.toFile())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Rapport klantbeleving", "Contactmomenten");
        }
    }

    @Test
    void aCsvForExcelWithADecimalCommaIsSemicolonSeparated(FxRobot robot) throws Exception {
        Path copy = Files.copy(TestProjects.demo(), home.resolve("demo.cxlens"));
        robot.interact(() -> {
            model.setLanguage(Locale.forLanguageTag("nl"));
            model.setTheme(Theme.DARK);
            model.open(copy);
        });
        waitFor(() -> model.overviewProperty().get() != null && !model.busyProperty().get());
        robot.interact(WindowTests.menuItem(FxLookup.lookup(".menu-bar").queryAs(MenuBar.class), "exportItem")::fire);
        // Its rows come in over the pulses after it shows, the status line last.
        waitFor(() -> dialog() != null && FxLookup.lookup("#export-status").tryQuery().isPresent());

        @SuppressWarnings("unchecked")
        ComboBox<CsvDialect> separator = FxLookup.lookup("#export-csv").queryAs(ComboBox.class);
        assertThat(separator.isDisabled()).as("only a CSV has a separator").isTrue();
        Path target = home.resolve("respondents.csv");
        robot.interact(() -> {
            FxLookup.lookup("#export-format").queryAs(ComboBox.class).getSelectionModel().select(DeliverableFormat.CSV);
            FxLookup.lookup("#export-target").queryAs(TextField.class).setText(target.toString());
        });
        assertThat(separator.isDisabled()).isFalse();
        robot.interact(() -> separator.getSelectionModel().select(CsvDialect.SEMICOLON));
        assertThat(WindowTests.onFx(() -> separator.getButtonCell().getText()))
                .isEqualTo("Puntkommagescheiden, decimale komma (Excel in NL, DE, FR…)");
        WindowTests.shot(robot, dialog().getScene(), "export-dialog-csv-nl-dark");
        FxClick.on(robot, "#export-run");
        waitFor(() -> FxLookup.lookup("#export-status").queryAs(Label.class).getText().startsWith("Geschreven"));

        List<String> lines = Files.readAllLines(target, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(1501);
        assertThat(lines.get(0)).contains(";").doesNotContain(",");
    }

    private static Window dialog() {
        return Window.getWindows().stream().filter(w -> w.isShowing() && w.getScene() != null
                && w.getScene().getRoot().getStyleClass().contains("export-window")).findFirst().orElse(null);
    }
}
