package org.cxlens.ui.wizard;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
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
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.cxlens.ui.PieceByPulse;

/**
 * Styles and lays out the kinds of control the wizard's steps show (a choice box, a table with
 * its header, columns and rows, the sheet list, a text field, a table of choice, text and check
 * box cells) in a scene that is never shown, a piece a pulse, while the FX thread would otherwise
 * wait: for the user to choose a file, or for a file to be read. In a new JVM the first of each
 * kind held the FX thread up for 50–100 ms in the pulse that showed it (code not compiled yet,
 * classes loaded and lambdas linked, text measured for the first time); rehearsed, the real step's
 * pieces find that done. On the FX thread, as styling and text measurement must be (ADR 0006);
 * each piece is a small part of that first cost, the rehearsal pauses while the wizard builds a
 * step, and the shown scene only lends it its pulses and style sheets. Warmth is the JVM's, so a
 * second wizard goes on where the first one paused, and nothing is rehearsed twice. FX thread
 * only.
 */
final class StepRehearsal {

    private static final StepRehearsal THIS_JVM = new StepRehearsal();
    private static final double WIDTH = 1100;
    private static final double HEIGHT = 720;
    /** Two rows: a table fills the rest of its view with empty rows, each a row of cells to style. */
    private static final double TABLE_HEIGHT = 90;
    private static final double ROW_HEIGHT = 26;
    private static final String TEXT_FIELD_BEHAVIOUR = "com.sun.javafx.scene.control.behavior.TextFieldBehavior";

    private final List<Runnable> pieces = List.of(this::heading, this::layOut, this::scrollBar, this::layOut,
            this::emptyList, this::layOut, this::table, this::layOut, this::tableColumns, this::layOut, this::tableRows,
            this::layOut, this::choice, this::layOut, this::sheetList, this::layOut, this::textFieldBehaviour,
            this::textField, this::layOut, this::editableTable, this::layOut, this::editableRows, this::layOut,
            this::fieldColumn, this::layOut, this::checkBox, this::layOut, this::checkColumn, this::layOut, this::drop);
    private int next;
    /** Counts up at each pause, so that the pieces of a paused chain left in the pulses do nothing. */
    private int chain;
    private boolean running;
    private BorderPane root;
    private VBox content;
    private ListView<String> list;
    private TableView<String> table;

    StepRehearsal() {
    }

    /** The rehearsal of this JVM. */
    static StepRehearsal thisJvm() {
        return THIS_JVM;
    }

    /** Goes on with the pieces not rehearsed yet, one after each pulse of {@code shown}, whose style sheets it uses. */
    void resume(Scene shown) {
        if (running || finished()) {
            return;
        }
        running = true;
        int mine = chain;
        if (root == null) {
            root = new BorderPane();
            new Scene(root, WIDTH, HEIGHT).getStylesheets().setAll(shown.getStylesheets());
        }
        PieceByPulse.start(shown, pieces.subList(next, pieces.size()).stream().<Runnable>map(piece -> () -> {
            if (chain == mine) {
                next++;
                piece.run();
                running = !finished();
            }
        }).toList());
    }

    /** Stops after the piece running now, if any; {@link #resume} goes on from there. */
    void pause() {
        if (running) {
            running = false;
            chain++;
        }
    }

    boolean finished() {
        return next == pieces.size();
    }

    /** How many pieces this rehearsal has done. */
    int rehearsed() {
        return next;
    }

    /** The scene the rehearsal shows nothing in; null before it starts and after its last piece. */
    Scene scene() {
        return root == null ? null : root.getScene();
    }

    private void heading() {
        root.getStyleClass().add("import-wizard");
        Label heading = new Label("Heading");
        heading.getStyleClass().add("wizard-heading");
        Label text = new Label("Text");
        text.getStyleClass().add("wizard-detected");
        text.setWrapText(true);
        content = new VBox(10, heading, text);
        content.getStyleClass().addAll("wizard-content", "wizard-preview");
        root.setCenter(content);
        style();
    }

