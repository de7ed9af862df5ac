package org.cxlens.ui.wizard;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
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
import org.cxlens.ui.ClassWarmUp;
import org.cxlens.ui.Rehearsal;
import org.cxlens.ui.Rehearsal.Backstage;

/**
 * The wizard's {@link Rehearsal} script: the kinds of control its steps show (a choice box, a
 * table with its header, columns and rows, the sheet list, a text field, a table of choice, text
 * and check box cells), styled and laid out a piece a pulse while the FX thread would otherwise
 * wait (for the user to choose a file, or for a file to be read). In a new JVM the first of each
 * kind held the FX thread up for 50–100 ms in the pulse that showed it; rehearsed, the real step's
 * pieces find that done. Styling and layout are separate pieces, each a small part of that first
 * cost. Warmth is the JVM's, so the JVM has one rehearsal: a second wizard goes on where the first
 * one paused, and nothing is rehearsed twice. FX thread only.
 */
final class StepRehearsal {

    private static final Rehearsal THIS_JVM = rehearsal();
    private static final double WIDTH = 1100;
    private static final double HEIGHT = 720;
    /** Two rows: a table fills the rest of its view with empty rows, each a row of cells to style. */
    private static final double TABLE_HEIGHT = 90;
    private static final double ROW_HEIGHT = 26;

    private final Backstage backstage;
    private BorderPane root;
    private VBox content;
    private ListView<String> list;
    private TableView<String> table;

    private StepRehearsal(Backstage backstage) {
        this.backstage = backstage;
    }

    /** The rehearsal of this JVM. */
    static Rehearsal thisJvm() {
        return THIS_JVM;
    }

    /** A rehearsal of the wizard's steps from the start. */
    static Rehearsal rehearsal() {
        return new Rehearsal(WIDTH, HEIGHT, backstage -> new StepRehearsal(backstage).pieces());
    }

    private List<Runnable> pieces() {
        Runnable layOut = backstage::layOut;
        return List.of(this::heading, layOut, this::scrollBar, layOut, this::emptyList, layOut, this::table, layOut,
                this::tableColumns, layOut, this::tableRows, layOut, this::choice, layOut, this::sheetList, layOut,
                this::textFieldBehaviour, this::textField, layOut, this::editableTable, layOut, this::editableRows,
                layOut, this::fieldColumn, layOut, this::checkBox, layOut, this::checkColumn, layOut, this::drop);
    }

    private void heading() {
        root = new BorderPane();
        backstage.enter(root);
        root.getStyleClass().add("import-wizard");
        Label heading = new Label("Heading");
        heading.getStyleClass().add("wizard-heading");
        Label text = new Label("Text");
        text.getStyleClass().add("wizard-detected");
        text.setWrapText(true);
        content = new VBox(10, heading, text);
        content.getStyleClass().addAll("wizard-content", "wizard-preview");
        root.setCenter(content);
        backstage.style();
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
        backstage.style();
    }

    /** Its skin: the header row, scroll bars, the flow of rows. */
    private void table() {
        table = wizardTable("wizard-preview-table");
        content.getChildren().add(table);
        backstage.style();
    }

    /** A table sized as the wizard's steps size theirs: a fixed row height makes its cells differently. */
    private static TableView<String> wizardTable(String styleClass) {
        TableView<String> made = new TableView<>();
        made.getStyleClass().add(styleClass);
        made.setFixedCellSize(ROW_HEIGHT);
        made.setMaxHeight(TABLE_HEIGHT);
        return made;
    }

    private void tableColumns() {
        for (String name : List.of("#", "Column", "Another column")) {
            TableColumn<String, String> column = new TableColumn<>(name);
            column.setCellValueFactory(d -> new ReadOnlyStringWrapper(d.getValue()));
            column.setPrefWidth(100);
            table.getColumns().add(column);
        }
        backstage.style();
    }

    private void tableRows() {
        table.getItems().setAll("1", "2", "3");
        backstage.style();
    }

    private void scrollBar() {
        content.getChildren().add(new ScrollBar());
        backstage.style();
    }

    /** Its skin and flow of cells, without cells. */
    private void emptyList() {
        list = new ListView<>();
        list.getStyleClass().add("wizard-sheets");
        list.setMaxHeight(TABLE_HEIGHT);
        content.getChildren().add(list);
        backstage.style();
    }

    private void sheetList() {
        list.getItems().setAll("Sheet 1", "Sheet 2");
        content.getChildren().setAll(list);
        backstage.style();
    }

    /**
     * A text field's behaviour (its key bindings, each a lambda linked the first time, and its
     * context menu, not shown), made and dropped before the text field whose skin makes another:
     * about half the first text field's cost.
     */
    private void textFieldBehaviour() {
        ClassWarmUp.makeBehaviour("TextFieldBehavior", new TextField());
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
        backstage.style();
    }

    /** As the columns step's, first with a text and a choice in every row. */
    private void editableTable() {
        table = wizardTable("wizard-columns-table");
        table.setEditable(true);
        TableColumn<String, String> text = new TableColumn<>("Text");
        text.setCellValueFactory(d -> new ReadOnlyStringWrapper(d.getValue()));
        TableColumn<String, String> choice = new TableColumn<>("Choice");
        choice.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue()));
        choice.setCellFactory(ComboBoxTableCell.forTableColumn("1", "2", "3"));
        table.getColumns().setAll(List.of(text, choice));
        content.getChildren().add(table);
        backstage.style();
    }

    private void editableRows() {
        table.getItems().setAll("1", "2");
        backstage.style();
    }

    /** Then a text field's cell in every row. */
    private void fieldColumn() {
        TableColumn<String, String> field = new TableColumn<>("Field");
        field.setCellValueFactory(d -> new ReadOnlyStringWrapper(d.getValue()));
        field.setCellFactory(TextFieldTableCell.forTableColumn());
        table.getColumns().add(field);
        backstage.style();
    }

    /** As the check step shows one, ahead of a check box in every row. */
    private void checkBox() {
        content.getChildren().add(new CheckBox("Check"));
        backstage.style();
    }

    private void checkColumn() {
        TableColumn<String, Boolean> check = new TableColumn<>("Check");
        check.setCellValueFactory(d -> new SimpleBooleanProperty(d.getValue().equals("1")));
        check.setCellFactory(CheckBoxTableCell.forTableColumn(check));
        table.getColumns().add(check);
        backstage.style();
    }

    /** What was rehearsed is no longer needed; the code it ran stays warm. */
    private void drop() {
        backstage.clear();
        root = null;
        content = null;
        list = null;
        table = null;
    }
}
