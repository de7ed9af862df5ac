package org.cxlens.ui.comments;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.cxlens.domain.ExperienceClass;
import org.cxlens.ui.LazyTooltip;
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

    /**
     * The height in ems of a cell without a card (empty, or waiting for its comment or its turn):
     * about a short comment's, so a list's empty tail or a new screenful takes a few cells, not hundreds.
     */
    private static final double EMPTY_HEIGHT_EM = 4;

    private final CommentsViewModel model;
    private final ResourceBundle bundle;
    private final Consumer<Mark> drillDown;
    private final CardsByPulse cards;
    /** Made when the cell first shows a comment: the cells that fill a list's empty tail never need one. */
    private Card card;
    // Held here, registered weakly: a cell dropped by its list stops listening.
    private final InvalidationListener rowsChanged = o -> fillIfArrived();
    private CommentRow row;
    /** The list version whose comment this cell waits for, shown as "…"; -1 when it waits for none. */
    private long waitingIn = -1;

    CommentCell(CommentsViewModel model, ResourceBundle bundle, Consumer<Mark> drillDown, CardsByPulse cards) {
        this.model = model;
        this.bundle = bundle;
        this.drillDown = drillDown;
        this.cards = cards;
        getStyleClass().add("comment-cell");
        model.rowsChangedProperty().addListener(new WeakInvalidationListener(rowsChanged));
        // The cell follows the list's width, so long comments wrap instead of widening the list.
        setPrefWidth(0);
    }

    /** The nodes of a comment's card, made once per cell. */
    private final class Card {

        private final Region stripe = new Region();
        private final TextFlow text = new TextFlow();
        private final Label classChip = new Label();
        private final Label meta = new Label();
        private final FlowPane scores = new FlowPane(10, 2);
        private final HBox box;

        Card() {
            stripe.getStyleClass().add("comment-stripe");
            stripe.setMinWidth(Region.USE_PREF_SIZE);
            text.getStyleClass().add("comment-text");
            classChip.getStyleClass().add("comment-class");
            classChip.setMinWidth(Region.USE_PREF_SIZE);
            meta.getStyleClass().add("comment-meta");
            meta.setMnemonicParsing(false);
            scores.getStyleClass().add("comment-scores");
            Hyperlink respondent = new Hyperlink(bundle.getString("comments.respondent"));
            LazyTooltip.install(respondent, () -> bundle.getString("comments.respondent.tooltip"));
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
        }

        void show(CommentRow row) {
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
                scores.getChildren().add(scoreChip(chip));
            }
        }
    }

    @Override
    protected void updateItem(Integer index, boolean empty) {
        super.updateItem(index, empty);
        setText(null);
        row = empty || index == null ? null : model.row(index);
        waitingIn = !empty && index != null && row == null ? model.listVersion() : -1;
        if (empty || index == null) {
            setGraphic(null);
            return;
        }
        if (row == null || cards.mustWait(this)) {
            setText("…");
            setGraphic(null);
            return;
        }
        showCard();
    }

    /** Shows the card of the comment the cell holds now, if it is at hand (its turn came, {@link CardsByPulse}). */
    void showCard() {
        row = isEmpty() || getItem() == null ? null : model.row(getItem());
        if (row == null) {
            return;
        }
        waitingIn = -1;
        if (card == null) {
            card = new Card();
        }
        card.show(row);
        setText(null);
        setGraphic(card.box);
    }

    @Override
    protected double computePrefHeight(double width) {
        double height = super.computePrefHeight(width);
        return getGraphic() == null ? Math.max(height, EMPTY_HEIGHT_EM * getFont().getSize()) : height;
    }

    /**
     * Shows the comment this cell waits for once its page has arrived, when its turn comes
     * ({@link CardsByPulse}). The cell fills itself: the
     * list made all its cells anew for each page that arrived, and matched each of their nodes
     * against the style sheets again.
     */
    private void fillIfArrived() {
        if (waitingIn == model.listVersion() && model.row(getIndex()) != null) {
            cards.queue(this);
        }
    }

    /**
     * A touchpoint's score with a swatch in its class colour: a text and a region, not a label, since
     * a comment shows a chip per touchpoint and a screenful of them, each a control with its skin,
     * held the FX thread longest of all when the page was first shown.
     */
    private static Node scoreChip(CommentsViewModel.ScoreChip chip) {
        Region swatch = new Region();
        swatch.getStyleClass().addAll("score-swatch", style(chip.experienceClass()));
        Text score = new Text(chip.touchpoint() + " " + chip.score());
        score.getStyleClass().add("comment-score");
        if (chip.chosen()) {
            score.getStyleClass().add("chosen");
        }
        HBox box = new HBox(4, swatch, score);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static String style(ExperienceClass c) {
        return c == null ? "class-none" : "class-" + c.name().toLowerCase(Locale.ROOT);
    }
}
