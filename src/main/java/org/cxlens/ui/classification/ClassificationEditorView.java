package org.cxlens.ui.classification;

import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import javafx.beans.property.DoubleProperty;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.cxlens.domain.ExperienceClass;
import org.cxlens.report.BarCategory;
import org.cxlens.report.ClassBarChartDescription;
import org.cxlens.ui.ClassBarCells;
import org.cxlens.ui.ClassBarNode;
import org.cxlens.ui.PieceByPulse;
import org.cxlens.report.SegmentTexts;

/**
 * The classification editor: on the left the three threshold sliders, the expectation rule
 * switch, the cut points on every scale in use and Apply / Revert / Defaults; on the right who
 * moves between the classes and the class bars of all respondents and of every touchpoint under
 * the sliders' scheme, redrawn as a slider moves. The bars are not clickable: their scheme is
 * not yet the project's, so the respondents behind them could not be listed.
 */
public final class ClassificationEditorView {

    /**
     * Bars put in a pulse when they are made anew: all of a project's in one, in a new window, held
     * the FX thread up for about 100 ms (their making, styling and layout, 6–8 ms a bar).
     */
    private static final int BARS_A_PULSE = 4;

    private final ClassificationEditorViewModel model;
    private final ResourceBundle bundle;
    private final SegmentTexts texts;
    private final ClassBarCells cells;
    private final BorderPane root = new BorderPane();
    private final VBox cutLines = new VBox(3);
    private final VBox moveLines = new VBox(3);
    private final GridPane bars = new GridPane();
    private final List<ClassBarNode> barNodes = new ArrayList<>();
    private ClassificationFigures drawn;
    /** The bars being put in, a few a pulse, until they all are; null before the first. */
    private PieceByPulse adding;

    public ClassificationEditorView(ClassificationEditorViewModel model, ResourceBundle bundle) {
        this.model = model;
        this.bundle = bundle;
        this.texts = new SegmentTexts(bundle);
        this.cells = new ClassBarCells(bundle, texts);
        root.getStyleClass().add("classification-editor");
        root.setTop(header());
        root.setLeft(controls());
        root.setCenter(shares());
        model.cutPointsProperty().addListener((obs, old, lines) -> showLines(cutLines, lines, "cut-line"));
        model.movesProperty().addListener((obs, old, lines) -> showLines(moveLines, lines, "move-line"));
        model.figuresProperty().addListener((obs, old, f) -> redraw());
        // The bars, not the editor: in a window that puts the editor in over a few pulses, they come in last.
        bars.sceneProperty().addListener((obs, old, scene) -> redraw());
        showLines(cutLines, model.cutPointsProperty().get(), "cut-line");
        showLines(moveLines, model.movesProperty().get(), "move-line");
        redraw();
    }

    public Node node() {
        return root;
    }

    /**
     * Takes the controls and the shares out of the editor and gives back what puts them in again:
     * each scroll pane empty, then its content, controls first, each a pulse of its own for a window
     * that shows the editor over a few pulses (the controls with their scroll pane, cold, took 60–80
     * ms of one pulse).
     */
    List<Runnable> deferParts() {
        ScrollPane left = (ScrollPane) root.getLeft();
        ScrollPane center = (ScrollPane) root.getCenter();
        Node controls = left.getContent();
        Node shares = center.getContent();
        root.setLeft(null);
        root.setCenter(null);
        left.setContent(null);
        center.setContent(null);
        return List.of(() -> root.setLeft(left), () -> left.setContent(controls),
                () -> root.setCenter(center), () -> center.setContent(shares));
    }

    private Node header() {
        Label title = new Label(bundle.getString("classification.title"));
        title.getStyleClass().add("title");
        Label lead = new Label(bundle.getString("classification.lead"));
        lead.getStyleClass().add("summary");
        lead.setWrapText(true);
        VBox header = new VBox(4, title, lead);
        header.getStyleClass().add("header");
        return header;
    }

