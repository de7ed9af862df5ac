package org.cxlens.app;

import org.cxlens.testing.FxClick;
import org.cxlens.testing.FxLookup;
import static org.assertj.core.api.Assertions.assertThat;
import static org.cxlens.app.WindowTests.waitFor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.cxlens.analysis.Filter;
import org.cxlens.domain.Progress;
import org.cxlens.domain.Touchpoint;
import org.cxlens.importer.ReadOptions;
import org.cxlens.importer.SurveyImport;
import org.cxlens.importer.mapping.MappingProfile;
import org.cxlens.storage.ProjectFile;
import org.cxlens.ui.window.MainWindowViewModel;
import org.cxlens.ui.window.Theme;
import org.cxlens.workspace.CommentList;
import org.cxlens.workspace.CommentQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The comments page in the main window on the demo project: counts, filter, search, copy, drill-down, Dutch. */
@ExtendWith(ApplicationExtension.class)
class CommentsPageTest {

    @TempDir
    Path home;

    private AppWindow window;
    private MainWindowViewModel model;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        window = AppWindow.show(stage, home, "test-comments", TestProjects.demo());
        model = window.model();
    }

    @AfterEach
    void stop(FxRobot robot) {
        window.close(robot);
    }

    @Test
    void theCommentsPageCountsTheEnginesCommentsFollowsFilterAndSearchAndOpensTheWriter(FxRobot robot)
            throws Exception {
        robot.interact(() -> {
            stage.setWidth(1280);
            stage.setHeight(800);
        });
        FxClick.on(robot, "Open the demo project");
        waitFor(() -> model.overviewProperty().get() != null && !model.busyProperty().get());
        robot.clickOn(FxLookup.from(FxLookup.lookup("#pageList").<Node>query()).lookup("Comments").<Node>query());
        waitFor(() -> !text(robot, ".comments-count").isEmpty());

        CommentList all = model.projectProperty().get().comments(Filter.NONE, CommentQuery.ALL);
        assertThat(text(robot, ".comments-count")).isEqualTo(String.format(Locale.ENGLISH,
                "%,d comments from %,d respondents", all.size(), all.respondents()));
        ListView<?> list = FxLookup.lookup(".comments-list").queryAs(ListView.class);
        assertThat(list.getItems()).hasSize(all.size());
        waitFor(() -> FxLookup.lookup(".comment-stripe").tryQuery().isPresent());
        String firstText = all.page(0, 1).get(0).text();
        assertThat(text(robot, ".comment-meta")).startsWith("Respondent " + all.page(0, 1).get(0).respondentId() + " · ");
        assertThat(FxLookup.lookup(".comment-text").<TextFlow>query().getChildren())
                .extracting(n -> ((Text) n).getText()).containsExactly(firstText);
        shot(robot, "comments-light");
        robot.interact(() -> model.setTheme(Theme.DARK));
        shot(robot, "comments-dark");
        robot.interact(() -> model.setTheme(Theme.LIGHT));

        robot.interact(() -> model.filters().setWaves(List.of("2025-Q1")));
        CommentList q1 = model.projectProperty().get().comments(Filter.NONE.withWaves(Set.of("2025-Q1")),
                CommentQuery.ALL);
        waitFor(() -> list.getItems().size() == q1.size());
        assertThat(q1.size()).isLessThan(all.size());
        assertThat(text(robot, ".comments-count")).isEqualTo(String.format(Locale.ENGLISH,
                "%,d comments from %,d respondents", q1.size(), q1.respondents()));

        ComboBox<?> about = FxLookup.lookup(".comments-touchpoint").queryAs(ComboBox.class);
        Touchpoint delivery = model.projectProperty().get().data().touchpoints().stream()
                .filter(t -> t.name().equals("Delivery")).findFirst().orElseThrow();
        CommentList rated = model.projectProperty().get().comments(Filter.NONE.withWaves(Set.of("2025-Q1")),
                CommentQuery.ALL.withTouchpoint(delivery));
        robot.clickOn(about);
        robot.clickOn(FxLookup.lookup(".list-cell").match(n -> "Delivery".equals(((Labeled) n).getText())).<Node>query());
        waitFor(() -> list.getItems().size() == rated.size());
        assertThat(text(robot, ".comments-note")).isEqualTo(
                "No comment question is about Delivery: showing every comment of the respondents who rated it.");
        shot(robot, "comments-touchpoint-light");
        robot.clickOn(about);
        robot.clickOn(FxLookup.lookup(".list-cell").match(n -> "All touchpoints".equals(((Labeled) n).getText()))
                .<Node>query());
        waitFor(() -> list.getItems().size() == q1.size());
        assertThat(FxLookup.lookup(".comments-note").query().isVisible()).isFalse();

        FxClick.on(robot, ".comments-list");
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        TextField search = FxLookup.lookup(".comments-search").queryAs(TextField.class);
        waitFor(search::isFocused);
        robot.write("Installation");
        CommentList found = model.projectProperty().get().comments(Filter.NONE.withWaves(Set.of("2025-Q1")),
                CommentQuery.ALL.withSearch("installation"));
        waitFor(() -> list.getItems().size() == found.size());
        assertThat(text(robot, ".comments-count")).endsWith(String.format(Locale.ENGLISH,
                "(of %,d comments in the filter)", q1.size()));
        waitFor(() -> FxLookup.lookup(".comment-match").tryQuery().isPresent());
        shot(robot, "comments-search-light");

        robot.interact(() -> list.getSelectionModel().select(0));
        FxClick.on(robot, ".comments-list .comment-meta");
        robot.press(KeyCode.CONTROL, KeyCode.C).release(KeyCode.C, KeyCode.CONTROL);
        String expected = found.copyText(new int[] {0}, Locale.ENGLISH);
        waitFor(() -> expected.equals(WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get()));

        robot.clickOn(FxLookup.lookup(".comment-respondent").<Hyperlink>query());
        waitFor(() -> FxLookup.lookup(".drill-table").tryQuery().isPresent());
        assertThat(FxLookup.lookup(".drill-table").queryAs(TableView.class).getItems()).hasSize(1);
        assertThat(text(robot, ".drill-sentence")).isEqualTo("respondent " + found.page(0, 1).get(0).respondentId()
                + " · wave 2025-Q1: 1 respondent");
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        waitFor(() -> FxLookup.lookup(".drill-table").tryQuery().isEmpty());
    }

    @Test
    void theCommentsPageSpeaksDutch(FxRobot robot) throws Exception {
        MenuBar menus = FxLookup.lookup(".menu-bar").queryAs(MenuBar.class);
        robot.interact(() -> dutchItem(menus).fire());
        FxClick.on(robot, "Demoproject openen");
        waitFor(() -> model.overviewProperty().get() != null && !model.busyProperty().get());
        robot.clickOn(FxLookup.from(FxLookup.lookup("#pageList").<Node>query()).lookup("Opmerkingen").<Node>query());
        waitFor(() -> !text(robot, ".comments-count").isEmpty());

        assertThat(text(robot, ".comments-count")).contains(" opmerkingen van ").endsWith(" respondenten");
        assertThat(FxLookup.lookup("Enthousiast").tryQuery()).isPresent();
        assertThat(FxLookup.lookup(".comments-search").queryAs(TextField.class).getPromptText())
                .isEqualTo("Zoek in de opmerkingen (Ctrl+F)");
        shot(robot, "comments-light-nl");
    }

    @Test
    void longCommentsWrapAndAQuestionAboutATouchpointIsNamed(FxRobot robot) throws Exception {
        String longComment = "The parcel came two days after the promised date and nobody told us why; the driver "
                + "then left it at the neighbours without a note, so we spent an evening looking for it. "
                + "<b>Not bold</b> & not markup either: client words are shown as they were typed.";
        Path csv = Files.write(home.resolve("long.csv"), List.of(
                "Id,Wave,Website,Delivery,Overall,Comment,Delivery comment",
                "A1,2025-Q1,9,3,6,\"" + longComment + "\",Late and hidden at the neighbours",
                "A2,2025-Q1,8,9,9,Fine,Quick"));
        Path mapping = Files.writeString(home.resolve("long.json"), """
                { "version": 1, "shape": "WIDE", "layout": "SINGLE", "missingCodes": [""],
                  "columns": [
                    {"column": "Id", "role": "RESPONDENT_ID"},
                    {"column": "Wave", "role": "WAVE"},
                    {"column": "Website", "role": "TOUCHPOINT_SCORE", "touchpoint": "Website", "scale": "0-10",
                     "momentType": "STANDARD", "journeyOrder": 1},
                    {"column": "Delivery", "role": "TOUCHPOINT_SCORE", "touchpoint": "Delivery", "scale": "0-10",
                     "momentType": "STANDARD", "journeyOrder": 2},
                    {"column": "Overall", "role": "OVERALL_SATISFACTION", "scale": "0-10"},
                    {"column": "Comment", "role": "COMMENT"},
                    {"column": "Delivery comment", "role": "COMMENT"}
                  ] }
                """);
        Path file = home.resolve("long.cxlens");
        try (ProjectFile created = ProjectFile.create(file)) {
            SurveyImport.run(csv, ReadOptions.DETECT, MappingProfile.read(mapping), false, created, Progress.NONE);
        }
        robot.interact(() -> {
            stage.setWidth(1280);
            stage.setHeight(800);
            model.open(file);
        });
        waitFor(() -> model.overviewProperty().get() != null && !model.busyProperty().get());
        robot.clickOn(FxLookup.from(FxLookup.lookup("#pageList").<Node>query()).lookup("Comments").<Node>query());
        waitFor(() -> text(robot, ".comments-count").equals("4 comments from 2 respondents"));
        waitFor(() -> FxLookup.lookup(".comment-text").queryAll().size() == 4);

        ListView<?> list = FxLookup.lookup(".comments-list").queryAs(ListView.class);
        TextFlow first = FxLookup.lookup(".comment-text").<TextFlow>queryAll().stream()
                .filter(t -> ((Text) t.getChildren().get(0)).getText().equals(longComment)).findFirst().orElseThrow();
        double lineHeight = FxLookup.lookup(".comment-text").<TextFlow>queryAll().stream()
                .filter(t -> ((Text) t.getChildren().get(0)).getText().equals("Fine")).findFirst().orElseThrow()
                .getHeight();
        assertThat(first.getHeight()).isGreaterThan(1.5 * lineHeight);
        assertThat(first.localToScene(first.getBoundsInLocal()).getMaxX())
                .isLessThan(list.localToScene(list.getBoundsInLocal()).getMaxX());
        assertThat(FxLookup.lookup(".comment-respondent").<Hyperlink>queryAll())
                .allSatisfy(link -> assertThat(link.getWidth()).isGreaterThanOrEqualTo(link.prefWidth(-1)));
        assertThat(FxLookup.lookup(".comment-meta").<Label>queryAll()).extracting(Label::getText)
                .contains("Respondent A1 · 2025-Q1 · Delivery comment");

        ComboBox<?> about = FxLookup.lookup(".comments-touchpoint").queryAs(ComboBox.class);
        robot.clickOn(about);
        robot.clickOn(FxLookup.lookup(".list-cell").match(n -> "Delivery".equals(((Labeled) n).getText())).<Node>query());
        waitFor(() -> list.getItems().size() == 2);
        assertThat(text(robot, ".comments-note")).isEqualTo("Answers to the question “Delivery comment”");
        robot.clickOn(about);
        robot.clickOn(FxLookup.lookup(".list-cell").match(n -> "All touchpoints".equals(((Labeled) n).getText()))
                .<Node>query());
        waitFor(() -> list.getItems().size() == 4);
        shot(robot, "comments-long-light");
    }

    private static MenuItem dutchItem(MenuBar bar) {
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .flatMap(i -> i instanceof javafx.scene.control.Menu sub ? sub.getItems().stream() : java.util.stream.Stream.of(i))
                .filter(i -> "dutchItem".equals(i.getId())).findFirst().orElseThrow();
    }

    private static String text(FxRobot robot, String query) {
        return FxLookup.lookup(query).queryAs(Label.class).getText();
    }

    /** Kept as an artefact of the build, to look at what the page draws. */
    private void shot(FxRobot robot, String name) throws IOException {
        WindowTests.shot(robot, stage.getScene(), name);
    }
}
