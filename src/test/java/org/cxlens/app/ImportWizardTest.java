package org.cxlens.app;

import org.cxlens.testing.FxClick;
import org.cxlens.testing.FxLookup;
import static org.assertj.core.api.Assertions.assertThat;
import static org.cxlens.app.WindowTests.onFx;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.cxlens.domain.ColumnRole;
import org.cxlens.domain.Progress;
import org.cxlens.sample.SampleFiles;
import org.cxlens.sample.SampleLayout;
import org.cxlens.ui.window.MainWindowViewModel;
import org.cxlens.ui.window.Theme;
import org.cxlens.ui.wizard.ColumnRow;
import org.cxlens.ui.wizard.ImportWizardViewModel;
import org.cxlens.ui.wizard.WizardStep;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The import wizard in the app's window, headless: every sample through every step with one
 * role and one scale overridden, a cancel in the middle of an import, a damaged file, and the
 * next wave with the earlier mapping. The native file choosers are the one thing not clicked:
 * the test gives the wizard's model the file a user would choose.
 */
@ExtendWith(ApplicationExtension.class)
class ImportWizardTest {

    private static final Path SHOTS = Path.of("target", "screenshots");

    @TempDir
    Path home;

    private AppWindow window;
    private MainWindowViewModel model;

    @Start
    void start(Stage stage) throws Exception {
        window = AppWindow.show(stage, home, "test-wizard");
        model = window.model();
    }

    @AfterEach
    void stop(FxRobot robot) {
        window.close(robot);
    }

    @Test
    void everySampleImportsThroughTheWizardWithARoleAndAScaleOverridden(FxRobot robot) throws Exception {
        List<String> samples = List.of("dutch-export.csv", "qualtrics-export.csv", "surveymonkey-export.xlsx",
                "long-format.xlsx");
        for (String sample : samples) {
            if (model.projectProperty().get() == null) {
                FxClick.on(robot, "New project from a survey file…");
            } else {
                menu(robot, "File", "New project from a survey file…");
            }
            ImportWizardViewModel w = wizard(robot);
            boolean shots = sample.equals("surveymonkey-export.xlsx");
            if (shots) {
                shot(robot, "wizard-file");
            }
            robot.interact(() -> w.chooseFile(Path.of("samples", sample)));
            waitFor(() -> !w.busyProperty().get() && w.stepProperty().get() != WizardStep.FILE);
            if (w.stepProperty().get() == WizardStep.SHEET) {
                assertThat(onFx(() -> FxLookup.lookup(".wizard-sheets").queryListView().getItems())).isNotEmpty();
                if (shots) {
                    shot(robot, "wizard-sheet");
                }
                FxClick.on(robot, ".wizard-next");
                waitFor(() -> !w.busyProperty().get() && w.stepProperty().get() == WizardStep.PREVIEW);
            }
            assertThat(onFx(() -> FxLookup.lookup(".wizard-detected").queryAs(Label.class).getText()))
                    .startsWith("Read as");
            // The table, the choices and most columns come in over the pulses after the step's first frame.
            waitFor(() -> FxLookup.lookup(".wizard-layout").tryQuery().isPresent()
                    && FxLookup.lookup(".wizard-preview-table").tryQuery().isPresent());
            TableView<?> preview = onFx(() -> FxLookup.lookup(".wizard-preview-table").queryTableView());
            waitFor(() -> preview.getColumns().size() == w.previewProperty().get().columns().size() + 1
                    && preview.getItems().size() == w.previewProperty().get().sampleRows().size());
            if (shots) {
                shot(robot, "wizard-preview");
            }
            FxClick.on(robot, ".wizard-next");
            waitFor(() -> !w.busyProperty().get() && w.stepProperty().get() == WizardStep.COLUMNS);
            TableView<?> table = onFx(() -> FxLookup.lookup(".wizard-columns-table").queryTableView());
            // The columns and then the rows come in over a few frames, so that no frame holds the window up for all of them.
            waitFor(() -> table.getColumns().size() == 8
                    && table.getItems().size() == w.previewProperty().get().columns().size());
            ColumnRow score = w.columns().stream().filter(r -> r.roleProperty().get() == ColumnRole.TOUCHPOINT_SCORE
                    || r.roleProperty().get() == ColumnRole.OVERALL_SATISFACTION).findFirst().orElseThrow();
            ColumnRow segment = w.columns().stream().filter(r -> r.roleProperty().get() == ColumnRole.SEGMENT)
                    .findFirst().orElse(null);
            robot.interact(() -> {
                w.setScale(List.of(score), "0–10");
                if (segment != null) {
                    w.setRole(List.of(segment), ColumnRole.IGNORE);
                }
            });
            if (shots) {
                assertNoHeaderCut(robot, ".wizard-columns-table");
                shot(robot, "wizard-columns");
            }
            FxClick.on(robot, ".wizard-next");
            waitFor(() -> !w.busyProperty().get() && w.stepProperty().get() == WizardStep.CHECK);
            long respondents = w.checkProperty().get().counts().respondents();
            assertThat(respondents).as(sample).isPositive();
            if (shots) {
                shot(robot, "wizard-check");
            }
            Path project = home.resolve(sample + ".cxlens");
            robot.interact(() -> w.targetProperty().set(project));
            FxClick.on(robot, ".wizard-next");
            // The dashboard is offered once the project's overview figures are kept in it.
            waitFor(() -> !w.busyProperty().get() && w.stepProperty().get() == WizardStep.RESULT
                    && !w.preparingProperty().get());
            assertThat(w.resultProperty().get().result().counts().respondents()).as(sample).isEqualTo(respondents);
            assertThat(w.resultProperty().get().result().mapping().column(score.column()).scale().label())
                    .isEqualTo("0–10");
            if (segment != null) {
                assertThat(w.resultProperty().get().result().mapping().column(segment.column()).role())
                        .isEqualTo(ColumnRole.IGNORE);
            }
            if (shots) {
                shot(robot, "wizard-result");
            }
            FxClick.on(robot, "Open the dashboard");
            // The File menu's items stay disabled while the window is busy, and a click on a disabled item is lost.
            waitFor(() -> model.projectProperty().get() != null && model.projectProperty().get().path().equals(project)
                    && model.overviewProperty().get() != null && !model.busyProperty().get());
            assertThat(model.overviewProperty().get().respondents()).isEqualTo(respondents);
        }
    }

