package org.cxlens.ui.export;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.beans.property.Property;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Callback;
import org.cxlens.report.CsvDialect;
import org.cxlens.ui.PieceByPulse;
import org.cxlens.workspace.DeliverableFormat;

/**
 * The export dialog: format, language, the scorecards' option and the file, then Export with
 * progress and Cancel. Its first frame holds its buttons; the rows follow a pulse each, the format
 * first, which takes the focus (all in that frame, the first time in a JVM, held the FX thread
 * 140 ms; with the format's drop-down in it, still 100 ms).
 */
public final class ExportWindow {

    private ExportWindow() {
    }

    /**
     * @param filterWords the window's filter in words, empty when nothing is filtered
     */
    public static Stage show(ExportViewModel model, ResourceBundle bundle, String filterWords, Window owner,
                             List<String> stylesheets) {
        Stage stage = new Stage();
        ComboBox<DeliverableFormat> format = choice(model.formats(), model.formatProperty(),
                f -> bundle.getString("export.format." + f.name()), bundle.getString("export.format.tip"),
                "export-format");
        ComboBox<CsvDialect> csv = choice(List.of(CsvDialect.values()), model.csvDialectProperty(),
                d -> bundle.getString("csv.dialect." + d.name()), bundle.getString("export.csv.tip"), "export-csv");
        csv.disableProperty().bind(model.formatProperty().isNotEqualTo(DeliverableFormat.CSV));
        ComboBox<Locale> language = choice(ExportViewModel.LANGUAGES, model.languageProperty(),
                l -> bundle.getString("menu.view.language." + l.getLanguage()), bundle.getString("export.language.tip"),
                "export-language");

        CheckBox split = new CheckBox(bundle.getString("export.split"));
        split.selectedProperty().bindBidirectional(model.perDepartmentProperty());
        split.disableProperty().bind(model.formatProperty().isNotEqualTo(DeliverableFormat.SCORECARDS));
        split.setTooltip(new Tooltip(bundle.getString("export.split.tip")));

        TextField client = new TextField();
        client.setId("export-client");
        client.setPromptText(bundle.getString("export.client.prompt"));
        client.textProperty().bindBidirectional(model.clientProperty());

        TextField file = new TextField();
        file.setId("export-target");
        file.setPrefColumnCount(36);
        file.setText(model.targetProperty().get() == null ? "" : model.targetProperty().get().toString());
        model.targetProperty().addListener((obs, old, p) -> file.setText(p == null ? "" : p.toString()));
        file.textProperty().addListener((obs, old, text) ->
                model.targetProperty().set(text.isBlank() ? null : Path.of(text.strip())));
        Button choose = new Button(bundle.getString("export.choose"));
        choose.setMinWidth(Region.USE_PREF_SIZE);
        choose.setOnAction(e -> choose(model, bundle, stage));
        HBox target = new HBox(6, file, choose);
        HBox.setHgrow(file, Priority.ALWAYS);

        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(10);
        Label filter = new Label(new java.text.MessageFormat(bundle.getString("export.filter"), bundle.getLocale())
                .format(new Object[] {filterWords.isEmpty() ? bundle.getString("report.cover.noFilter") : filterWords}));
        filter.setWrapText(true);
        GridPane.setHgrow(target, Priority.ALWAYS);

        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.runningProperty());
        progress.setMaxWidth(Double.MAX_VALUE);
        Label status = new Label();
        status.setId("export-status");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        model.failedProperty().addListener((obs, old, f) -> {
            if (f) {
                status.getStyleClass().add("export-error");
            } else {
                status.getStyleClass().remove("export-error");
            }
        });
        List<Runnable> rows = List.of(
                () -> {
                    form.addRow(0, label(bundle.getString("export.format")), format);
                    format.requestFocus();
                },
                () -> {
                    form.addRow(1, label(""), split);
                    form.addRow(2, label(bundle.getString("export.csv")), csv);
                },
                () -> form.addRow(3, label(bundle.getString("export.language")), language),
                () -> {
                    form.addRow(4, label(bundle.getString("export.client")), client);
                    form.addRow(5, label(bundle.getString("export.target")), target);
                },
                () -> {
                    form.add(filter, 0, 6, 2, 1);
                    form.add(progress, 0, 7, 2, 1);
                    form.add(status, 0, 8, 2, 1);
                });

        Button run = new Button(bundle.getString("export.run"));
        run.setId("export-run");
        run.setDefaultButton(true);
        run.disableProperty().bind(model.runningProperty());
        run.setOnAction(e -> model.export());
        Button cancel = new Button(bundle.getString("export.cancel"));
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> {
            if (model.runningProperty().get()) {
                model.cancel();
            } else {
                stage.close();
            }
        });
        HBox buttons = new HBox(8, run, cancel);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        buttons.getStyleClass().add("dialog-buttons");

        BorderPane root = new BorderPane(form);
        root.setBottom(buttons);
        root.setPadding(new Insets(16));
        BorderPane.setMargin(buttons, new Insets(12, 0, 0, 0));
        root.getStyleClass().add("export-window");
        Scene scene = new Scene(root, 620, 370);
        scene.getStylesheets().setAll(stylesheets);
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE && !model.runningProperty().get()) {
                stage.close();
            }
        });
        stage.setOnCloseRequest(e -> model.cancel());
        stage.setScene(scene);
        stage.setTitle(bundle.getString("export.title"));
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.show();
        PieceByPulse.start(scene, rows);
        return stage;
    }

    private static void choose(ExportViewModel model, ResourceBundle bundle, Stage stage) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(bundle.getString("export.title"));
        String extension = model.formatProperty().get().extension();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(extension.toUpperCase(Locale.ROOT),
                "*." + extension));
        Path current = model.targetProperty().get();
        if (current != null) {
            chooser.setInitialFileName(current.getFileName().toString());
            if (current.getParent() != null && current.getParent().toFile().isDirectory()) {
                chooser.setInitialDirectory(current.getParent().toFile());
            }
        }
        File chosen = chooser.showSaveDialog(stage);
        if (chosen != null) {
            Path path = chosen.toPath();
            model.targetProperty().set(path.getFileName().toString().endsWith("." + extension) ? path
                    : path.resolveSibling(path.getFileName() + "." + extension));
        }
    }

    /** A form label that keeps its whole text, however narrow the window. */
    private static Label label(String text) {
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    /** A drop-down of {@code items} bound both ways to {@code value}, each shown by its name. */
    private static <T> ComboBox<T> choice(List<T> items, Property<T> value, Function<T, String> name, String tip,
                                          String id) {
        ComboBox<T> box = new ComboBox<>();
        box.getItems().setAll(items);
        box.valueProperty().bindBidirectional(value);
        Callback<ListView<T>, ListCell<T>> cells = list -> named(name);
        box.setCellFactory(cells);
        box.setButtonCell(cells.call(null));
        box.setTooltip(new Tooltip(tip));
        box.setId(id);
        return box;
    }

    private static <T> ListCell<T> named(Function<T, String> name) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : name.apply(item));
            }
        };
    }
}
