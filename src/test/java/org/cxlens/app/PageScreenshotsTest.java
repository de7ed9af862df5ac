package org.cxlens.app;

import org.cxlens.testing.FxLookup;
import static org.cxlens.app.WindowTests.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.cxlens.ui.window.MainWindowViewModel;
import org.cxlens.ui.window.Page;
import org.cxlens.ui.window.Theme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A screenshot of every page of the demo project in both themes, named after page and theme
 * ({@code journey-dark.png}), at the default window size; and the Dutch pages at 1280 × 800, the
 * smallest size the app is designed for, named {@code <page>-nl.png}. Each page is checked to be
 * shown, with its figures computed, before its picture is taken.
 */
@ExtendWith(ApplicationExtension.class)
class PageScreenshotsTest {

    private static final Path SHOTS = Path.of("target", "screenshots");

    @TempDir
    Path home;

    private AppWindow window;
    private MainWindowViewModel model;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        window = AppWindow.show(stage, home, "test-shots");
        model = window.model();
    }

    @AfterEach
    void stop(FxRobot robot) {
        window.close(robot);
    }

    @Test
    void everyPageInBothThemes(FxRobot robot) throws Exception {
        robot.interact(model::openDemo);
        waitFor(() -> model.overviewProperty().get() != null && !model.busyProperty().get());
        for (Theme theme : Theme.values()) {
            robot.interact(() -> model.setTheme(theme));
            for (Page page : Page.values()) {
                visit(robot, page);
                shot(robot, page.name().toLowerCase(Locale.ROOT) + "-" + theme.name().toLowerCase(Locale.ROOT));
            }
        }
    }

    @Test
    void everyPageInDutchAt1280By800(FxRobot robot) throws Exception {
        robot.interact(() -> {
            stage.setWidth(1280);
            stage.setHeight(800);
            model.setLanguage(Locale.forLanguageTag("nl"));
            model.openDemo();
        });
        waitFor(() -> model.overviewProperty().get() != null && !model.busyProperty().get());
        for (Page page : Page.values()) {
            visit(robot, page);
            shot(robot, page.name().toLowerCase(Locale.ROOT) + "-nl");
        }
    }

    /**
     * Any project, at any size, in both themes and languages, for looking at real data:
     * {@code ./mvnw test -Dtest=PageScreenshotsTest -Dcxlens.shots.project=big.cxlens -Dcxlens.shots.size=1920x1080}
     * writes {@code <project>-<page>-<theme>-<language>.png}.
     */
    @Test
    @EnabledIfSystemProperty(named = "cxlens.shots.project", matches = ".+")
    void everyPageOfAGivenProject(FxRobot robot) throws Exception {
        Path project = Path.of(System.getProperty("cxlens.shots.project"));
        String[] size = System.getProperty("cxlens.shots.size", "1920x1080").split("x");
        robot.interact(() -> {
            stage.setWidth(Double.parseDouble(size[0]));
            stage.setHeight(Double.parseDouble(size[1]));
            model.open(project);
        });
        WaitForAsyncUtils.waitFor(300, TimeUnit.SECONDS, () -> model.overviewProperty().get() != null
                && !model.busyProperty().get());
        String name = project.getFileName().toString().replace(".cxlens", "") + "-" + size[0];
        for (Locale language : List.of(Locale.ENGLISH, Locale.forLanguageTag("nl"))) {
            robot.interact(() -> model.setLanguage(language));
            for (Theme theme : Theme.values()) {
                robot.interact(() -> model.setTheme(theme));
                for (Page page : Page.values()) {
                    robot.interact(() -> model.currentPageProperty().set(page));
                    WaitForAsyncUtils.waitFor(300, TimeUnit.SECONDS, () -> !model.pageComputingProperty().get());
                    shot(robot, name + "-" + page.name().toLowerCase(Locale.ROOT) + "-"
                            + theme.name().toLowerCase(Locale.ROOT) + "-" + language.getLanguage());
                }
            }
        }
    }

    private void visit(FxRobot robot, Page page) throws Exception {
        robot.interact(() -> model.currentPageProperty().set(page));
        waitFor(() -> !model.pageComputingProperty().get());
        Node shown = FxLookup.lookup(".page-" + page.name().toLowerCase(Locale.ROOT)).query();
        assertThat(shown.isVisible()).isTrue();
        assertThat(shown.getScene()).isSameAs(stage.getScene());
        assertThat(shown.getOpacity()).as("not dimmed as out of date").isEqualTo(1.0);
    }

    private void shot(FxRobot robot, String name) throws IOException {
        Files.createDirectories(SHOTS);
        Path file = SHOTS.resolve(name + ".png");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            try {
                ImageIO.write(SwingFXUtils.fromFXImage(stage.getScene().getRoot().snapshot(null, null), null), "png",
                        file.toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        assertThat(file).exists();
    }
}
