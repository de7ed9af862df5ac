package org.cxlens.ui;

import java.io.IOException;
import java.net.URL;
import java.text.Bidi;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.css.Stylesheet;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.control.skin.ButtonSkin;
import javafx.scene.control.skin.CheckBoxSkin;
import javafx.scene.control.skin.ComboBoxListViewSkin;
import javafx.scene.control.skin.DatePickerSkin;
import javafx.scene.control.skin.LabelSkin;
import javafx.scene.control.skin.ListCellSkin;
import javafx.scene.control.skin.ListViewSkin;
import javafx.scene.control.skin.MenuBarSkin;
import javafx.scene.control.skin.MenuButtonSkin;
import javafx.scene.control.skin.NestedTableColumnHeader;
import javafx.scene.control.skin.ProgressBarSkin;
import javafx.scene.control.skin.ProgressIndicatorSkin;
import javafx.scene.control.skin.ScrollBarSkin;
import javafx.scene.control.skin.ScrollPaneSkin;
import javafx.scene.control.skin.TabPaneSkin;
import javafx.scene.control.skin.TableCellSkin;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.control.skin.TableHeaderRow;
import javafx.scene.control.skin.TableRowSkin;
import javafx.scene.control.skin.TableViewSkin;
import javafx.scene.control.skin.TextFieldSkin;
import javafx.scene.control.skin.ToggleButtonSkin;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.effect.DropShadow;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.shape.Line;
import javafx.scene.shape.SVGPath;
import javafx.scene.text.Text;
import javafx.stage.WindowEvent;
import javax.xml.stream.XMLInputFactory;
import org.controlsfx.control.CheckListView;
import org.cxlens.ui.drill.DrillDownDialog;
import org.cxlens.ui.filter.FilterPanel;
import org.cxlens.ui.overview.ClassBarChart;
import org.cxlens.ui.overview.OverviewView;
import org.cxlens.workspace.ProjectOpening;

/**
 * Loads and initialises classes on a thread of its own, ahead of the thread that will need them,
 * so that neither the FX thread nor the thread building the window waits for them:
 * <ul>
 * <li>{@link #beforeStart()}, while the launcher thread builds the window: JavaFX's default
 * style sheet, loaded for JavaFX (which has the FX thread load it once the first control is
 * made: 40–65 ms of FX work, profiled, until the FX thread found it loaded), the controls, skins and FXML reader of the start page and its menus, and what the FX thread's first
 * frame loads when the window shows (the native window's peers, text layout, the menus' shadow);
 * profiled, about a third of that frame's work and a sixth of the start page's building was
 * loading classes.</li>
 * <li>{@link #afterStart}, once the start page is painted: an empty project opened in full
 * ({@link ProjectOpening#rehearse()}: SQLite's native library, the storage and the engine, half a
 * second before a first open's figures otherwise), then the skins of the page list, the
 * overview's tabs and charts, the filter panel and the drill-down table (a sixth of the first
 * open's FX work, profiled), and the behaviours of that table, its rows and cells made and dropped
 * (their lambdas linked).</li>
 * <li>{@link #forWizard}, when the import wizard opens, while its file is chosen and read: the
 * skins of its choices and tables, and the kinds of control its steps show with the behaviours
 * their skins make, made and dropped (their lambdas linked). Not the styling of a table like its
 * preview: a table's skin measures text while it is styled, in a text layout JavaFX shares between
 * all threads, and the FX thread measuring the wizard at the same moment then failed with a
 * NullPointerException.</li>
 * </ul>
 * Nothing here styles, lays out or measures text, makes a window, or touches a shown window's
 * state: classes are loaded and initialised, and controls in no scene made (ADR 0006).
 */
public final class ClassWarmUp {

