package org.cxlens.ui.comments;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.cxlens.domain.ExperienceClass;
import org.cxlens.workspace.CommentRow;
import org.cxlens.workspace.Mark;

/**
 * One comment in the list: a stripe in the respondent's class colour, the text wrapped (plain
 * text: client words are never read as markup) with the search's words marked, then the class,
 * who and when, and the scores in a muted line; "Respondent ›" opens the writer. A cell keeps its
 * nodes from one comment to the next and changes a style class only where it differs: a node made
 * anew, or a class changed, has JavaFX match it against the style sheets again, and a screenful of
 * comments made their words and score chips anew each time rows arrived (profiled: the Comments
 * page's first visit on a million respondents held the FX thread 150–580 ms in one pulse).
 */
final class CommentCell extends ListCell<Integer> {

    private static final List<String> CLASS_STYLES = List.of("class-indifferent", "class-satisfied",
            "class-delighted", "class-none");
    private static final List<String> TEXT_STYLES = List.of("comment-match", "comment-plain");

    private final CommentsViewModel model;
    private final Region stripe = new Region();
    private final TextFlow text = new TextFlow();
    private final Label classChip = new Label();
    private final Label meta = new Label();
    private final FlowPane scores = new FlowPane(10, 2);
    private final Hyperlink respondent = new Hyperlink();
    private final HBox box;
    private CommentRow row;

    CommentCell(CommentsViewModel model, ResourceBundle bundle, Consumer<Mark> drillDown) {
        this.model = model;
        getStyleClass().add("comment-cell");
        stripe.getStyleClass().add("comment-stripe");
        stripe.setMinWidth(Region.USE_PREF_SIZE);
        text.getStyleClass().add("comment-text");
        classChip.getStyleClass().add("comment-class");
        classChip.setMinWidth(Region.USE_PREF_SIZE);
        meta.getStyleClass().add("comment-meta");
        meta.setMnemonicParsing(false);
        scores.getStyleClass().add("comment-scores");
        respondent.setText(bundle.getString("comments.respondent"));
        respondent.setTooltip(new Tooltip(bundle.getString("comments.respondent.tooltip")));
        respondent.getStyleClass().addAll("comment-respondent", "drillable");
        respondent.setFocusTraversable(false);
        respondent.setMinWidth(Region.USE_PREF_SIZE);
        respondent.setOnAction(e -> {
            if (row != null) {
                drillDown.accept(model.respondent(row));
            }
        });
        HBox.setHgrow(scores, Priority.ALWAYS);
        HBox metaLine = new HBox(10, classChip, meta, scores);
        metaLine.setAlignment(Pos.TOP_LEFT);
        VBox body = new VBox(4, text, metaLine);
        HBox.setHgrow(body, Priority.ALWAYS);
        box = new HBox(10, stripe, body, respondent);
        box.setAlignment(Pos.TOP_LEFT);
        // The cell follows the list's width, so long comments wrap instead of widening the list.
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(Integer index, boolean empty) {
        super.updateItem(index, empty);
        setText(null);
        row = empty || index == null ? null : model.row(index);
        if (empty || index == null) {
            setGraphic(null);
            return;
        }
        if (row == null) {
            showReading();
            return;
        }
        respondent.setVisible(true);
        String style = style(row.respondentClass());
        styleAmong(stripe, style, CLASS_STYLES);
        styleAmong(classChip, style, CLASS_STYLES);
        classChip.setText(model.classWord(row));
        List<Highlights.Part> parts = model.textParts(row);
        fill(text.getChildren(), parts.size(), Text::new);
        for (int i = 0; i < parts.size(); i++) {
            Text piece = (Text) text.getChildren().get(i);
            piece.setText(parts.get(i).text());
            styleAmong(piece, parts.get(i).match() ? "comment-match" : "comment-plain", TEXT_STYLES);
        }
        meta.setText(model.meta(row));
        List<CommentsViewModel.ScoreChip> chips = model.scores(row);
        fill(scores.getChildren(), chips.size(), CommentCell::scoreChip);
        for (int i = 0; i < chips.size(); i++) {
            CommentsViewModel.ScoreChip chip = chips.get(i);
            Label score = (Label) scores.getChildren().get(i);
            score.setText(chip.touchpoint() + " " + chip.score());
            styleAmong(score.getGraphic(), style(chip.experienceClass()), CLASS_STYLES);
            if (chip.chosen() != score.getStyleClass().contains("chosen")) {
                if (chip.chosen()) {
                    score.getStyleClass().add("chosen");
                } else {
                    score.getStyleClass().remove("chosen");
                }
            }
        }
        setGraphic(box);
    }

    /**
     * A comment still being read: "…" in the cell's own nodes. Taken out of the cell and put back
     * as the comment arrives, they would all be matched against the style sheets again.
     */
    private void showReading() {
        styleAmong(stripe, "class-none", CLASS_STYLES);
        styleAmong(classChip, "class-none", CLASS_STYLES);
        classChip.setText("");
        fill(text.getChildren(), 1, Text::new);
        ((Text) text.getChildren().get(0)).setText("…");
        styleAmong(text.getChildren().get(0), "comment-plain", TEXT_STYLES);
        meta.setText("");
        fill(scores.getChildren(), 0, CommentCell::scoreChip);
        respondent.setVisible(false);
        setGraphic(box);
    }

    private static Label scoreChip() {
        Region swatch = new Region();
        swatch.getStyleClass().add("score-swatch");
        Label score = new Label("", swatch);
        score.setMnemonicParsing(false);
        score.getStyleClass().add("comment-score");
        return score;
    }

    /** {@code count} nodes in {@code nodes}: those there kept, the rest made or dropped at the end. */
    private static void fill(ObservableList<Node> nodes, int count, Supplier<? extends Node> make) {
        if (nodes.size() > count) {
            nodes.remove(count, nodes.size());
        }
        while (nodes.size() < count) {
            nodes.add(make.get());
        }
    }

    /** Gives {@code node} the one {@code style} of {@code among}, changing its classes only if it has another. */
    private static void styleAmong(Node node, String style, List<String> among) {
        ObservableList<String> classes = node.getStyleClass();
        if (classes.contains(style) && among.stream().filter(classes::contains).count() == 1) {
            return;
        }
        classes.removeAll(among);
        classes.add(style);
    }

    private static String style(ExperienceClass c) {
        return c == null ? "class-none" : "class-" + c.name().toLowerCase(Locale.ROOT);
    }
}
