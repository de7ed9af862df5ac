package org.cxlens.ui.wizard;

import java.io.File;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.cxlens.domain.ColumnRole;
import org.cxlens.domain.ImportCounts;
import org.cxlens.domain.ImportProblem;
import org.cxlens.importer.HeaderLayout;
import org.cxlens.importer.Preview;
import org.cxlens.importer.SourceColumn;
import org.cxlens.importer.SourceRow;
import org.cxlens.ui.ClassWarmUp;
import org.cxlens.ui.PieceByPulse;
import org.cxlens.ui.Rehearsal;
import org.cxlens.workspace.ImportCheck;
import org.cxlens.workspace.Imported;
import org.cxlens.workspace.ProblemGroup;
import org.cxlens.workspace.SheetRows;

/**
 * The import wizard's window: the steps across the top, the current step's content, and Back /
 * Next / Cancel below. Binds {@link ImportWizardViewModel}; progress is read ten times a second
 * while work runs, so the window repaints however fast the import goes.
 */
public final class ImportWizard {

    private static final String EXTENSION = ".cxlens";
    private static final List<Charset> ENCODINGS = List.of(StandardCharsets.UTF_8, Charset.forName("windows-1252"),
            StandardCharsets.ISO_8859_1, StandardCharsets.UTF_16);
    private static final List<Character> DELIMITERS = List.of(',', ';', '\t', '|');
    /**
     * Every table's row height. Fixed, so a table neither measures its rows nor makes cells for
     * the columns scrolled out of view: the preview of a wide file would otherwise style and lay
     * out a cell for every column of every visible row in one frame.
     */
    private static final double ROW_HEIGHT = 26;
    /** The wizard's font size (wizard.css) in which column headers are drawn bold, and their padding and sort mark. */
    private static final double HEADER_FONT_SIZE = 13;
    private static final double HEADER_PADDING = 26;
    /** A score column without a scale, which the import would refuse. */
    private static final javafx.css.PseudoClass NO_SCALE = javafx.css.PseudoClass.getPseudoClass("no-scale");
    /**
     * How many of a table's columns in view join it in one pulse, and how many of those out of view
     * (a header each, no cells). Each column in view is a cell in every row shown; in a new JVM the
     * first of each kind of cell is styled and laid out by code not yet compiled, and a step that
     * came with all its columns held the FX thread up for 150–400 ms in one pulse.
     */
    private static final int COLUMNS_IN_VIEW_A_PULSE = 3;
    private static final int COLUMNS_OUT_OF_VIEW_A_PULSE = 8;

    private final ImportWizardViewModel model;
    private final ResourceBundle bundle;
    private final Stage stage = new Stage();
    private final BorderPane root = new BorderPane();
    private final HBox steps = new HBox();
    private final Label notice = new Label();
    private final Button back = new Button();
    private final Button next = new Button();
    private final Button cancel = new Button();
    private final ProgressIndicator busy = new ProgressIndicator();
    private final Timeline poll = new Timeline(new KeyFrame(Duration.millis(100), e -> refreshProgress()));
    private final ProgressBar bar = new ProgressBar(-1);
    private final Label rate = new Label();
    /** The kinds of control the steps show, rehearsed while the wizard waits ({@link StepRehearsal}). */
    private final Rehearsal rehearsal;
    /** What the step being built adds to itself after its first frame, a piece a pulse (see {@link #show(WizardStep)}). */
    private final List<Runnable> later = new ArrayList<>();

    public ImportWizard(ImportWizardViewModel model, Window owner, List<String> stylesheets) {
        this(model, owner, stylesheets, StepRehearsal.thisJvm());
    }