    /** JavaFX's default style sheet, in the form JavaFX reads; in a module it may be out of reach, then only its classes are warmed. */
    private static final String DEFAULT_STYLES = "/com/sun/javafx/scene/control/skin/modena/modena.bss";
    /** JavaFX's default style sheet as JavaFX names it for its style manager, which is not public API either. */
    private static final String DEFAULT_STYLES_NAME = "com/sun/javafx/scene/control/skin/modena/modena.css";
    private static final String STYLE_MANAGER = "com.sun.javafx.css.StyleManager";
    private static final String BEHAVIOURS = "com.sun.javafx.scene.control.behavior.";
    /** Any fixed row height: a table with one makes its cells differently. */
    private static final double ROW_HEIGHT = 26;
    /** JavaFX's own classes the first frame loads on the FX thread; not public, so named, loaded but not initialised here. */
    private static final List<String> FIRST_FRAME = List.of(
            "com.sun.javafx.tk.quantum.WindowStage", "com.sun.javafx.tk.quantum.GlassStage",
            "com.sun.javafx.tk.quantum.ViewScene", "com.sun.javafx.tk.quantum.GlassViewEventHandler",
            "com.sun.javafx.tk.quantum.GlassWindowEventHandler", "com.sun.javafx.tk.quantum.PresentingPainter",
            "com.sun.javafx.tk.quantum.UploadingPainter", "com.sun.javafx.tk.quantum.PaintRenderJob",
            "com.sun.javafx.tk.quantum.SceneState", "com.sun.javafx.tk.quantum.GestureRecognizers",
            "com.sun.javafx.tk.quantum.GlassSceneDnDEventHandler", "com.sun.javafx.tk.quantum.CursorUtils",
            "com.sun.javafx.stage.WindowEventDispatcher", "com.sun.javafx.stage.WindowCloseRequestHandler",
            "com.sun.javafx.stage.StagePeerListener", "com.sun.javafx.stage.PopupWindowPeerListener",
            "com.sun.javafx.text.PrismTextLayout", "com.sun.javafx.text.TextRun", "com.sun.javafx.text.TextLine",
            "com.sun.javafx.text.LayoutCache", "com.sun.javafx.text.ScriptMapper",
            "com.sun.javafx.sg.prism.NGDefaultCamera", "com.sun.javafx.sg.prism.NodeEffectInput",
            "com.sun.javafx.sg.prism.EffectFilter", "com.sun.javafx.geom.DirtyRegionContainer",
            "com.sun.scenario.effect.GaussianShadow", "com.sun.scenario.effect.BoxShadow",
            "com.sun.scenario.effect.Merge", "com.sun.scenario.effect.Blend", "com.sun.scenario.effect.Offset",
            "com.sun.scenario.effect.impl.state.GaussianShadowState",
            "com.sun.scenario.effect.impl.state.BoxShadowState",
            "com.sun.scenario.effect.impl.state.LinearConvolveRenderState",
            "com.sun.javafx.scene.control.MenuBarButton", "com.sun.javafx.scene.control.ControlAcceleratorSupport",
            "com.sun.javafx.scene.control.behavior.MenuButtonBehavior",
            "com.sun.javafx.scene.traversal.TabOrderHelper");


    private ClassWarmUp() {
    }

    /** Starts warming what the start page needs; call first thing when building the window off the FX thread, after JavaFX has started. */
    public static void beforeStart() {
        start("cxlens-start-warm-up", ClassWarmUp::loadStartPage);
    }

    /**
     * Starts warming what opening a project and a drill-down first need, once the start page is
     * painted; then runs {@code then} on the FX thread. The window's rehearsal waits for it: run side
     * by side on two cores with the JIT compiler, each had half a core and the rehearsal's pulses took
     * twice their work (ADR 0013).
     */
    public static void afterStart(Runnable then) {
        start("cxlens-class-warm-up", () -> {
            try {
                loadProjectPane();
            } finally {
                Platform.runLater(then);
            }
        });
    }

    /** Starts warming the classes the import wizard's steps need; as it opens. */
    public static void forWizard() {
        start("cxlens-wizard-warm-up", ClassWarmUp::loadWizard);
    }

