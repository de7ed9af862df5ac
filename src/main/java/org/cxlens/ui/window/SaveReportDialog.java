package org.cxlens.ui.window;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.geometry.VPos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * File → Save as report…: where the report goes and the note for its reader, with the page and
 * filter it will open on shown, as they are the window's current ones.
 */
final class SaveReportDialog {

    /** What the consultant chose. */
    record Choice(Path target, String note) {
    }

    private static final double DIALOG_WIDTH = 640;

    private final Dialog<Choice> dialog = new Dialog<>();
    private final TextField file = new TextField();
    private final TextArea note = new TextArea();

    /**
     * @param suggested the file offered at first
     * @param page      the page's name in the window's language
     * @param filter    the filter in words, empty when nothing is filtered
     */
    SaveReportDialog(Window owner, List<String> stylesheets, ResourceBundle bundle, Path suggested, String page,
                     String filter) {
        dialog.initOwner(owner);
        dialog.setTitle(bundle.getString("report.save.title"));
        dialog.setHeaderText(bundle.getString("report.save.header"));
        dialog.getDialogPane().getStylesheets().setAll(stylesheets);
        dialog.getDialogPane().getStyleClass().add("save-report-dialog");
        // Wide enough for a path, narrow enough for the header to wrap instead of widening the dialog.
        dialog.getDialogPane().setPrefWidth(DIALOG_WIDTH);
        ButtonType save = new ButtonType(bundle.getString("report.save.button"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);

        file.setText(suggested.toString());
        file.setPrefColumnCount(40);
        file.getStyleClass().add("save-report-file");
        Button choose = new Button(bundle.getString("report.save.choose"));
        choose.setOnAction(e -> chooseFile(bundle, owner));
        HBox fileRow = new HBox(8, file, choose);
        HBox.setHgrow(file, Priority.ALWAYS);
        note.setPromptText(bundle.getString("report.save.note.prompt"));
        note.setWrapText(true);
        note.setPrefRowCount(5);
        note.getStyleClass().add("save-report-note");

        GridPane form = new GridPane();
        form.getStyleClass().add("save-report-form");
        form.addRow(0, new Label(bundle.getString("report.save.file")), fileRow);
        Label noteLabel = new Label(bundle.getString("report.save.note"));
        form.addRow(1, noteLabel, note);
        GridPane.setValignment(noteLabel, VPos.TOP);
        form.addRow(2, new Label(bundle.getString("report.save.page")), new Label(page));
        Label filterText = new Label(filter.isEmpty() ? bundle.getString("report.save.filter.none") : filter);
        filterText.setWrapText(true);
        filterText.setMaxWidth(DIALOG_WIDTH - 140);
        form.addRow(3, new Label(bundle.getString("report.save.filter")), filterText);
        Label hint = new Label(bundle.getString("report.save.hint"));
        hint.getStyleClass().add("save-report-hint");
        hint.setWrapText(true);
        hint.setMaxWidth(DIALOG_WIDTH - 40);
        form.add(hint, 0, 4, 2, 1);
        GridPane.setHgrow(fileRow, Priority.ALWAYS);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        form.getColumnConstraints().setAll(labels, fields);
        choose.setMinWidth(Region.USE_PREF_SIZE);
        dialog.getDialogPane().setContent(form);
        dialog.getDialogPane().lookupButton(save).disableProperty().bind(file.textProperty().isEmpty());
        dialog.setResultConverter(button -> button == save ? new Choice(withExtension(file.getText().strip()),
                note.getText()) : null);
    }

    Optional<Choice> showAndWait() {
        return dialog.showAndWait();
    }

    private void chooseFile(ResourceBundle bundle, Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(bundle.getString("report.save.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(bundle.getString("chooser.projects"),
                "*" + MainWindow.EXTENSION));
        Path current = Path.of(file.getText().strip());
        if (current.getParent() != null && current.getParent().toFile().isDirectory()) {
            chooser.setInitialDirectory(current.getParent().toFile());
        }
        chooser.setInitialFileName(current.getFileName() == null ? "" : current.getFileName().toString());
        File chosen = chooser.showSaveDialog(owner);
        if (chosen != null) {
            file.setText(withExtension(chosen.getPath()).toString());
        }
    }

    private static Path withExtension(String path) {
        return path.endsWith(MainWindow.EXTENSION) ? Path.of(path) : Path.of(path + MainWindow.EXTENSION);
    }
}