    private Node controls() {
        GridPane sliders = new GridPane();
        sliders.getStyleClass().add("threshold-sliders");
        sliders.getColumnConstraints().setAll(new ColumnConstraints(), grow(), new ColumnConstraints(48));
        sliders.getColumnConstraints().get(2).setHalignment(HPos.RIGHT);
        addSlider(sliders, 0, "delighted", model.delightedFromProperty());
        addSlider(sliders, 1, "satisfied", model.satisfiedFromProperty());
        addSlider(sliders, 2, "recovery", model.recoveryBelowProperty());

        CheckBox rule = new CheckBox(bundle.getString("classification.expectationRule"));
        rule.getStyleClass().add("expectation-rule");
        rule.setWrapText(true);
        rule.selectedProperty().bindBidirectional(model.expectationRuleProperty());
        rule.setTooltip(tip("classification.expectationRule.tip"));
        Label ruleNote = new Label();
        ruleNote.textProperty().bind(model.expectationRuleProperty().map(on ->
                bundle.getString(on ? "classification.expectationRule.on" : "classification.expectationRule.off")));
        ruleNote.getStyleClass().add("rule-note");
        ruleNote.setWrapText(true);

        Label cutsHeading = heading("classification.cuts");
        cutLines.getStyleClass().add("cut-lines");

        Button apply = new Button(bundle.getString("classification.apply"));
        apply.getStyleClass().add("apply-scheme");
        apply.setDefaultButton(true);
        apply.setTooltip(tip("classification.apply.tip"));
        apply.disableProperty().bind(model.changedProperty().not().or(model.savingProperty()));
        apply.setOnAction(e -> model.apply());
        Button revert = new Button(bundle.getString("classification.revert"));
        revert.getStyleClass().add("revert-scheme");
        revert.setTooltip(tip("classification.revert.tip"));
        revert.disableProperty().bind(model.changedProperty().not());
        revert.setOnAction(e -> model.revert());
        Button defaults = new Button(bundle.getString("classification.defaults"));
        defaults.getStyleClass().add("default-scheme");
        defaults.setTooltip(tip("classification.defaults.tip"));
        defaults.disableProperty().bind(model.differsFromDefaultsProperty().not());
        defaults.setOnAction(e -> model.defaults());
        HBox buttons = new HBox(8, apply, revert, defaults);
        buttons.getStyleClass().add("scheme-buttons");

        Label unsaved = new Label(bundle.getString("classification.unsaved"));
        unsaved.getStyleClass().add("unsaved-note");
        unsaved.setWrapText(true);
        unsaved.visibleProperty().bind(model.changedProperty());
        unsaved.managedProperty().bind(unsaved.visibleProperty());
        Label problem = new Label();
        problem.getStyleClass().add("scheme-problem");
        problem.setWrapText(true);
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(model.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());

        VBox controls = new VBox(10, sliders, rule, ruleNote, cutsHeading, cutLines, buttons, unsaved, problem);
        controls.getStyleClass().add("scheme-controls");
        controls.setPrefWidth(400);
        controls.setMinWidth(340);
        ScrollPane scroll = new ScrollPane(controls);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("scheme-controls-scroll");
        return scroll;
    }

    /** "Delighted from  [────●──]  85 %", the value in whole percent of the scale range. */
    private void addSlider(GridPane grid, int row, String name, DoubleProperty value) {
        Label label = new Label(bundle.getString("classification.slider." + name));
        label.getStyleClass().add("slider-label");
        Slider slider = new Slider(0, 1, value.get());
        slider.getStyleClass().addAll("threshold-slider", name + "-slider");
        slider.setMajorTickUnit(0.25);
        slider.setMinorTickCount(4);
        slider.setShowTickMarks(true);
        slider.setBlockIncrement(0.01);
        slider.valueProperty().bindBidirectional(value);
        slider.setTooltip(tip("classification.slider." + name + ".tip"));
        label.setLabelFor(slider);
        Label percent = new Label();
        percent.getStyleClass().add("slider-value");
        percent.textProperty().bind(model.schemeProperty().map(s -> texts.roundPercent(switch (name) {
            case "delighted" -> s.delightedFrom();
            case "satisfied" -> s.satisfiedFrom();
            default -> s.recoveryBelow();
        })));
        grid.addRow(row, label, slider, percent);
    }

    private Node shares() {
        Label movesHeading = heading("classification.moves");
        moveLines.getStyleClass().add("move-lines");
        Label sharesHeading = heading("classification.shares");
        bars.getStyleClass().add("touchpoint-rows");
        bars.getColumnConstraints().setAll(fixed(170), grow(), fixed(70));
        bars.getColumnConstraints().get(2).setHalignment(HPos.RIGHT);
        VBox content = new VBox(8, movesHeading, moveLines, sharesHeading, cells.legend(), bars);
        content.getStyleClass().add("scheme-shares");
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("touchpoint-scroll");
        return scroll;
    }