    private static void start(String name, Runnable work) {
        BackgroundPriority.daemonThread(name, work).start();
    }

    /** The lists are made here, on the warm-up thread: naming a class loads it. */
    private static void loadStartPage() {
        loadDefaultStyles();
        // The first text laid out reads the JDK's bidirectional text tables.
        new Bidi("CX Lens", Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT);
        XMLInputFactory.newFactory();
        initialise(List.of(Control.class, BorderPane.class, Text.class, Line.class, SVGPath.class, DropShadow.class,
                WindowEvent.class, LabelSkin.class, ButtonSkin.class, ToggleButtonSkin.class, ListViewSkin.class,
                ListCellSkin.class, VirtualFlow.class, ScrollBarSkin.class, ProgressIndicatorSkin.class,
                MenuBarSkin.class, MenuButtonSkin.class));
        for (String name : FIRST_FRAME) {
            try {
                Class.forName(name, false, Control.class.getClassLoader());
            } catch (ClassNotFoundException | LinkageError e) {
                // Another JavaFX version may name it differently: it is then loaded where it is first used, as before.
            }
        }
    }

    /**
     * Loads JavaFX's default style sheet here, the copy JavaFX styles with, through its style
     * manager: the first control made asks the FX thread to load it, which then finds it loaded
     * (JavaFX keeps the default style sheets it has when asked for the same again) instead of
     * reading and indexing it in a pulse. Not public API: where it cannot be reached, the FX thread
     * loads it, as before, and a copy read here and thrown away at least loads the classes.
     */
    private static void loadDefaultStyles() {
        try {
            Class<?> manager = Class.forName(STYLE_MANAGER, true, Control.class.getClassLoader());
            Object styles = manager.getMethod("getInstance").invoke(null);
            manager.getMethod("setUserAgentStylesheets", List.class).invoke(styles, List.of(DEFAULT_STYLES_NAME));
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            readDefaultStyles();
        }
    }

    /**
     * Reads JavaFX's default style sheet into a copy that is thrown away: the classes that read it
     * (selectors, declarations, every value converter) are then loaded when the FX thread reads it
     * for the window.
     */
    private static void readDefaultStyles() {
        URL styles = Control.class.getResource(DEFAULT_STYLES);
        if (styles == null) {
            return;
        }
        try {
            Stylesheet.loadBinary(styles);
        } catch (IOException e) {
            // Only a warm-up: the FX thread reads the style sheet itself either way.
        }
    }

    private static void loadProjectPane() {
        ProjectOpening.rehearse();
        initialise(List.of(
                ListViewSkin.class, ListCellSkin.class, VirtualFlow.class, ScrollBarSkin.class, ScrollPaneSkin.class,
                TabPaneSkin.class, ButtonSkin.class, ToggleButtonSkin.class, TextFieldSkin.class, DatePickerSkin.class,
                StackedBarChart.class, CategoryAxis.class, NumberAxis.class, ClassBarChart.class, OverviewView.class,
                FilterPanel.class, CheckListView.class, CheckBoxListCell.class, CheckBoxSkin.class, TableViewSkin.class,
                TableHeaderRow.class, TableColumnHeader.class, TableRowSkin.class, TableCellSkin.class,
                DrillDownDialog.class));
        // The drill-down's table: its skin makes these behaviours, whose lambdas were the first
        // drill-down's heaviest pulse (profiled: 30-60 ms of it linking them, in a new JVM).
        makeTableBehaviours(table());
    }

    private static void loadWizard() {
        initialise(List.of(ComboBoxListViewSkin.class, ComboBoxTableCell.class, CheckBoxSkin.class, ProgressBarSkin.class,
                TextFieldSkin.class, ListViewSkin.class, ListCellSkin.class, TableViewSkin.class, TableHeaderRow.class,
                TableColumnHeader.class, NestedTableColumnHeader.class, TableRowSkin.class, TableCellSkin.class,
                VirtualFlow.class, ScrollBarSkin.class, GridPane.class, FlowPane.class, Bindings.class));
        makeWizardControls();
    }