    /** Styles the list of its choices too. */
    private void choice() {
        ComboBox<String> box = new ComboBox<>(FXCollections.observableArrayList(null, "a", "b"));
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(String s) {
                return s == null ? "detect" : s;
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        box.setValue("a");
        GridPane choices = new GridPane();
        choices.getStyleClass().add("wizard-choices");
        choices.addRow(0, new Label("Choice"), box);
        content.getChildren().setAll(choices);
        style();
    }

    /** Its skin: the header row, scroll bars, the flow of rows. */
    private void table() {
        table = new TableView<>();
        table.getStyleClass().add("wizard-preview-table");
        table.setFixedCellSize(ROW_HEIGHT);
        table.setMaxHeight(TABLE_HEIGHT);
        content.getChildren().add(table);
        style();
    }

    private void tableColumns() {
        for (String name : List.of("#", "Column", "Another column")) {
            TableColumn<String, String> column = new TableColumn<>(name);
            column.setCellValueFactory(d -> new ReadOnlyStringWrapper(d.getValue()));
            column.setPrefWidth(100);
            table.getColumns().add(column);
        }
        style();
    }

    private void tableRows() {
        table.getItems().setAll("1", "2", "3");
        style();
    }

    private void scrollBar() {
        content.getChildren().add(new ScrollBar());
        style();
    }

    /** Its skin and flow of cells, without cells. */
    private void emptyList() {
        list = new ListView<>();
        list.getStyleClass().add("wizard-sheets");
        list.setMaxHeight(TABLE_HEIGHT);
        content.getChildren().add(list);
        style();
    }

    private void sheetList() {
        list.getItems().setAll("Sheet 1", "Sheet 2");
        content.getChildren().setAll(list);
        style();
    }

    /**
     * A text field's behaviour (its key bindings, each a lambda linked the first time, and its
     * context menu, not shown), made and dropped before the text field whose skin makes another:
     * about half the first text field's cost. JavaFX's behaviours are not public API: by name, and
     * skipped where they cannot be reached (a module path, another JavaFX).
     */
    private void textFieldBehaviour() {
        try {
            Class<?> behaviour = Class.forName(TEXT_FIELD_BEHAVIOUR, true, TextField.class.getClassLoader());
            Object made = behaviour.getConstructor(TextField.class).newInstance(new TextField());
            behaviour.getMethod("dispose").invoke(made);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            // Only a rehearsal: the text field's skin makes its behaviour all the same.
        }
    }

    /** Its skin, which makes its behaviour again. */
    private void textField() {
        TextField field = new TextField();
        field.getStyleClass().add("wizard-wave");
        field.setPromptText("Prompt");
        FlowPane tools = new FlowPane(18, 6, new HBox(8, new Label("Text"), field), new HBox(8, new Button("Button")));
        tools.getStyleClass().add("wizard-tools");
        content.getStyleClass().setAll("wizard-content", "wizard-columns");
        content.getChildren().setAll(tools);
        style();
    }

    /** As the columns step's, first with a text and a choice in every row. */
    private void editableTable() {
        table = new TableView<>();
        table.getStyleClass().add("wizard-columns-table");
        table.setFixedCellSize(ROW_HEIGHT);
        table.setMaxHeight(TABLE_HEIGHT);
        table.setEditable(true);
        TableColumn<String, String> text = new TableColumn<>("Text");
        text.setCellValueFactory(d -> new ReadOnlyStringWrapper(d.getValue()));
        TableColumn<String, String> choice = new TableColumn<>("Choice");
        choice.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue()));
        choice.setCellFactory(ComboBoxTableCell.forTableColumn("1", "2", "3"));
        table.getColumns().setAll(List.of(text, choice));
        content.getChildren().add(table);
        style();
    }

    private void editableRows() {
        table.getItems().setAll("1", "2");
        style();
    }

    /** Then a text field's cell in every row. */
    private void fieldColumn() {
        TableColumn<String, String> field = new TableColumn<>("Field");
        field.setCellValueFactory(d -> new ReadOnlyStringWrapper(d.getValue()));
        field.setCellFactory(TextFieldTableCell.forTableColumn());
        table.getColumns().add(field);
        style();
    }

    /** As the check step shows one, ahead of a check box in every row. */
    private void checkBox() {
        content.getChildren().add(new CheckBox("Check"));
        style();
    }

    private void checkColumn() {
        TableColumn<String, Boolean> check = new TableColumn<>("Check");
        check.setCellValueFactory(d -> new SimpleBooleanProperty(d.getValue().equals("1")));
        check.setCellFactory(CheckBoxTableCell.forTableColumn(check));
        table.getColumns().add(check);
        style();
    }

    /** What was rehearsed is no longer needed; the code it ran stays warm. */
    private void drop() {
        root = null;
        content = null;
        list = null;
        table = null;
    }

    /** Styles what a piece added (making the skins); the piece after it lays it out, which makes a list's or table's cells. */
    private void style() {
        root.applyCss();
    }

    private void layOut() {
        root.resize(WIDTH, HEIGHT);
        root.layout();
    }
}