    @Test
    void aCancelInTheMiddleLeavesTheOpenProjectByteForByteAsItWas(FxRobot robot) throws Exception {
        // Both waves come from the same generator, so the second fits the first's touchpoints and scales.
        Path firstWave = home.resolve("wave1.csv");
        SampleFiles.writePlainWide(firstWave, SampleLayout.PLAIN_CSV, 500, 3, Progress.NONE);
        Path project = home.resolve("first.cxlens");
        FxClick.on(robot, "New project from a survey file…");
        ImportWizardViewModel first = wizard(robot);
        runToResult(robot, first, firstWave, project);
        FxClick.on(robot, "Open the dashboard");
        waitFor(() -> model.projectProperty().get() != null && model.overviewProperty().get() != null);
        String before = sha256(project);

        Path big = home.resolve("big.csv");
        SampleFiles.writePlainWide(big, SampleLayout.PLAIN_CSV, 300_000, 7, Progress.NONE);
        menu(robot, "File", "Import another wave…");
        ImportWizardViewModel w = wizard(robot);
        robot.interact(() -> w.chooseFile(big));
        waitFor(() -> !w.busyProperty().get() && w.stepProperty().get() == WizardStep.PREVIEW);
        FxClick.on(robot, ".wizard-next");
        waitFor(() -> !w.busyProperty().get() && w.stepProperty().get() == WizardStep.COLUMNS);
        assertThat(w.profileProperty().get()).isNotNull();
        FxClick.on(robot, ".wizard-next");
        waitFor(() -> !w.busyProperty().get() && w.stepProperty().get() == WizardStep.CHECK);
        FxClick.on(robot, ".wizard-next");
        // The first progress is the middle of the import: the rows are being written, nothing committed.
        waitFor(() -> w.progress().rowsProperty().get() > 0);
        assertThat(w.stepProperty().get()).isEqualTo(WizardStep.IMPORT);
        shot(robot, "wizard-import");
        FxClick.on(robot, ".wizard-cancel");
        waitFor(() -> !w.busyProperty().get() && w.stepProperty().get() == WizardStep.CHECK);
        waitFor(() -> FxLookup.lookup(".wizard-notice").queryAs(Label.class).getText()
                .equals("Cancelled: nothing was changed."));
        assertThat(w.progress().rowsProperty().get()).isLessThan(300_000);
        assertThat(sha256(project)).isEqualTo(before);
        assertThat(Path.of(project + "-journal")).doesNotExist();
    }