    ImportWizard(ImportWizardViewModel model, Window owner, List<String> stylesheets, Rehearsal rehearsal) {
        this.model = model;
        this.rehearsal = rehearsal;
        this.bundle = model.bundle();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(bundle.getString(model.isAnotherWave() ? "wizard.title.wave" : "wizard.title.new"));
        root.getStyleClass().add("import-wizard");
        steps.getStyleClass().add("wizard-steps");
        notice.getStyleClass().add("wizard-notice");
        notice.setWrapText(true);
        back.setText(bundle.getString("wizard.back"));
        back.getStyleClass().add("wizard-back");
        cancel.setText(bundle.getString("wizard.cancel"));
        cancel.setCancelButton(true);
        cancel.getStyleClass().add("wizard-cancel");
        next.setDefaultButton(true);
        next.getStyleClass().add("wizard-next");
        busy.setPrefSize(22, 22);
        busy.visibleProperty().bind(model.busyProperty().or(model.preparingProperty()));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        for (Button b : List.of(back, next, cancel)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox buttons = new HBox(10, busy, notice, gap, back, next, cancel);
        buttons.setAlignment(Pos.CENTER_LEFT);
        buttons.getStyleClass().add("wizard-buttons");
        HBox.setHgrow(notice, Priority.SOMETIMES);
        root.setTop(steps);
        root.setBottom(buttons);
        back.setOnAction(e -> model.back());
        next.setOnAction(e -> onNext());
        cancel.setOnAction(e -> onCancel());
        back.disableProperty().bind(model.busyProperty());
        next.disableProperty().bind(model.busyProperty());
        notice.textProperty().bind(model.noticeProperty());
        model.stepProperty().addListener((obs, old, s) -> show(s));
        model.previewProperty().addListener((obs, old, p) -> {
            if (model.stepProperty().get() == WizardStep.PREVIEW) {
                show(WizardStep.PREVIEW);
            }
        });
        model.problemProperty().addListener((obs, old, p) -> {
            if (p != null) {
                showProblem(p);
            }
        });
        model.busyProperty().addListener((obs, old, on) -> {
            rehearseWhileWaiting();
            if (on) {
                poll.play();
            } else {
                poll.stop();
            }
        });
        poll.setCycleCount(Timeline.INDEFINITE);
        Scene scene = new Scene(root, 1100, 720);
        scene.getStylesheets().setAll(stylesheets);
        scene.getStylesheets().add(ImportWizard.class.getResource("wizard.css").toExternalForm());
        stage.setScene(scene);
        // Lets tests reach the model behind the window they found.
        stage.getProperties().put(ImportWizardViewModel.class, model);
        stage.setOnCloseRequest(e -> model.cancel());
        stage.showingProperty().addListener((obs, was, is) -> rehearseWhileWaiting());
        show(model.stepProperty().get());
    }

    public Stage stage() {
        return stage;
    }

    public ImportWizardViewModel model() {
        return model;
    }

    /**
     * Shows the window with its step; the steps bar and the buttons come in over the two pulses
     * after its first frame: all in that frame, cold, held the FX thread 64–90 ms.
     */
    public void show() {
        ClassWarmUp.forWizard();
        Node top = root.getTop();
        Node bottom = root.getBottom();
        root.setTop(null);
        root.setBottom(null);
        stage.show();
        PieceByPulse.start(stage.getScene(), List.of(() -> root.setTop(top), () -> root.setBottom(bottom)));
    }

    // ---- steps -------------------------------------------------------------------------------

    /**
     * Rehearses the kinds of control the coming steps show while the FX thread would otherwise
     * wait (for the user to choose a file, or for work on a file to end), and not while a step is
     * being built or looked at.
     */
    private void rehearseWhileWaiting() {
        if (stage.isShowing() && (model.busyProperty().get() || model.stepProperty().get() == WizardStep.FILE)) {
            rehearsal.resume(stage.getScene());
        } else {
            rehearsal.pause();
        }
    }

    private void show(WizardStep step) {
        rehearseWhileWaiting();
        steps.getChildren().clear();
        for (WizardStep s : WizardStep.values()) {
            if (s == WizardStep.SHEET && model.sheets().isEmpty() && model.fileProperty().get() != null) {
                continue;
            }
            Label l = new Label(bundle.getString(s.labelKey()));
            l.getStyleClass().add("wizard-step");
            if (s == step) {
                l.getStyleClass().add("current");
            } else if (s.ordinal() < step.ordinal()) {
                l.getStyleClass().add("done");
            }
            steps.getChildren().add(l);
        }
        back.setVisible(model.canGoBack());
        next.setVisible(step != WizardStep.FILE && step != WizardStep.IMPORT);
        // An import the check already knows would be refused is not offered.
        next.disableProperty().unbind();
        next.disableProperty().bind(step == WizardStep.CHECK && model.importRefused()
                ? javafx.beans.binding.Bindings.createBooleanBinding(() -> true)
                : model.busyProperty().or(model.preparingProperty()));
        cancel.setText(bundle.getString(step == WizardStep.RESULT ? "wizard.close" : "wizard.cancel"));
        next.setText(bundle.getString(switch (step) {
            case COLUMNS -> "wizard.next.check";
            case CHECK -> "wizard.next.import";
            case RESULT -> "wizard.next.open";
            default -> "wizard.next";
        }));
        later.clear();
        Node content = switch (step) {
            case FILE -> fileStep();
            case SHEET -> sheetStep();
            case PREVIEW -> previewStep();
            case COLUMNS -> columnsStep();
            case CHECK -> checkStep();
            case IMPORT -> importStep();
            case RESULT -> resultStep();
        };
        content.getStyleClass().addAll("wizard-content", "wizard-" + step.name().toLowerCase(java.util.Locale.ROOT));
        root.setCenter(content);
        // Each step first shows without its costliest parts (choice boxes, most table columns); they
        // follow a piece a pulse. A piece left over from a step no longer shown does nothing.
        if (!later.isEmpty()) {
            List<Runnable> pieces = later.stream().<Runnable>map(piece -> () -> {
                if (root.getCenter() == content) {
                    piece.run();
                }
            }).toList();
            later.clear();
            PieceByPulse.start(stage.getScene(), pieces);
        }
    }

    /**
     * Shows {@code first} of {@code columns} in {@code table} now and the others later, a few a
     * pulse ({@link #COLUMNS_IN_VIEW_A_PULSE}, more at once when they stand right of what the window
     * shows). The table's rows should wait for them ({@link RowsByFrame#held}): a column joining a
     * table styles every row's cells again. In a new JVM the first of each kind of cell is slow
     * (code not yet compiled): a screenful of a 25-column preview's rows took 300 ms of the FX
     * thread in one pulse.
     */
    private <S> void columnsByPulse(TableView<S> table, List<? extends TableColumn<S, ?>> columns, int first) {
        table.getColumns().setAll(columns.subList(0, Math.min(first, columns.size())));
        double inView = stage.getScene().getWidth();
        double start = 0;
        for (TableColumn<S, ?> c : table.getColumns()) {
            start += c.getPrefWidth();
        }
        int from = first;
        while (from < columns.size()) {
            int size = start < inView ? COLUMNS_IN_VIEW_A_PULSE : COLUMNS_OUT_OF_VIEW_A_PULSE;
            List<? extends TableColumn<S, ?>> some = columns.subList(from, Math.min(columns.size(), from + size));
            for (TableColumn<S, ?> c : some) {
                start += c.getPrefWidth();
            }
            later.add(() -> table.getColumns().addAll(some));
            from += some.size();
        }
    }

    private Node fileStep() {
        Label lead = lead("wizard.file.lead");
        Button choose = new Button(bundle.getString("wizard.file.choose"));
        choose.getStyleClass().add("wizard-choose");
        choose.setOnAction(e -> chooseFile());
        Label drop = new Label(bundle.getString("wizard.file.drop"));
        drop.getStyleClass().add("wizard-hint");
        VBox box = new VBox(14, heading("wizard.file.heading"), lead, choose, drop);
        box.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(javafx.scene.input.TransferMode.COPY);
            }
            e.consume();
        });
        box.setOnDragDropped(e -> {
            List<File> files = e.getDragboard().getFiles();
            if (!files.isEmpty()) {
                model.chooseFile(files.get(0).toPath());
            }
            e.setDropCompleted(!files.isEmpty());
            e.consume();
        });
        return box;
    }

    /** Offers the file chooser for survey files. */
    public void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(bundle.getString("wizard.file.choose"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(bundle.getString("wizard.file.surveys"),
                "*.csv", "*.txt", "*.xlsx", "*.xlsm", "*.xls"));
        File f = chooser.showOpenDialog(stage);
        if (f != null) {
            model.chooseFile(f.toPath());
        }
    }

    private Node sheetStep() {
        ListView<SheetRows> list = new ListView<>(model.sheets());
        list.getStyleClass().add("wizard-sheets");
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(SheetRows item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null
                        : item.name() + "  —  " + format("wizard.sheet.rows", item.dataRows()));
            }
        });
        model.sheets().stream().filter(s -> s.name().equals(model.sheetProperty().get())).findFirst()
                .ifPresent(s -> list.getSelectionModel().select(s));
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, s) -> {
            if (s != null) {
                model.sheetProperty().set(s.name());
            }
        });
        list.setPrefHeight(240);
        return new VBox(12, heading("wizard.sheet.heading"), fileLine(), list);
    }

    private Node previewStep() {
        Preview p = model.previewProperty().get();
        GridPane choices = new GridPane();
        choices.getStyleClass().add("wizard-choices");
        choices.setHgap(10);
        choices.setVgap(6);
        int row = 0;
        List<ComboBox<?>> boxes = new ArrayList<>();
        if (p != null && p.dialect() != null) {
            choices.addRow(row++, label("wizard.preview.delimiter"));
            boxes.add(choice(DELIMITERS, model.delimiterProperty(), d -> model.delimiterName(d), "wizard-delimiter"));
            choices.addRow(row++, label("wizard.preview.encoding"));
            boxes.add(choice(ENCODINGS, model.encodingProperty(), Charset::displayName, "wizard-encoding"));
            choices.addRow(row++, label("wizard.preview.decimal"));
            boxes.add(choice(List.of('.', ','), model.decimalProperty(),
                    d -> bundle.getString(d == ',' ? "wizard.decimal.comma" : "wizard.decimal.point"), "wizard-decimal"));
        }
        choices.addRow(row, label("wizard.preview.layout"));
        boxes.add(choice(List.of(HeaderLayout.values()), model.layoutProperty(),
                l -> bundle.getString("wizard.layout." + l.name()), "wizard-layout"));
        Label detected = new Label(model.describeReading());
        detected.getStyleClass().add("wizard-detected");
        detected.setWrapText(true);
        TableView<SourceRow> table = new TableView<>();
        table.getStyleClass().add("wizard-preview-table");
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox step = new VBox(10, heading("wizard.preview.heading"), fileLine(), detected, choices);
        // A pulse each after the first frame: the table with its first columns (no rows), each
        // choice box (it styles the list of its choices too) into the row its label holds, the
        // other columns a few at a time, and then the rows.
        later.add(() -> step.getChildren().add(table));
        for (int i = 0; i < boxes.size(); i++) {
            ComboBox<?> box = boxes.get(i);
            int boxRow = i;
            later.add(() -> choices.add(box, 1, boxRow));
        }
        if (p != null) {
            List<TableColumn<SourceRow, String>> columns = new ArrayList<>();
            TableColumn<SourceRow, String> rowNo = new TableColumn<>(bundle.getString("wizard.preview.row"));
            rowNo.setCellValueFactory(d -> new ReadOnlyStringWrapper(String.valueOf(d.getValue().rowNumber())));
            rowNo.setPrefWidth(56);
            columns.add(rowNo);
            for (SourceColumn c : p.columns()) {
                TableColumn<SourceRow, String> col = new TableColumn<>(c.name());
                col.setCellValueFactory(d -> new ReadOnlyStringWrapper(d.getValue().cell(c.index())));
                col.setPrefWidth(Math.min(220, Math.max(70, c.name().length() * 8 + 20)));
                columns.add(col);
            }
            table.setFixedCellSize(ROW_HEIGHT);
            RowsByFrame<SourceRow> rows = RowsByFrame.held(table, p.sampleRows(), 1);
            columnsByPulse(table, columns, 2);
            later.add(rows::start);
        }
        return step;
    }

    private <T> ComboBox<T> choice(List<T> values, javafx.beans.property.ObjectProperty<T> property,
                                   java.util.function.Function<T, String> name, String styleClass) {
        List<T> items = new ArrayList<>();
        items.add(null);
        items.addAll(values);
        ComboBox<T> box = new ComboBox<>(FXCollections.observableArrayList(items));
        box.getStyleClass().add(styleClass);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? bundle.getString("wizard.preview.detect") : name.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        });
        box.setValue(property.get());
        box.valueProperty().addListener((obs, old, v) -> property.set(v));
        return box;
    }

    private Node columnsStep() {
        TableView<ColumnRow> table = new TableView<>();
        table.setFixedCellSize(ROW_HEIGHT);
        RowsByFrame<ColumnRow> rows = RowsByFrame.held(table, model.columns(), 1);
        table.getStyleClass().add("wizard-columns-table");
        table.setEditable(true);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        TableColumn<ColumnRow, String> header = new TableColumn<>(bundle.getString("wizard.columns.header"));
        header.setCellValueFactory(d -> new ReadOnlyStringWrapper(d.getValue().column()));
        header.setPrefWidth(170);
        TableColumn<ColumnRow, String> samples = new TableColumn<>(bundle.getString("wizard.columns.samples"));
        samples.setCellValueFactory(d -> new ReadOnlyStringWrapper(d.getValue().samples()));
        samples.setPrefWidth(220);
        TableColumn<ColumnRow, ColumnRole> role = new TableColumn<>(bundle.getString("wizard.columns.role"));
        role.setCellValueFactory(d -> d.getValue().roleProperty());
        role.setCellFactory(ComboBoxTableCell.forTableColumn(roleNames(), ColumnRole.values()));
        role.setOnEditCommit(e -> model.setRole(selectedOr(table, e.getRowValue()), e.getNewValue()));
        role.setPrefWidth(190);
        TableColumn<ColumnRow, String> scale = new TableColumn<>(bundle.getString("wizard.columns.scale"));
        scale.setCellValueFactory(d -> d.getValue().scaleProperty());
        List<String> scales = new ArrayList<>(List.of(""));
        scales.addAll(ScaleText.COMMON);
        scale.setCellFactory(c -> {
            ComboBoxTableCell<ColumnRow, String> cell = new ComboBoxTableCell<>(
                    FXCollections.observableArrayList(scales));
            cell.setComboBoxEditable(true);
            return cell;
        });
        scale.setOnEditCommit(e -> model.setScale(selectedOr(table, e.getRowValue()),
                e.getNewValue() == null ? "" : e.getNewValue()));
        scale.setPrefWidth(80);
        TableColumn<ColumnRow, String> touchpoint = new TableColumn<>(bundle.getString("wizard.columns.touchpoint"));
        touchpoint.setCellValueFactory(d -> d.getValue().touchpointProperty());
        touchpoint.setCellFactory(TextFieldTableCell.forTableColumn());
        touchpoint.setOnEditCommit(e -> model.setTouchpoint(List.of(e.getRowValue()),
                e.getNewValue() == null ? "" : e.getNewValue()));
        touchpoint.setPrefWidth(130);
        TableColumn<ColumnRow, String> department = new TableColumn<>(bundle.getString("wizard.columns.department"));
        department.setCellValueFactory(d -> d.getValue().departmentProperty());
        department.setCellFactory(TextFieldTableCell.forTableColumn());
        department.setOnEditCommit(e -> model.setDepartment(selectedOr(table, e.getRowValue()), e.getNewValue()));
        department.setPrefWidth(155);
        TableColumn<ColumnRow, Boolean> personal = new TableColumn<>(bundle.getString("wizard.columns.personal"));
        personal.setCellValueFactory(d -> d.getValue().personalProperty());
        personal.setCellFactory(CheckBoxTableCell.forTableColumn(personal));
        personal.setPrefWidth(100);
        TableColumn<ColumnRow, String> notes = new TableColumn<>(bundle.getString("wizard.columns.evidence"));
        notes.setCellValueFactory(d -> {
            ColumnRow r = d.getValue();
            String told = (r.warnings().isEmpty() ? "" : "⚠ " + r.warnings() + " ") + r.evidence();
            // Follows the row's role and scale, so the flag comes and goes as they are edited.
            return javafx.beans.binding.Bindings.createStringBinding(() -> r.withoutScale().get()
                    ? "⚠ " + bundle.getString("wizard.columns.noScale") + " " + told : told, r.withoutScale());
        });
        notes.setPrefWidth(360);
        List<TableColumn<ColumnRow, ?>> columns = List.of(header, samples, role, scale, touchpoint, department,
                personal, notes);
        columns.forEach(ImportWizard::fitHeader);
        table.setRowFactory(t -> new javafx.scene.control.TableRow<>() {
            private final javafx.beans.InvalidationListener scaleFlag = o -> flagScale();

            @Override
            protected void updateItem(ColumnRow item, boolean empty) {
                ColumnRow before = getItem();
                if (before != null) {
                    before.withoutScale().removeListener(scaleFlag);
                }
                super.updateItem(item, empty);
                getStyleClass().remove("has-warning");
                if (!empty && item != null && !item.warnings().isEmpty()) {
                    getStyleClass().add("has-warning");
                }
                if (!empty && item != null) {
                    item.withoutScale().addListener(scaleFlag);
                }
                flagScale();
            }

            private void flagScale() {
                ColumnRow item = getItem();
                pseudoClassStateChanged(NO_SCALE, item != null && item.withoutScale().get());
            }

            {
                // Made when the pointer comes, not for every row shown: a tooltip is a window of its own.
                setOnMouseEntered(e -> {
                    ColumnRow item = getItem();
                    setTooltip(item == null ? null : new javafx.scene.control.Tooltip(item.question()
                            + (item.warnings().isEmpty() ? "" : "\n⚠ " + item.warnings()) + "\n" + item.evidence()));
                });
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);

        ComboBox<ColumnRole> bulkRole = new ComboBox<>(FXCollections.observableArrayList(ColumnRole.values()));
        bulkRole.setConverter(roleNames());
        bulkRole.setPromptText(bundle.getString("wizard.columns.setRole"));
        bulkRole.getStyleClass().add("wizard-bulk-role");
        bulkRole.setOnAction(e -> {
            if (bulkRole.getValue() != null) {
                model.setRole(List.copyOf(table.getSelectionModel().getSelectedItems()), bulkRole.getValue());
                table.refresh();
            }
        });
        ComboBox<String> bulkScale = new ComboBox<>(FXCollections.observableArrayList(ScaleText.COMMON));
        bulkScale.setPromptText(bundle.getString("wizard.columns.setScale"));
        bulkScale.getStyleClass().add("wizard-bulk-scale");
        bulkScale.setOnAction(e -> {
            if (bulkScale.getValue() != null) {
                model.setScale(List.copyOf(table.getSelectionModel().getSelectedItems()), bulkScale.getValue());
                table.refresh();
            }
        });
        Button load = new Button(bundle.getString("wizard.profile.load"));
        load.setOnAction(e -> profileChooser(false));
        Button save = new Button(bundle.getString("wizard.profile.save"));
        save.setOnAction(e -> profileChooser(true));
        Button suggestion = new Button(bundle.getString("wizard.profile.useSuggestion"));
        suggestion.setOnAction(e -> model.useSuggestion());
        suggestion.visibleProperty().bind(model.profileProperty().isNotNull());
        suggestion.managedProperty().bind(suggestion.visibleProperty());
        TextField wave = new TextField();
        wave.getStyleClass().add("wizard-wave");
        wave.setPromptText(bundle.getString("wizard.columns.wavePrompt"));
        wave.textProperty().bindBidirectional(model.waveProperty());
        Label selected = new Label(bundle.getString("wizard.columns.selected"));
        // Groups wrap to a second line rather than cut their texts short, as the longer Dutch ones would be.
        HBox selectedGroup = group(selected);
        HBox waveGroup = group(new Label(bundle.getString("wizard.columns.wave")));
        FlowPane tools = new FlowPane(18, 6, selectedGroup, waveGroup, group(load, save, suggestion));
        tools.getStyleClass().add("wizard-tools");
        VBox step = new VBox(10, heading("wizard.columns.heading"), fileLine(), tools, table);
        // A pulse each after the first frame: the choice boxes (each styles its list too), the text
        // field, the columns a few at a time, the unknown labels' table, and then the rows.
        later.add(() -> selectedGroup.getChildren().addAll(keepWidth(bulkRole), keepWidth(bulkScale)));
        later.add(() -> waveGroup.getChildren().add(keepWidth(wave)));
        columnsByPulse(table, columns, 2);
        later.add(() -> step.getChildren().add(labelsBox()));
        later.add(rows::start);
        return step;
    }

    /** The unknown answer labels, each with a field for what it means. */
    private Node labelsBox() {
        TableView<LabelRow> table = new TableView<>();
        table.setFixedCellSize(ROW_HEIGHT);
        RowsByFrame.fill(table, model.labels(), 2);
        table.getStyleClass().add("wizard-labels");
        table.setEditable(true);
        TableColumn<LabelRow, String> column = new TableColumn<>(bundle.getString("wizard.labels.column"));
        column.setCellValueFactory(d -> new ReadOnlyStringWrapper(d.getValue().label().column()));
        column.setPrefWidth(170);
        TableColumn<LabelRow, String> label = new TableColumn<>(bundle.getString("wizard.labels.label"));
        label.setCellValueFactory(d -> new ReadOnlyStringWrapper("“" + d.getValue().label().label() + "”  ("
                + d.getValue().label().count() + "×)"));
        label.setPrefWidth(260);
        TableColumn<LabelRow, String> meaning = new TableColumn<>(bundle.getString("wizard.labels.meaning"));
        meaning.setCellValueFactory(d -> d.getValue().meaningProperty());
        meaning.setCellFactory(TextFieldTableCell.forTableColumn());
        meaning.setPrefWidth(120);
        TableColumn<LabelRow, String> hint = new TableColumn<>(bundle.getString("wizard.labels.hint"));
        hint.setCellValueFactory(d -> new ReadOnlyStringWrapper(d.getValue().label().expectation()
                ? bundle.getString("wizard.labels.expectation")
                : format("wizard.labels.score", d.getValue().label().scale() == null ? "?"
                        : d.getValue().label().scale().label())));
        hint.setPrefWidth(330);
        table.getColumns().addAll(List.of(column, label, meaning, hint));
        table.getColumns().forEach(ImportWizard::fitHeader);
        table.setPrefHeight(130);
        Label title = new Label(bundle.getString("wizard.labels.heading"));
        title.getStyleClass().add("wizard-subheading");
        VBox box = new VBox(4, title, table);
        box.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.labels()));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private void profileChooser(boolean save) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(bundle.getString(save ? "wizard.profile.save" : "wizard.profile.load"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(bundle.getString("wizard.profile.files"),
                "*.json"));
        Path f = model.fileProperty().get();
        if (f != null && f.getParent() != null) {
            chooser.setInitialDirectory(f.getParent().toFile());
            chooser.setInitialFileName(f.getFileName() + ".mapping.json");
        }
        File chosen = save ? chooser.showSaveDialog(stage) : chooser.showOpenDialog(stage);
        if (chosen != null) {
            if (save) {
                model.saveProfile(chosen.toPath());
            } else {
                model.loadProfile(chosen.toPath());
            }
        }
    }

    private Node checkStep() {
        ImportCheck c = model.checkProperty().get();
        VBox box = new VBox(10, heading("wizard.check.heading"), fileLine());
        if (c == null) {
            return box;
        }
        Label counts = new Label(counts(c.counts()));
        counts.getStyleClass().add("wizard-counts");
        Label touchpoints = new Label(format("wizard.check.touchpoints", c.touchpoints().size(),
                String.join(", ", c.touchpoints())));
        touchpoints.setWrapText(true);
        box.getChildren().addAll(counts, touchpoints);
        List<String> conflicts = model.scaleConflicts();
        if (!conflicts.isEmpty()) {
            Label refused = new Label(String.join("\n", conflicts));
            refused.getStyleClass().add("wizard-conflicts");
            refused.setWrapText(true);
            refused.setMinHeight(Region.USE_PREF_SIZE);
            box.getChildren().add(refused);
        }
        if (c.problems().isEmpty()) {
            box.getChildren().add(new Label(bundle.getString("wizard.check.noProblems")));
        } else {
            box.getChildren().add(problemTable(c.problems()));
        }
        if (!c.unknownLabels().isEmpty()) {
            Label hint = new Label(bundle.getString("wizard.check.labelsHint"));
            hint.getStyleClass().add("wizard-hint");
            hint.setWrapText(true);
            box.getChildren().add(hint);
        }
        if (!model.isAnotherWave()) {
            Label where = new Label();
            where.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                    model.targetProperty().get() == null ? bundle.getString("wizard.check.whereNewHint")
                            : format("wizard.check.target", model.targetProperty().get()), model.targetProperty()));
            where.getStyleClass().add("wizard-hint");
            box.getChildren().add(where);
        }
        CheckBox force = new CheckBox(bundle.getString("wizard.check.force"));
        force.selectedProperty().bindBidirectional(model.forceProperty());
        box.getChildren().add(force);
        return box;
    }

    private Node problemTable(List<ProblemGroup> groups) {
        TableView<ProblemGroup> table = new TableView<>();
        table.setFixedCellSize(ROW_HEIGHT);
        RowsByFrame.fill(table, groups, 4);
        table.getStyleClass().add("wizard-problems");
        TableColumn<ProblemGroup, String> reason = new TableColumn<>(bundle.getString("wizard.check.reason"));
        reason.setCellValueFactory(d -> new ReadOnlyStringWrapper(d.getValue().first().get(0).reason()
                .render(model.locale())));
        reason.setPrefWidth(420);
        TableColumn<ProblemGroup, String> count = new TableColumn<>(bundle.getString("wizard.check.count"));
        count.setCellValueFactory(d -> new ReadOnlyStringWrapper(format("wizard.number", d.getValue().count())));
        count.setPrefWidth(80);
        TableColumn<ProblemGroup, String> first = new TableColumn<>(bundle.getString("wizard.check.first"));
        first.setCellValueFactory(d -> new ReadOnlyStringWrapper(d.getValue().first().stream()
                .map(this::where).reduce((a, b) -> a + "; " + b).orElse("")));
        first.setPrefWidth(520);
        table.getColumns().addAll(List.of(reason, count, first));
        table.getColumns().forEach(ImportWizard::fitHeader);
        VBox.setVgrow(table, Priority.ALWAYS);
        return table;
    }

    private String where(ImportProblem p) {
        String at = format("wizard.problem.where", p.row(), p.column() == null ? "—" : p.column());
        return p.rawValue() == null || p.rawValue().isEmpty() ? at : at + " “" + p.rawValue() + "”";
    }

    private Node importStep() {
        bar.setPrefWidth(600);
        bar.getStyleClass().add("wizard-progress");
        rate.getStyleClass().add("wizard-rate");
        refreshProgress();
        VBox box = new VBox(14, heading("wizard.import.heading"), fileLine(), bar, rate);
        return box;
    }

    private void refreshProgress() {
        ImportProgress p = model.progress();
        p.refresh();
        bar.setProgress(p.fractionProperty().get() < 0 ? ProgressBar.INDETERMINATE_PROGRESS : p.fractionProperty().get());
        rate.setText(format("wizard.import.rate", p.rowsProperty().get(), p.rowsPerSecondProperty().get()));
    }

    private Node resultStep() {
        Imported done = model.resultProperty().get();
        VBox box = new VBox(10, heading("wizard.result.heading"));
        if (done == null) {
            return box;
        }
        Label where = new Label(format("wizard.result.into", done.project()));
        where.setWrapText(true);
        Label counts = new Label(counts(done.result().counts()));
        counts.getStyleClass().add("wizard-counts");
        box.getChildren().addAll(where, counts);
        if (!done.firstProblems().isEmpty()) {
            ListView<ImportProblem> problems = new ListView<>(FXCollections.observableArrayList(done.firstProblems()));
            problems.getStyleClass().add("wizard-result-problems");
            problems.setCellFactory(l -> new ListCell<>() {
                @Override
                protected void updateItem(ImportProblem p, boolean empty) {
                    super.updateItem(p, empty);
                    setText(empty || p == null ? null : where(p) + ": " + p.reason().render(model.locale()));
                }
            });
            box.getChildren().addAll(new Label(format("wizard.result.problems", done.firstProblems().size(),
                    done.result().counts().problems())), problems);
        }
        return box;
    }

    private String counts(ImportCounts c) {
        return format("wizard.counts", c.rowsRead(), c.respondents(), c.rowsSkipped(), c.problems());
    }

    // ---- buttons and dialogs --------------------------------------------------------------------

    private void onNext() {
        if (model.stepProperty().get() == WizardStep.CHECK && model.targetProperty().get() == null) {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(bundle.getString("wizard.check.whereNew"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(bundle.getString("chooser.projects"),
                    "*" + EXTENSION));
            Path f = model.fileProperty().get();
            if (f != null && f.getParent() != null) {
                chooser.setInitialDirectory(f.getParent().toFile());
                String name = f.getFileName().toString();
                chooser.setInitialFileName((name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name)
                        + EXTENSION);
            }
            File chosen = chooser.showSaveDialog(stage);
            if (chosen == null) {
                return;
            }
            Path p = chosen.toPath();
            model.targetProperty().set(p.getFileName().toString().endsWith(EXTENSION) ? p
                    : p.resolveSibling(p.getFileName() + EXTENSION));
        }
        boolean opening = model.stepProperty().get() == WizardStep.RESULT && !model.preparingProperty().get();
        model.next();
        if (opening) {
            stage.close();
        }
    }

    private void onCancel() {
        if (model.busyProperty().get()) {
            model.cancel();
        } else {
            stage.close();
        }
    }

    private void showProblem(WizardProblem p) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(stage);
        alert.setTitle(stage.getTitle());
        alert.setHeaderText(p.heading());
        alert.setContentText(p.cause());
        alert.getDialogPane().getStyleClass().add("problem-dialog");
        alert.getDialogPane().getStylesheets().setAll(stage.getScene().getStylesheets());
        model.problemShown();
        alert.show();
    }

    // ---- small helpers --------------------------------------------------------------------------

    private StringConverter<ColumnRole> roleNames() {
        return new StringConverter<>() {
            @Override
            public String toString(ColumnRole r) {
                return r == null ? "" : bundle.getString("role." + r.name());
            }

            @Override
            public ColumnRole fromString(String s) {
                return null;
            }
        };
    }

    private static List<ColumnRow> selectedOr(TableView<ColumnRow> table, ColumnRow edited) {
        List<ColumnRow> selected = List.copyOf(table.getSelectionModel().getSelectedItems());
        return selected.contains(edited) ? selected : List.of(edited);
    }

    private Label heading(String key) {
        Label l = new Label(bundle.getString(key));
        l.getStyleClass().add("wizard-heading");
        return l;
    }

    private Label lead(String key) {
        Label l = new Label(bundle.getString(key));
        l.setWrapText(true);
        l.getStyleClass().add("wizard-lead");
        return l;
    }

    private Label label(String key) {
        return new Label(bundle.getString(key));
    }

    private Label fileLine() {
        Path f = model.fileProperty().get();
        Label l = new Label(f == null ? "" : f.getFileName() + (model.sheetProperty().get() == null ? ""
                : " [" + model.sheetProperty().get() + "]"));
        l.getStyleClass().add("wizard-file");
        return l;
    }

    /**
     * Widens a column to its whole header text: the Dutch headers are longer than the English
     * ones the widths were first chosen for, and were cut short ("Meest voorkomende waard…").
     */
    private static void fitHeader(TableColumn<?, ?> column) {
        javafx.scene.text.Text text = new javafx.scene.text.Text(column.getText());
        text.setFont(javafx.scene.text.Font.font(javafx.scene.text.Font.getDefault().getFamily(),
                javafx.scene.text.FontWeight.BOLD, HEADER_FONT_SIZE));
        double width = Math.ceil(text.getLayoutBounds().getWidth()) + HEADER_PADDING;
        column.setMinWidth(width);
        column.setPrefWidth(Math.max(column.getPrefWidth(), width));
    }

    /** Controls side by side that keep their full width: a narrow window wraps the groups instead. */
    private static HBox group(Region... controls) {
        for (Region c : controls) {
            keepWidth(c);
        }
        HBox box = new HBox(8, controls);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static Region keepWidth(Region control) {
        control.setMinWidth(Region.USE_PREF_SIZE);
        return control;
    }

    private String format(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), model.locale()).format(args);
    }
}
