package org.cxlens.ui.start;

import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The start page: binds {@link StartViewModel} and the window's actions to its FXML. */
public final class StartView {

    private static final double ROW_HEIGHT = 54;
    private static final PseudoClass MISSING = PseudoClass.getPseudoClass("missing");

    private final StartViewModel model;
    private final StartActions actions;
    private final ResourceBundle bundle;
    private final ObservableBooleanValue busy;

    @FXML private Button openButton;
    @FXML private Button demoButton;
    @FXML private Button newButton;
    @FXML private ListView<RecentFile> recentList;
    @FXML private Label noRecent;

    public StartView(StartViewModel model, StartActions actions, ResourceBundle bundle, ObservableBooleanValue busy) {
        this.model = model;
        this.actions = actions;
        this.bundle = bundle;
        this.busy = busy;
    }

    @FXML
    private void initialize() {
        openButton.setOnAction(e -> actions.chooseAndOpen());
        demoButton.setOnAction(e -> actions.openDemo());
        openButton.disableProperty().bind(busy);
        demoButton.disableProperty().bind(openButton.disableProperty());
        newButton.setOnAction(e -> actions.newFromSurvey());
        newButton.disableProperty().bind(openButton.disableProperty());
        recentList.setItems(model.recent());
        recentList.setCellFactory(list -> new RecentCell());
        // As tall as its rows (at most eight), so a short list does not leave an empty box.
        recentList.setFixedCellSize(ROW_HEIGHT);
        recentList.prefHeightProperty().bind(Bindings.size(model.recent()).multiply(ROW_HEIGHT).add(4));
        recentList.visibleProperty().bind(Bindings.isNotEmpty(model.recent()));
        recentList.managedProperty().bind(recentList.visibleProperty());
        noRecent.visibleProperty().bind(Bindings.isEmpty(model.recent()));
        noRecent.managedProperty().bind(noRecent.visibleProperty());
        recentList.setOnKeyPressed(e -> {
            RecentFile selected = recentList.getSelectionModel().getSelectedItem();
            if (selected != null && e.getCode() == KeyCode.ENTER && !selected.missing()) {
                actions.open(selected.path());
            }
        });
    }

    /** A recent project: name, folder and respondent count; a click opens it, × removes it from the list. */
    private final class RecentCell extends ListCell<RecentFile> {
        private final Label name = new Label();
        private final Label folder = new Label();
        private final Label count = new Label();
        private final Button remove = new Button("×");
        private final HBox row;

        RecentCell() {
            name.getStyleClass().add("recent-name");
            folder.getStyleClass().add("recent-folder");
            count.getStyleClass().add("recent-count");
            remove.getStyleClass().add("recent-remove");
            remove.setTooltip(new Tooltip(bundle.getString("start.recent.remove")));
            remove.setOnAction(e -> model.remove(getItem().path()));
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            row = new HBox(12, new VBox(2, name, folder), gap, count, remove);
            row.getStyleClass().add("recent-row");
            setOnMouseClicked(e -> {
                if (getItem() != null && !getItem().missing() && e.getTarget() != remove && !busy.get()) {
                    actions.open(getItem().path());
                }
            });
        }

        @Override
        protected void updateItem(RecentFile item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            name.setText(item.fileName());
            java.nio.file.Path parent = item.path().getParent();
            folder.setText(parent == null ? "" : parent.toString());
            count.setText(StartViewModel.describe(item, bundle));
            pseudoClassStateChanged(MISSING, item.missing());
            setGraphic(row);
        }
    }
}