    /**
     * Makes, and drops, the kinds of control the wizard's steps show, and the behaviours their
     * skins make: besides loading their classes, this links their lambdas (a behaviour has dozens,
     * one for each key it handles), each linked once for the whole JVM. Profiled in a new JVM, the
     * FX thread loaded some 700 classes and linked some 600 lambdas while the wizard showed its
     * preview and columns. The controls are in no scene, so nothing is styled, laid out or
     * measured; a text field's behaviour is left out, as it makes a context menu (a window).
     */
    private static void makeWizardControls() {
        TableView<String> table = table();
        TableColumn<String, ?> column = table.getColumns().get(0);
        ComboBox<String> box = new ComboBox<>(FXCollections.observableArrayList("choice"));
        ListView<String> list = new ListView<>(FXCollections.observableArrayList("item"));
        @SuppressWarnings("unchecked")
        TableColumn<String, String> texts = (TableColumn<String, String>) column;
        ListCell<String> listCell = new ListCell<>();
        TextFieldTableCell.<String>forTableColumn().call(texts);
        ComboBoxTableCell.<String, String>forTableColumn("choice").call(texts);
        new CheckBoxTableCell<String, Boolean>();
        new TextField().setPromptText("text");
        new CheckBox("check").setSelected(true);
        new GridPane().addRow(0, new Label("label"));
        new FlowPane(new Label("label"));
        new ProgressBar(-1).setProgress(0.5);
        Bindings.createStringBinding(() -> "text", table.itemsProperty()).get();
        makeTableBehaviours(table);
        makeBehaviour("ComboBoxListViewBehavior", box);
        makeBehaviour("ListViewBehavior", list);
        makeBehaviour("ListCellBehavior", listCell);
    }

    /** A table of one text column and one row, in no scene. */
    private static TableView<String> table() {
        TableView<String> table = new TableView<>(FXCollections.observableArrayList("row"));
        TableColumn<String, String> column = new TableColumn<>("column");
        column.setCellValueFactory(d -> new ReadOnlyStringWrapper(d.getValue()));
        table.getColumns().add(column);
        table.setFixedCellSize(ROW_HEIGHT);
        return table;
    }

    /** The behaviours a table's skin, its rows' and its cells' make, made and disposed of: their lambdas linked. */
    private static void makeTableBehaviours(TableView<String> table) {
        makeBehaviour("TableViewBehavior", table);
        makeBehaviour("TableRowBehavior", new TableRow<String>());
        makeBehaviour("TableCellBehavior", new TableCell<String, String>());
    }

    /**
     * Makes and disposes of the behaviour JavaFX names {@code name} for {@code control}, which links
     * its lambdas. JavaFX's behaviours are not public API: by name, and skipped where they cannot be
     * reached (a module path, another JavaFX).
     */
    public static void makeBehaviour(String name, Control control) {
        try {
            Class<?> behaviour = Class.forName(BEHAVIOURS + name, true, Control.class.getClassLoader());
            for (java.lang.reflect.Constructor<?> c : behaviour.getConstructors()) {
                if (c.getParameterCount() == 1 && c.getParameterTypes()[0].isInstance(control)) {
                    behaviour.getMethod("dispose").invoke(c.newInstance(control));
                    return;
                }
            }
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            // Only a warm-up: the FX thread makes the behaviour as it makes the skin, as before.
        }
    }

    private static void initialise(List<Class<?>> classes) {
        for (Class<?> c : classes) {
            try {
                // Initialised too (static style metadata), which naming the class alone does not do.
                Class.forName(c.getName(), true, c.getClassLoader());
            } catch (ClassNotFoundException e) {
                // The class was just loaded by its literal; not finding it again would only leave it cold.
            }
        }
    }
}
