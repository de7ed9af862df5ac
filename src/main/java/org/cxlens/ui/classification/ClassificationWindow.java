package org.cxlens.ui.classification;

import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.cxlens.ui.PieceByPulse;

/**
 * The editor of the Project page in a window of its own over any page (View → Classification…),
 * for the workshop "what if" beside the dashboard; closing it leaves the stored scheme as it is.
 * Esc closes it. The window's first frame holds its frame and Close button; the editor comes in
 * over the next pulses, its heading, its controls, then its shares: made, styled and laid out in
 * the pulse that showed the window, the first time in a JVM, it held the FX thread up for 120–140 ms.
 */
public final class ClassificationWindow {

    private static final double WIDTH = 1180;
    private static final double HEIGHT = 760;

    private ClassificationWindow() {
    }

    public static Stage show(ClassificationEditorViewModel model, ResourceBundle bundle, Window owner,
                             List<String> stylesheets) {
        Stage stage = new Stage();
        Button close = new Button(bundle.getString("classification.close"));
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        HBox bottom = new HBox(close);
        bottom.setAlignment(Pos.CENTER_RIGHT);
        bottom.getStyleClass().add("dialog-buttons");
        BorderPane root = new BorderPane();
        root.setBottom(bottom);
        root.getStyleClass().add("classification-window");
        Scene scene = new Scene(root, WIDTH, HEIGHT);
        scene.getStylesheets().setAll(stylesheets);
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        stage.setScene(scene);
        stage.setTitle(bundle.getString("classification.title"));
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.show();
        ClassificationEditorView editor = new ClassificationEditorView(model, bundle);
        List<Runnable> pieces = new ArrayList<>();
        pieces.add(() -> root.setCenter(editor.node()));
        pieces.addAll(editor.deferParts());
        PieceByPulse.start(scene, pieces);
        return stage;
    }
}
