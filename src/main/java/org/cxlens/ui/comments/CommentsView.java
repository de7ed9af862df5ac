package org.cxlens.ui.comments;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.WeakListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.cxlens.domain.ExperienceClass;
import org.cxlens.domain.Touchpoint;
import org.cxlens.ui.RowNumbers;
import org.cxlens.workspace.CommentRow;
import org.cxlens.workspace.Mark;

/**
 * The comments page: a search field (Ctrl+F), class checks and a touchpoint choice above the
 * count, then the comments as a virtualised list (its items are row numbers; the rows come page
 * by page from the model), each with its class stripe, its text wrapped and who wrote it when in a
 * muted line. Ctrl+C copies the selected comments; Enter, a double-click or "Respondent ›" opens
 * the writer's drill-down.
 */
public final class CommentsView {

    private static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);
    /** Typing waits this long for the next key before the comments are searched again. */
    private static final Duration TYPING_PAUSE = Duration.millis(250);

    private final CommentsViewModel model;
    private final ResourceBundle bundle;
    private final Consumer<Mark> drillDown;
    private final BorderPane root = new BorderPane();
    private final TextField search = new TextField();
    private final ListView<Integer> list = new ListView<>();
    private final CardsByPulse cards = new CardsByPulse(list);
    private final Runnable focusSearch = this::focusSearch;
    // Held here, registered weakly: a page left behind by a language switch stops listening.
    private final ChangeListener<Number> rowsChanged = (obs, old, n) -> showRows();
    private final ListChangeListener<Touchpoint> touchpointsChanged = c -> fillTouchpoints();
    /** A new project clears the model's search; the field follows. */
    private final ChangeListener<String> searchChanged = (obs, old, text) -> {
        if (!text.equals(search.getText())) {
            search.setText(text);
        }
    };
    private final ComboBox<TouchpointChoice> touchpoint = new ComboBox<>();
    private long shownList = -1;

    /** An entry of the touchpoint choice; no touchpoint stands for all of them. */
    private record TouchpointChoice(Touchpoint touchpoint) {
    }

    public CommentsView(CommentsViewModel model, ResourceBundle bundle, Consumer<Mark> drillDown) {
        this.model = model;
        this.bundle = bundle;
        this.drillDown = drillDown;
        root.getStyleClass().add("comments-page");
        root.setTop(header());
        root.setCenter(list());
        model.rowsChangedProperty().addListener(new WeakChangeListener<>(rowsChanged));
        model.touchpoints().addListener(new WeakListChangeListener<>(touchpointsChanged));
        root.sceneProperty().addListener((obs, old, scene) -> moveFindKey(old, scene));
        fillTouchpoints();
        showRows();
    }

    public Node node() {
        return root;
    }

    private Node header() {
        Label title = new Label(bundle.getString("page.comments"));
        title.getStyleClass().add("title");

        search.setPromptText(bundle.getString("comments.search"));
        search.setTooltip(new Tooltip(bundle.getString("comments.search.tooltip")));
        search.getStyleClass().add("comments-search");
        search.setText(model.searchProperty().get());
        PauseTransition typing = new PauseTransition(TYPING_PAUSE);
        typing.setOnFinished(e -> model.searchProperty().set(search.getText()));
        search.textProperty().addListener((obs, old, text) -> typing.playFromStart());
        model.searchProperty().addListener(new WeakChangeListener<>(searchChanged));
        search.setOnAction(e -> {
            typing.stop();
            model.searchProperty().set(search.getText());
        });
        HBox.setHgrow(search, Priority.ALWAYS);

        Label classesLabel = new Label(bundle.getString("comments.classes"));
        HBox checks = new HBox(12, classesLabel);
        checks.setAlignment(Pos.CENTER_LEFT);
        for (ExperienceClass c : ExperienceClass.values()) {
            Region swatch = new Region();
            swatch.getStyleClass().addAll("legend-swatch", "segment-" + c.name().toLowerCase(Locale.ROOT));
            CheckBox check = new CheckBox(bundle.getString("class." + c.name().toLowerCase(Locale.ROOT)));
            check.setGraphic(swatch);
            check.getStyleClass().addAll("comments-class", "comments-class-" + c.name().toLowerCase(Locale.ROOT));
            check.setTooltip(new Tooltip(bundle.getString("comments.classes.tooltip")));
            check.selectedProperty().bindBidirectional(model.classShownProperty(c));
            checks.getChildren().add(check);
        }

        Label aboutLabel = new Label(bundle.getString("comments.touchpoint"));
        touchpoint.getStyleClass().add("comments-touchpoint");
        touchpoint.setTooltip(new Tooltip(bundle.getString("comments.touchpoint.tooltip")));
        touchpoint.setCellFactory(l -> touchpointCell());
        touchpoint.setButtonCell(touchpointCell());
        touchpoint.valueProperty().addListener((obs, old, choice) -> {
            if (choice != null) {
                model.touchpointProperty().set(choice.touchpoint());
            }
        });
        aboutLabel.setLabelFor(touchpoint);

        HBox line = new HBox(10, title, search);
        line.setAlignment(Pos.CENTER_LEFT);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox choices = new HBox(10, checks, grow, aboutLabel, touchpoint);
        choices.setAlignment(Pos.CENTER_LEFT);

        Label count = new Label();
        count.getStyleClass().add("comments-count");
        count.textProperty().bind(model.countProperty());
        Label note = new Label();
        note.getStyleClass().add("comments-note");
        note.setWrapText(true);
        note.textProperty().bind(model.noteProperty());
        note.visibleProperty().bind(model.noteProperty().isNotEmpty());
        note.managedProperty().bind(note.visibleProperty());
        Label problem = new Label();
        problem.getStyleClass().add("comments-problem");
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(model.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());

        VBox header = new VBox(8, line, choices, count, note, problem);
        header.getStyleClass().addAll("header", "comments-header");
        return header;
    }

    private ListCell<TouchpointChoice> touchpointCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(TouchpointChoice item, boolean empty) {
                super.updateItem(item, empty);
                setMnemonicParsing(false);
                setText(empty || item == null ? null : item.touchpoint() == null
                        ? bundle.getString("comments.touchpoint.all") : item.touchpoint().name());
            }
        };
    }

    /** All touchpoints first, then the project's; the model's choice stays chosen. */
    private void fillTouchpoints() {
        TouchpointChoice all = new TouchpointChoice(null);
        ObservableList<TouchpointChoice> items = FXCollections.observableArrayList(all);
        model.touchpoints().forEach(t -> items.add(new TouchpointChoice(t)));
        touchpoint.setItems(items);
        touchpoint.setValue(new TouchpointChoice(model.touchpointProperty().get()));
    }

    private Node list() {
        list.getStyleClass().add("comments-list");
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        list.setCellFactory(l -> new CommentCell(model, bundle, drillDown, cards));
        list.setTooltip(new Tooltip(bundle.getString("comments.list.tooltip")));
        Label placeholder = new Label();
        placeholder.getStyleClass().add("comments-empty");
        placeholder.textProperty().bind(model.emptyProperty());
        list.setPlaceholder(placeholder);
        list.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (COPY.match(e)) {
                copy();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER) {
                openFocused();
                e.consume();
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                openFocused();
            }
        });
        return list;
    }

    /** A new list gets new row numbers and starts at its top; the cells waiting for an arrived page fill themselves. */
    private void showRows() {
        if (model.listVersion() != shownList) {
            shownList = model.listVersion();
            cards.newList();
            list.setItems(RowNumbers.upTo(model.sizeProperty().get()));
            list.scrollTo(0);
        }
    }

    private void openFocused() {
        int index = list.getFocusModel().getFocusedIndex();
        CommentRow row = index < 0 ? null : model.row(index);
        if (row != null) {
            drillDown.accept(model.respondent(row));
        }
    }

    private void copy() {
        int[] rows = list.getSelectionModel().getSelectedIndices().stream().mapToInt(Integer::intValue).sorted()
                .toArray();
        model.copy(rows, text -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
        });
    }

    private void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    /** Ctrl+F finds in the comments while this page is in the window, and in nothing else once it leaves. */
    private void moveFindKey(Scene old, Scene scene) {
        if (old != null && old.getAccelerators().get(FIND) == focusSearch) {
            old.getAccelerators().remove(FIND);
        }
        if (scene != null) {
            scene.getAccelerators().put(FIND, focusSearch);
        }
    }
}