    @Test
    void aDamagedFileIsOneDialogNamingItAndNothingIsWritten(FxRobot robot) throws Exception {
        Path bad = home.resolve("damaged.xlsx");
        Files.write(bad, new byte[] {'P', 'K', 3, 4, 0, 0, 9, 9, 9});
        String before = sha256(bad);
        FxClick.on(robot, "New project from a survey file…");
        ImportWizardViewModel w = wizard(robot);
        robot.interact(() -> w.chooseFile(bad));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> FxLookup.lookup(".problem-dialog").tryQuery().isPresent());
        String header = onFx(() -> FxLookup.lookup(".problem-dialog .header-panel .label").queryAs(Label.class).getText());
        assertThat(header).isEqualTo("Cannot read damaged.xlsx");
        assertThat(onFx(() -> FxLookup.lookup(".problem-dialog .content").queryAs(Label.class).getText()))
                .contains("damaged.xlsx");
        Scene dialog = onFx(() -> FxLookup.lookup(".problem-dialog").query().getScene());
        shotOf(robot, dialog, "wizard-error");
        assertThat(onFx(() -> FxLookup.lookup(".problem-dialog").queryAll())).hasSize(1);
        assertThat(w.stepProperty().get()).isEqualTo(WizardStep.FILE);
        assertThat(sha256(bad)).isEqualTo(before);
        try (var files = Files.list(home)) {
            assertThat(files.filter(f -> f.toString().endsWith(".cxlens")).toList()).isEmpty();
        }
    }

    @Test
    void theNextWaveIsProposedTheEarlierMappingAndShownInDarkAndDutch(FxRobot robot) throws Exception {
        Path project = home.resolve("waves.cxlens");
        FxClick.on(robot, "New project from a survey file…");
        runToResult(robot, wizard(robot), Path.of("samples", "dutch-export.csv"), project);
        FxClick.on(robot, "Open the dashboard");
        waitFor(() -> model.projectProperty().get() != null && model.overviewProperty().get() != null);
        Path wave2 = home.resolve("wave2.csv");
        String text = Files.readString(Path.of("samples", "dutch-export.csv"), java.nio.charset.StandardCharsets.ISO_8859_1);
        Files.writeString(wave2, text.replaceFirst(";Kanaal;", ";Verkoopkanaal;"), java.nio.charset.StandardCharsets.ISO_8859_1);

        robot.interact(() -> {
            model.setTheme(Theme.DARK);
            model.setLanguage(Locale.forLanguageTag("nl"));
        });
        menu(robot, "Bestand", "Nog een meting importeren…");
        ImportWizardViewModel w = wizard(robot);
        robot.interact(() -> w.chooseFile(wave2));
        waitFor(() -> !w.busyProperty().get() && w.stepProperty().get() == WizardStep.PREVIEW);
        FxClick.on(robot, ".wizard-next");
        waitFor(() -> !w.busyProperty().get() && w.stepProperty().get() == WizardStep.COLUMNS);
        assertThat(onFx(() -> FxLookup.lookup(".wizard-notice").queryAs(Label.class).getText()))
                .isEqualTo("De koppeling van dutch-export.csv is toegepast. Nieuwe kolommen (zoals voorgesteld): "
                        + "Verkoopkanaal. Ontbrekende kolommen: Kanaal.");
        TableView<?> columns = onFx(() -> FxLookup.lookup(".wizard-columns-table").queryTableView());
        waitFor(() -> columns.getColumns().size() == 8 && columns.getItems().size() == w.columns().size());
        assertNoHeaderCut(robot, ".wizard-columns-table");
        shot(robot, "wizard-columns-dark");
        FxClick.on(robot, ".wizard-next");
        waitFor(() -> !w.busyProperty().get() && w.stepProperty().get() == WizardStep.CHECK);
        shot(robot, "wizard-check-nl");
        FxClick.on(robot, ".wizard-next");
        // The dashboard is offered once the project's overview figures are kept in it.
        waitFor(() -> !w.busyProperty().get() && w.stepProperty().get() == WizardStep.RESULT
                && !w.preparingProperty().get());
        FxClick.on(robot, "Dashboard openen");
        waitFor(() -> model.overviewProperty().get() != null && model.overviewProperty().get().respondents() == 2000);
    }

    /** Every column header of the table shows its whole text, not one cut short with an ellipsis. */
    private static void assertNoHeaderCut(FxRobot robot, String table) throws Exception {
        List<String> shown = onFx(() -> FxLookup.lookup(table + " .column-header .label").queryAllAs(Label.class).stream()
                .map(l -> l.lookup(".text") instanceof javafx.scene.text.Text t ? t.getText() : l.getText()).toList());
        assertThat(shown).isNotEmpty().noneMatch(t -> t.endsWith("…") || t.endsWith("..."));
    }

    private void runToResult(FxRobot robot, ImportWizardViewModel w, Path file, Path project) throws Exception {
        robot.interact(() -> w.chooseFile(file));
        waitFor(() -> !w.busyProperty().get() && w.stepProperty().get() == WizardStep.PREVIEW);
        FxClick.on(robot, ".wizard-next");
        waitFor(() -> !w.busyProperty().get() && w.stepProperty().get() == WizardStep.COLUMNS);
        FxClick.on(robot, ".wizard-next");
        waitFor(() -> !w.busyProperty().get() && w.stepProperty().get() == WizardStep.CHECK);
        robot.interact(() -> w.targetProperty().set(project));
        FxClick.on(robot, ".wizard-next");
        // The dashboard is offered once the project's overview figures are kept in it.
        waitFor(() -> !w.busyProperty().get() && w.stepProperty().get() == WizardStep.RESULT
                && !w.preparingProperty().get());
    }

    /**
     * Chooses a menu item as the keyboard or a click does, through the item's own action: the
     * pointer, sent from the menu title to the item, sometimes crossed the menu bar and opened the
     * menu beside it instead (headless, on a loaded machine), and the wizard never came.
     */
    private static void menu(FxRobot robot, String title, String item) throws Exception {
        MenuBar bar = onFx(() -> FxLookup.lookup(".menu-bar").queryAs(MenuBar.class));
        MenuItem found = bar.getMenus().stream().filter(m -> m.getText().replace("_", "").equals(title))
                .flatMap(m -> m.getItems().stream())
                .filter(i -> i.getText() != null && i.getText().replace("_", "").equals(item)).findFirst().orElseThrow();
        assertThat(found.isDisable()).as(item + " enabled").isFalse();
        robot.interact(found::fire);
    }

    private ImportWizardViewModel wizard(FxRobot robot) throws Exception {
        waitFor(() -> FxLookup.lookup(".import-wizard").tryQuery().isPresent());
        Stage s = onFx(() -> (Stage) FxLookup.lookup(".import-wizard").query().getScene().getWindow());
        robot.interact(() -> {
            s.setWidth(1280);
            s.setHeight(800);
        });
        return (ImportWizardViewModel) s.getProperties().get(ImportWizardViewModel.class);
    }

    /** Waits for the condition, failing at once with its text when the wizard shows a problem dialog instead. */
    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        // Asked on the FX thread: a lookup beside the FX thread's changes to the scene can fail midway.
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
            try {
                return WaitForAsyncUtils.asyncFx(() -> {
                    new FxRobot().lookup(".problem-dialog").tryQuery().ifPresent(d -> {
                        DialogPane problem = (DialogPane) d;
                        throw new AssertionError("Problem dialog: " + problem.getHeaderText() + " "
                                + problem.getContentText());
                    });
                    return condition.call();
                }).get();
            } catch (java.util.concurrent.ExecutionException e) {
                if (e.getCause() instanceof AssertionError problem) {
                    throw problem;
                }
                throw e;
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void shot(FxRobot robot, String name) throws Exception {
        shotOf(robot, onFx(() -> FxLookup.lookup(".import-wizard").query().getScene()), name);
    }

    private void shotOf(FxRobot robot, Scene scene, String name) throws IOException {
        Files.createDirectories(SHOTS);
        Path file = SHOTS.resolve(name + ".png");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            try {
                ImageIO.write(SwingFXUtils.fromFXImage(scene.getRoot().snapshot(null, null), null), "png", file.toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        assertThat(file).exists();
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
