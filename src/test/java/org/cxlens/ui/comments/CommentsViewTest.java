package org.cxlens.ui.comments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.cxlens.analysis.Filter;
import org.cxlens.app.TestProjects;
import org.cxlens.domain.Message;
import org.cxlens.domain.Progress;
import org.cxlens.ui.HeldRunner;
import org.cxlens.workspace.OpenProject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The comments list on the demo project: a comment whose page is still being read shows "…" until it arrives. */
@ExtendWith(ApplicationExtension.class)
class CommentsViewTest {

    private static final ResourceBundle ENGLISH = ResourceBundle.getBundle(Message.BUNDLE, Locale.ENGLISH);

    private Stage stage;
    private OpenProject project;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() throws Exception {
        if (project != null) {
            project.close();
        }
    }

    @Test
    void aCellWaitingForItsCommentFillsItselfWhenThePageArrivesWithoutTheListMakingItsCellsAnew(FxRobot robot)
            throws Exception {
        project = OpenProject.open(TestProjects.demo());
        HeldRunner pages = new HeldRunner();
        CommentsViewModel model = new CommentsViewModel(pages);
        model.show(model.figures(project, Filter.NONE, ENGLISH).run(Progress.NONE));
        int last = model.sizeProperty().get() - 1;
        assertThat(last).isGreaterThan(2 * CommentsViewModel.PAGE);
        CommentsView view = new CommentsView(model, ENGLISH, mark -> { });
        robot.interact(() -> {
            stage.setScene(new Scene((Parent) view.node(), 1000, 700));
            stage.show();
        });
        ListView<?> list = robot.lookup(".comments-list").queryAs(ListView.class);

        robot.interact(() -> list.scrollTo(last));
        WaitForAsyncUtils.waitForFxEvents();
        List<ListCell<?>> waiting = cellsShowing(robot, "…");
        assertThat(waiting).isNotEmpty();
        assertThat(pages.holding()).isTrue();

        robot.interact(pages::finish);
        // The cards come a few a pulse.
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> cellsShowing(robot, "…").isEmpty());
        assertThat(model.row(last)).isNotNull();
        List<ListCell<?>> shown = cells(robot);
        assertThat(shown).hasSizeGreaterThan(3);
        assertThat(waiting).containsAll(shown);
        for (ListCell<?> cell : shown) {
            assertThat(((Label) cell.lookup(".comment-meta")).getText())
                    .startsWith("Respondent " + model.row(cell.getIndex()).respondentId() + " · ");
        }
    }

    private static List<ListCell<?>> cellsShowing(FxRobot robot, String text) {
        return cells(robot).stream().filter(c -> text.equals(c.getText())).toList();
    }

    private static List<ListCell<?>> cells(FxRobot robot) {
        List<ListCell<?>> cells = new ArrayList<>();
        for (Node node : robot.lookup(".comment-cell").queryAll()) {
            ListCell<?> cell = (ListCell<?>) node;
            if (cell.isVisible() && !cell.isEmpty() && cell.getParent() != null) {
                cells.add(cell);
            }
        }
        return cells;
    }
}
