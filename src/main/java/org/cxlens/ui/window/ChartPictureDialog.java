package org.cxlens.ui.window;

import java.text.MessageFormat;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;

/** "Save chart as PNG…": the picture's size in layout pixels and its scale (1×, 2×, 3×). */
final class ChartPictureDialog {

    /** The chosen size: the PNG is {@code width·scale} × {@code height·scale} pixels. */
    record Size(int width, int height, int scale) {
    }

    private static final int MIN_SIDE = 100;
    private static final int MAX_SIDE = 4000;

    private final Dialog<Size> dialog = new Dialog<>();

    ChartPictureDialog(Window owner, List<String> stylesheets, ResourceBundle bundle, int width, int height) {
        dialog.initOwner(owner);
        dialog.setTitle(bundle.getString("chart.png.title"));
        dialog.setHeaderText(null);
        dialog.getDialogPane().getStylesheets().setAll(stylesheets);
        dialog.getDialogPane().getStyleClass().add("chart-png-dialog");
        ButtonType save = new ButtonType(bundle.getString("chart.png.button"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);

        Spinner<Integer> w = side(width, "chart-png-width");
        Spinner<Integer> h = side(height, "chart-png-height");
        ToggleGroup scales = new ToggleGroup();
        HBox scaleRow = new HBox(12);
        for (int s = 1; s <= 3; s++) {
            RadioButton scale = new RadioButton(s + "×");
            scale.setUserData(s);
            scale.setToggleGroup(scales);
            scale.getStyleClass().add("chart-png-scale-" + s);
            scale.setSelected(s == 2);
            scaleRow.getChildren().add(scale);
        }
        Label hint = new Label();
        hint.getStyleClass().add("save-report-hint");
        hint.setWrapText(true);
        hint.setMaxWidth(360);
        hint.textProperty().bind(Bindings.createStringBinding(() -> new MessageFormat(
                bundle.getString("chart.png.scale.hint"), bundle.getLocale()).format(new Object[] {
                    w.getValue() * scale(scales), h.getValue() * scale(scales)}),
                w.valueProperty(), h.valueProperty(), scales.selectedToggleProperty()));

        GridPane form = new GridPane();
        form.getStyleClass().add("save-report-form");
        form.addRow(0, new Label(bundle.getString("chart.png.size")), new HBox(8, w, new Label("×"), h));
        form.addRow(1, new Label(bundle.getString("chart.png.scale")), scaleRow);
        form.add(hint, 0, 2, 2, 1);
        dialog.getDialogPane().setContent(form);
        dialog.setResultConverter(button -> button == save ? new Size(w.getValue(), h.getValue(), scale(scales)) : null);
    }

    Optional<Size> showAndWait() {
        return dialog.showAndWait();
    }

    private static int scale(ToggleGroup scales) {
        return scales.getSelectedToggle() == null ? 1 : (Integer) scales.getSelectedToggle().getUserData();
    }

    private static Spinner<Integer> side(int initial, String styleClass) {
        Spinner<Integer> side = new Spinner<>(MIN_SIDE, MAX_SIDE, Math.max(MIN_SIDE, Math.min(MAX_SIDE, initial)), 10);
        side.setEditable(true);
        side.setPrefWidth(100);
        side.getStyleClass().add(styleClass);
        return side;
    }
}