    /** New words on the labels there are, so that moving a slider makes no new nodes to style. */
    private void showLines(VBox box, List<String> lines, String styleClass) {
        if (box.getChildren().size() == lines.size()) {
            for (int i = 0; i < lines.size(); i++) {
                ((Label) box.getChildren().get(i)).setText(lines.get(i));
            }
            return;
        }
        box.getChildren().clear();
        for (String line : lines) {
            Label label = new Label(line);
            label.getStyleClass().add(styleClass);
            label.setWrapText(true);
            label.setMnemonicParsing(false);
            box.getChildren().add(label);
        }
    }

    /** Draws the bars only while the editor is on screen, like the pages; new bars come in a few a pulse. */
    private void redraw() {
        ClassificationFigures figures = model.figuresProperty().get();
        if (bars.getScene() != null && figures != drawn) {
            ClassificationFigures before = drawn;
            drawn = figures;
            drawBars(figures, before);
        }
    }

    /**
     * The same bars as before (a slider moved) get the new figures on their nodes; other bars (a
     * project or filter with other touchpoints) are built anew.
     */
    private void drawBars(ClassificationFigures figures, ClassificationFigures before) {
        if (figures != null && before != null && keys(figures).equals(keys(before))) {
            if (adding != null) {
                adding.finish();
            }
            update(figures.respondents(), 0, 0);
            for (int i = 0; i < figures.touchpoints().categories().size(); i++) {
                update(figures.touchpoints(), i, i + 1);
            }
            return;
        }
        if (adding != null) {
            adding.stop();
        }
        bars.getChildren().clear();
        barNodes.clear();
        if (figures == null) {
            return;
        }
        List<Runnable> rows = new ArrayList<>();
        rows.add(() -> addBar(figures.respondents(), 0, 0));
        ClassBarChartDescription touchpoints = figures.touchpoints();
        for (int i = 0; i < touchpoints.categories().size(); i++) {
            int bar = i;
            rows.add(() -> addBar(touchpoints, bar, bar + 1));
        }
        adding = PieceByPulse.start(bars.getScene(),
                PieceByPulse.inBatches(rows, BARS_A_PULSE, some -> some.forEach(Runnable::run)));
    }

    /** What stays the same while only the scheme moves: the bars, their bases and low-base marks. */
    private static List<String> keys(ClassificationFigures figures) {
        List<String> keys = new ArrayList<>();
        for (ClassBarChartDescription chart : List.of(figures.respondents(), figures.touchpoints())) {
            chart.categories().forEach(c -> keys.add(c.key() + '|' + c.base() + '|' + c.lowBase()));
        }
        return keys;
    }

    private void update(ClassBarChartDescription chart, int i, int row) {
        barNodes.get(row).update(chart, i, texts);
    }

    private void addBar(ClassBarChartDescription chart, int i, int row) {
        BarCategory bar = chart.categories().get(i);
        Label name = new Label(bar.label());
        name.getStyleClass().add(row == 0 ? "respondents-name" : "touchpoint-name");
        name.setMnemonicParsing(false);
        ClassBarNode node = new ClassBarNode(chart, i, texts, c -> { });
        for (ExperienceClass c : ExperienceClass.values()) {
            node.segment(c).getStyleClass().remove("drillable");
        }
        barNodes.add(node);
        bars.addRow(row, name, node, cells.base(bar));
    }

    private Label heading(String key) {
        Label heading = new Label(bundle.getString(key));
        heading.getStyleClass().add("section-heading");
        return heading;
    }

    private Tooltip tip(String key) {
        return new Tooltip(bundle.getString(key));
    }

    private static ColumnConstraints fixed(double width) {
        ColumnConstraints column = new ColumnConstraints();
        column.setPrefWidth(width);
        column.setMinWidth(Region.USE_PREF_SIZE);
        return column;
    }

    private static ColumnConstraints grow() {
        ColumnConstraints column = new ColumnConstraints();
        column.setHgrow(Priority.ALWAYS);
        column.setMinWidth(120);
        return column;
    }
}
