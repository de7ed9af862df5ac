package org.cxlens.app;

import org.cxlens.testing.FxClick;
import org.cxlens.testing.FxLookup;
import static org.assertj.core.api.Assertions.assertThat;
import static org.cxlens.app.WindowTests.shot;
import static org.cxlens.app.WindowTests.waitFor;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.cxlens.analysis.Filter;
import org.cxlens.domain.ExperienceClass;
import org.cxlens.report.JourneyStep;
import org.cxlens.testing.TestFiles;
import org.cxlens.ui.ChartPicture;
import org.cxlens.ui.TaskRunner;
import org.cxlens.ui.window.MainWindow;
import org.cxlens.ui.window.MainWindowViewModel;
import org.cxlens.ui.window.Page;
import org.cxlens.ui.window.Theme;
import org.cxlens.ui.window.WindowSettings;
import org.cxlens.workspace.ReportPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Save as report… from the window, a report opened as a manager sees it, and a chart saved as PNG. */
@ExtendWith(ApplicationExtension.class)
class ReportFileWindowTest {

    private static final String NOTE = "Delight falls after the delivery: look at the journey first.";

    @TempDir
    Path home;

    private final Locale defaultLocale = Locale.getDefault();
    private final ExecutorService background = BackgroundExecutor.create("test-report-window");
    private MainWindowViewModel model;
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        new SettingsFile(home).save(new WindowSettings(null, List.of(), Locale.ENGLISH, Theme.LIGHT));
        model = new MainWindowViewModel(TestProjects.pages(), new SettingsFile(home), TaskRunner.on(background));
        window = new MainWindow(stage, model, "test", home);
        window.show();
        stage.setWidth(1280);
        stage.setHeight(800);
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(() -> stage.close());
        background.shutdownNow();
        Locale.setDefault(defaultLocale);
    }

    @Test
    void aReportSavedFromTheWindowOpensOnItsPageFilterAndNoteWithoutEditingAndIsNeverWritten(FxRobot robot)
            throws Exception {
        assertThat(FxLookup.lookup(".start-button").queryAll()).extracting(n -> ((javafx.scene.control.Button) n).getText())
                .contains("Open project or report…");
        robot.interact(model::openDemo);
        waitFor(() -> model.overviewProperty().get() != null && !model.busyProperty().get());
        String wave = model.filters().choicesProperty().get().waves().get(1);
        Filter filter = Filter.NONE.withWaves(Set.of(wave)).withClasses(Set.of(ExperienceClass.DELIGHTED,
                ExperienceClass.SATISFIED));
        robot.interact(() -> {
            model.filters().apply(filter);
            model.currentPageProperty().set(Page.JOURNEY);
        });
        waitFor(() -> FxLookup.lookup(".journey-chart").tryQuery().isPresent());

        Path report = home.resolve("board report.cxlens");
        FxClick.on(robot, "File");
        FxClick.on(robot, "Save as report…");
        waitFor(() -> FxLookup.lookup(".save-report-file").tryQuery().isPresent());
        assertThat(FxLookup.lookup("Journey").tryQuery()).isPresent();
        robot.interact(() -> {
            FxLookup.lookup(".save-report-file").queryAs(TextField.class).setText(report.toString());
            FxLookup.lookup(".save-report-note").queryAs(TextArea.class).setText(NOTE);
        });
        shot(robot, FxLookup.lookup(".save-report-file").query().getScene(), "save-report-dialog");
        FxClick.on(robot, "Save report");
        waitFor(() -> model.noticeProperty().get().startsWith("Saved the report"));
        assertThat(report).exists();
        String sha = TestFiles.sha256(report);
        FileTime modified = Files.getLastModifiedTime(report);

        robot.interact(model::close);
        robot.interact(() -> model.open(report));
        waitFor(() -> model.reportProperty().get() && model.overviewProperty().get() != null);
        waitFor(() -> FxLookup.lookup(".journey-chart").tryQuery().isPresent());

        assertThat(model.currentPageProperty().get()).isEqualTo(Page.JOURNEY);
        assertThat(model.filters().filter()).isEqualTo(filter);
        assertThat(FxLookup.lookup(".filter-chip").queryAll()).hasSize(2);
        assertThat(text(robot, ".report-note-text")).isEqualTo(NOTE);
        assertThat(stage.getTitle()).isEqualTo("board report — report (read-only) — CX Lens");
        assertThat(text(robot, ".status-project")).isEqualTo("board report.cxlens — report (read-only)");
        MenuBar menus = FxLookup.lookup(".menu-bar").queryAs(MenuBar.class);
        for (String editing : List.of("newFromSurveyItem", "importWaveItem", "classificationItem")) {
            assertThat(WindowTests.menuItem(menus, editing).isVisible()).as(editing).isFalse();
        }
        shot(robot, stage.getScene(), "report-light");
        robot.interact(() -> model.setTheme(Theme.DARK));
        shot(robot, stage.getScene(), "report-dark");
        robot.interact(() -> model.setTheme(Theme.LIGHT));

        // Drilling down works: the first step's delighted point opens as many respondents as it counts.
        JourneyStep first = model.journey().chartProperty().get().steps().get(0);
        robot.clickOn(FxLookup.from(FxLookup.lookup(".journey-chart").<Node>query()).lookup(".point-delighted").nth(0)
                .<Node>query());
        waitFor(() -> FxLookup.lookup(".drill-table").tryQuery().isPresent());
        assertThat(FxLookup.lookup(".drill-table").queryAs(TableView.class).getItems()).hasSize(first.delighted().n());
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        waitFor(() -> FxLookup.lookup(".drill-table").tryQuery().isEmpty());

        // The Project page shows the catalogue, imports and change log, without any of their editing.
        robot.interact(() -> model.currentPageProperty().set(Page.PROJECT));
        waitFor(() -> FxLookup.lookup(".catalogue-table").tryQuery().map(Node::isVisible).orElse(false));
        assertThat(FxLookup.lookup(".apply-button").tryQuery()).isEmpty();
        assertThat(FxLookup.lookup(".merge-button").tryQuery()).isEmpty();
        assertThat(FxLookup.lookup(".move-up").tryQuery()).isEmpty();
        assertThat(FxLookup.lookup("Classification").tryQuery()).isEmpty();

        robot.interact(() -> model.closeReportNote());
        assertThat(FxLookup.lookup(".report-note").query().isVisible()).isFalse();
        robot.interact(() -> WindowTests.menuItem(menus, "dutchItem").fire());
        waitFor(() -> stage.getTitle().contains("rapport (alleen-lezen)"));
        robot.interact(() -> model.currentPageProperty().set(Page.JOURNEY));
        waitFor(() -> FxLookup.lookup(".journey-chart").tryQuery().isPresent());
        shot(robot, stage.getScene(), "report-nl");

        robot.interact(model::close);
        assertThat(TestFiles.sha256(report)).isEqualTo(sha);
        assertThat(Files.getLastModifiedTime(report)).isEqualTo(modified);
        assertThat(Path.of(report + "-journal")).doesNotExist();
    }

    @Test
    void aProjectPageShowsItsEditingAgainAfterAReport(FxRobot robot) throws Exception {
        Path report = home.resolve("r.cxlens");
        try (var demo = org.cxlens.workspace.OpenProject.open(TestProjects.demo())) {
            demo.saveReport(report, Filter.NONE, ReportPage.PROJECT, "");
        }
        robot.interact(() -> model.open(report));
        waitFor(() -> model.reportProperty().get()
                && FxLookup.lookup(".catalogue-table").tryQuery().map(Node::isVisible).orElse(false));
        assertThat(FxLookup.lookup(".apply-button").tryQuery()).isEmpty();
        assertThat(FxLookup.lookup(".report-note").query().isVisible()).isFalse();

        robot.interact(model::openDemo);
        waitFor(() -> !model.reportProperty().get() && FxLookup.lookup(".apply-button").tryQuery().isPresent());
        MenuBar menus = FxLookup.lookup(".menu-bar").queryAs(MenuBar.class);
        assertThat(WindowTests.menuItem(menus, "importWaveItem").isVisible()).isTrue();
        assertThat(stage.getTitle()).isEqualTo("demo — CX Lens");
    }

    @Test
    void aChartsContextMenuSavesItAsAPngOfTheChosenPixelSize(FxRobot robot) throws Exception {
        robot.interact(model::openDemo);
        waitFor(() -> model.overviewProperty().get() != null && !model.busyProperty().get());
        robot.interact(() -> model.currentPageProperty().set(Page.JOURNEY));
        waitFor(() -> FxLookup.lookup(".journey-chart").tryQuery().isPresent());
        AtomicReference<ChartPicture.Request> requested = new AtomicReference<>();
        robot.interact(() -> stage.getScene().getRoot().addEventFilter(ChartPicture.REQUESTED, e -> {
            requested.set(e);
            e.consume();
        }));

        // Monocle makes no context-menu event of a right click: the one the desktop would make is fired.
        Node chart = FxLookup.lookup(".journey-chart").query();
        robot.interact(() -> {
            javafx.geometry.Point2D at = chart.localToScreen(100, 100);
            chart.fireEvent(new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, 100, 100, at.getX(),
                    at.getY(), false, null));
        });
        FxClick.on(robot, "Save chart as PNG…");
        waitFor(() -> requested.get() != null);
        assertThat(requested.get().name()).isEqualTo("Journey");
        // The window's dialog offers the chart's size on screen, 2× and the picture's pixel size.
        javafx.application.Platform.runLater(() -> window.saveChartPicture(requested.get()));
        waitFor(() -> FxLookup.lookup(".chart-png-width").tryQuery().isPresent());
        assertThat(FxLookup.lookup(".chart-png-scale-2").queryAs(javafx.scene.control.RadioButton.class).isSelected())
                .isTrue();
        Label sizeHint = FxLookup.from(FxLookup.lookup(".chart-png-dialog").<Node>query()).lookup(".save-report-hint")
                .queryAs(Label.class);
        javafx.scene.control.Spinner<?> width = FxLookup.lookup(".chart-png-width").queryAs(javafx.scene.control.Spinner.class);
        assertThat(sizeHint.getText()).contains(String.format(Locale.ENGLISH, "%,d ×", 2 * (Integer) width.getValue()));
        shot(robot, FxLookup.lookup(".chart-png-width").query().getScene(), "chart-png-dialog");
        FxClick.on(robot, "Cancel");
        waitFor(() -> FxLookup.lookup(".chart-png-width").tryQuery().isEmpty());

        Path png = home.resolve("journey.png");
        AtomicReference<ChartPicture.Pixels> pixels = new AtomicReference<>();
        robot.interact(() -> pixels.set(requested.get().render(Theme.LIGHT.stylesheets(), 640, 400, 2)));
        robot.interact(() -> model.savePicture(pixels.get(), png));
        waitFor(() -> model.noticeProperty().get().startsWith("Saved the chart as journey.png (1,280 × 800 pixels)"));

        BufferedImage read = ImageIO.read(png.toFile());
        assertThat(read.getWidth()).isEqualTo(1280);
        assertThat(read.getHeight()).isEqualTo(800);
        // The delighted line is drawn in the class colour (#0072b2), not left blank.
        assertThat(count(read, 0x0072b2)).isGreaterThan(200);
        Files.copy(png, WindowTests.SHOTS.resolve("chart-journey-2x.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void theFileMenuSavesTheShownPagesChartAndIsOffOnAPageWithoutOne(FxRobot robot) throws Exception {
        robot.interact(model::openDemo);
        waitFor(() -> model.overviewProperty().get() != null && !model.busyProperty().get());
        robot.interact(() -> model.currentPageProperty().set(Page.JOURNEY));
        waitFor(() -> FxLookup.lookup(".journey-chart").tryQuery().isPresent());
        AtomicReference<ChartPicture.Request> requested = new AtomicReference<>();
        robot.interact(() -> stage.getScene().getRoot().addEventFilter(ChartPicture.REQUESTED, e -> {
            requested.set(e);
            e.consume();
        }));

        FxClick.on(robot, "File");
        FxClick.on(robot, "Save this page's chart as PNG…");
        waitFor(() -> requested.get() != null);
        assertThat(requested.get().name()).isEqualTo("Journey");

        robot.interact(() -> model.currentPageProperty().set(Page.COMMENTS));
        FxClick.on(robot, "File");
        MenuItem item = FxLookup.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().get(0).getItems().stream()
                .filter(i -> "Save this page's _chart as PNG…".equals(i.getText())).findFirst().orElseThrow();
        assertThat(item.isDisable()).isTrue();
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
    }

    @Test
    void everyPagesChartCanBeSavedAsAPicture(FxRobot robot) throws Exception {
        robot.interact(model::openDemo);
        waitFor(() -> model.overviewProperty().get() != null && !model.busyProperty().get());
        AtomicReference<ChartPicture.Request> requested = new AtomicReference<>();
        robot.interact(() -> stage.getScene().getRoot().addEventFilter(ChartPicture.REQUESTED, e -> {
            requested.set(e);
            e.consume();
        }));
        Map<Page, String> charts = new LinkedHashMap<>();
        charts.put(Page.OVERVIEW, "#touchpointChart");
        charts.put(Page.TOUCHPOINTS, ".touchpoint-rows");
        charts.put(Page.DEPARTMENTS, ".department-rows");
        charts.put(Page.DRIVERS, ".matrix-holder");
        charts.put(Page.HEATMAP, ".heatmap-body");
        charts.put(Page.TREND, ".trend-plot");
        for (Map.Entry<Page, String> chart : charts.entrySet()) {
            requested.set(null);
            robot.interact(() -> model.currentPageProperty().set(chart.getKey()));
            waitFor(() -> FxLookup.lookup(chart.getValue()).tryQuery().map(Node::isVisible).orElse(false)
                    && !model.pageComputingProperty().get());
            Node node = FxLookup.lookup(chart.getValue()).query();
            robot.interact(() -> {
                javafx.geometry.Point2D at = node.localToScreen(20, 20);
                node.fireEvent(new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, 20, 20, at.getX(),
                        at.getY(), false, null));
            });
            FxClick.on(robot, "Save chart as PNG…");
            waitFor(() -> requested.get() != null);
            AtomicReference<ChartPicture.Pixels> pixels = new AtomicReference<>();
            robot.interact(() -> pixels.set(requested.get().render(Theme.DARK.stylesheets(), 900, 560, 1)));
            assertThat(pixels.get()).as(chart.getKey().name()).isNotNull();
            Path png = WindowTests.SHOTS.resolve("chart-" + chart.getKey().name().toLowerCase(Locale.ROOT) + "-dark.png");
            Files.createDirectories(png.getParent());
            ChartPicture.writePng(pixels.get(), png);
            BufferedImage read = ImageIO.read(png.toFile());
            assertThat(read.getWidth()).isEqualTo(900);
            assertThat(read.getHeight()).isEqualTo(560);
            // Drawn, not blank: bars, points, cells and labels in many colours, not one background.
            assertThat(distinctColours(read)).as(chart.getKey().name()).isGreaterThan(20);
        }
    }

    private static long distinctColours(BufferedImage image) {
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                seen.add(image.getRGB(x, y));
            }
        }
        return seen.size();
    }

    private static long count(BufferedImage image, int rgb) {
        long n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == rgb) {
                    n++;
                }
            }
        }
        return n;
    }

    private static String text(FxRobot robot, String query) {
        return FxLookup.lookup(query).queryAs(Label.class).getText();
    }
}
