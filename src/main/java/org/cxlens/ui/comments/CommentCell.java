package org.cxlens.ui.comments;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import javafx.geometry.Pos;
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
 * who and when, and the scores in a muted line; "Respondent ›" opens the writer.
 */
final class CommentCell extends ListCell<Integer> {

    private static final String[] CLASS_STYLES = {"class-indifferent", "class-satisfied", "class-delighted",
        "class-none"};

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
            setText("…");
            setGraphic(null);
            return;
        }
        stripe.getStyleClass().removeAll(CLASS_STYLES);
        classChip.getStyleClass().removeAll(CLASS_STYLES);
        String style = style(row.respondentClass());
        stripe.getStyleClass().add(style);
        classChip.getStyleClass().add(style);
        classChip.setText(model.classWord(row));
        text.getChildren().clear();
        for (Highlights.Part part : model.textParts(row)) {
            Text piece = new Text(part.text());
            piece.getStyleClass().add(part.match() ? "comment-match" : "comment-plain");
            text.getChildren().add(piece);
        }
        meta.setText(model.meta(row));
        scores.getChildren().clear();
        for (CommentsViewModel.ScoreChip chip : model.scores(row)) {
            Region swatch = new Region();
            swatch.getStyleClass().addAll("score-swatch", style(chip.experienceClass()));
            Label score = new Label(chip.touchpoint() + " " + chip.score(), swatch);
            score.setMnemonicParsing(false);
            score.getStyleClass().add("comment-score");
            if (chip.chosen()) {
                score.getStyleClass().add("chosen");
            }
            scores.getChildren().add(score);
        }
        setGraphic(box);
    }

    private static String style(ExperienceClass c) {
        return c == null ? "class-none" : "class-" + c.name().toLowerCase(Locale.ROOT);
    }
}
