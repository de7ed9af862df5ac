package org.cxlens.ui.overview;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.WeakListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.cxlens.analysis.Grouping;
import org.cxlens.domain.ExperienceClass;
import org.cxlens.report.BarCategory;
import org.cxlens.report.ClassBarChartDescription;
import org.cxlens.ui.ChartPicture;
import org.cxlens.ui.Drillable;
import org.cxlens.ui.PieceByPulse;
import org.cxlens.report.SegmentTexts;
import org.cxlens.workspace.Mark;

/** The overview page: binds {@link OverviewViewModel} to its FXML; no logic of its own. */
public final class OverviewView {

    /** As many bars as a large project has touchpoints: each bar's position is a set of style classes of its own. */
    private static final int REHEARSED_BARS = 16;

    private final OverviewViewModel model;
    private final ResourceBundle bundle;

    @FXML private Label title;
    @FXML private Label summary;
    @FXML private Label weighting;
    @FXML private HBox tiles;
    @FXML private HBox waveRow;
    @FXML private Label status;
    @FXML private VBox busyPane;
    @FXML private Tab touchpointTab;
    @FXML private Tab departmentTab;
    private ClassBarChart touchpoints;
    private Consumer<Mark> onMark = mark -> { };
    private final ListChangeListener<WaveStep> wavesChanged = c -> fillWaves();

    public OverviewView(OverviewViewModel model, ResourceBundle bundle) {
        this.model = model;
        this.bundle = bundle;
    }

    /** A click on a touchpoint bar's segment: that touchpoint's experiences of that class. */
    public void setOnTouchpointSegment(BiConsumer<BarCategory, ExperienceClass> action) {
        touchpoints.setOnSegment(action);
    }

    /** A click on a headline share or a wave: the respondents of that class (in that wave). */
    public void setOnMark(Consumer<Mark> action) {
        onMark = action;
    }

    @FXML
    private void initialize() {
        buildTiles();
        model.waves().addListener(new WeakListChangeListener<>(wavesChanged));
        fillWaves();
        title.textProperty().bind(model.titleProperty());
        summary.textProperty().bind(model.summaryProperty());
        weighting.textProperty().bind(model.weightingProperty());
        status.textProperty().bind(model.statusProperty());
        busyPane.visibleProperty().bind(model.busyProperty().or(model.statusProperty().isNotEmpty()));
        String lowBase = bundle.getString("chart.lowBase");
        SegmentTexts texts = new SegmentTexts(bundle);
        // A tab's chart is drawn while its tab is selected: the hidden one catches up when chosen,
        // not at every filter change.
        touchpoints = new ClassBarChart(texts, lowBase,
                model.touchpointChartProperty().when(touchpointTab.selectedProperty()));
        touchpoints.setId("touchpointChart");
        ClassBarChart departments = new ClassBarChart(texts, lowBase,
                model.departmentChartProperty().when(departmentTab.selectedProperty()));
        departments.setId("departmentChart");
        attachCharts(departments);
        offerPicture(touchpoints, touchpointTab.getText(), texts, lowBase, model.touchpointChartProperty());
        offerPicture(departments, departmentTab.getText(), texts, lowBase, model.departmentChartProperty());
    }

    /**
     * The charts are the page's heaviest nodes to style and lay out: the touchpoints' goes in its
     * tab a pulse after the page is first laid out in a scene with its figures, the departments'
     * when its tab is first chosen, so the page's first frame does not hold them all. The
     * touchpoints' gets its first bars out of the scene: bars added to a chart in a shown scene are
     * matched to the window's style sheets one by one as they come, and again as each is
     * decorated (profiled on a first opening: 38–49 ms of FX work for 15 bars, against 10–14 ms
     * for a chart out of any scene, whose bars are matched once, in the pulse it joins).
     */
    private void attachCharts(ClassBarChart departments) {
        InvalidationListener ready = new InvalidationListener() {
            @Override
            public void invalidated(Observable changed) {
                Scene scene = tiles.getScene();
                if (scene != null && model.touchpointChartProperty().get() != null) {
                    tiles.sceneProperty().removeListener(this);
                    model.touchpointChartProperty().removeListener(this);
                    PieceByPulse.start(scene, List.of(() -> touchpointTab.setContent(touchpoints)));
                }
            }
        };
        tiles.sceneProperty().addListener(ready);
        model.touchpointChartProperty().addListener(ready);
        InvalidationListener inScene = new InvalidationListener() {
            @Override
            public void invalidated(Observable changed) {
                if (tiles.getScene() != null) {
                    tiles.sceneProperty().removeListener(this);
                    PieceByPulse.start(tiles.getScene(), filterChangeRehearsedInPlace());
                }
            }
        };
        tiles.sceneProperty().addListener(inScene);
        departmentTab.selectedProperty().addListener((obs, was, selected) -> {
            if (selected && departmentTab.getContent() == null) {
                departmentTab.setContent(departments);
            }
        });
    }

    /**
     * JavaFX matches styles once per scene and set of style classes. A chart given new figures in
     * a shown scene makes its bars there, each with its position among its style classes until
     * {@link ClassBarChart} takes it off: a window's first filter change matched some 45 new sets
     * (33–53 ms of FX work in that step; later ones 6–10 ms). No rehearsal in another scene can
     * spare the window that, so while the page waits for its first figures (built ahead, hidden), an
     * invisible chart of made-up figures stands in the tab where the real one will, is given other
     * figures there, for a quarter more of its bars each pulse (one step held the FX thread 65–81 ms;
     * two, for half the bars each, held up to 67 ms each in a pulse with their styling), and is taken
     * out; the real chart takes its place if it comes first.
     */
    private List<Runnable> filterChangeRehearsedInPlace() {
        SimpleObjectProperty<ClassBarChartDescription> figures = new SimpleObjectProperty<>();
        BooleanSupplier standing = () -> touchpointTab.getContent() != null && !touchpointTab.getContent().isVisible();
        return List.of(() -> {
            if (touchpointTab.getContent() == null && model.touchpointChartProperty().get() == null) {
                figures.set(OverviewSpecimen.touchpoints(REHEARSED_BARS / 4));
                ClassBarChart specimen = OverviewSpecimen.touchpointChart(bundle, figures);
                specimen.setVisible(false);
                touchpointTab.setContent(specimen);
                specimen.applyCss();
            }
        }, refigured(figures, standing, REHEARSED_BARS / 4), refigured(figures, standing, REHEARSED_BARS / 2),
                refigured(figures, standing, REHEARSED_BARS * 3 / 4), refigured(figures, standing, REHEARSED_BARS), () -> {
            if (standing.getAsBoolean()) {
                touchpointTab.setContent(null);
            }
        });
    }

    /** The standing chart given other figures, for {@code bars} bars. */
    private static Runnable refigured(SimpleObjectProperty<ClassBarChartDescription> figures, BooleanSupplier standing,
                                      int bars) {
        return () -> {
            if (standing.getAsBoolean()) {
                figures.set(OverviewSpecimen.filteredTouchpoints(bars));
            }
        };
    }

    /** "Save chart as PNG…" on a tab's chart: the chart drawn again from the figures it shows. */
    private void offerPicture(ClassBarChart chart, String name, SegmentTexts texts, String lowBase,
                              ObservableValue<ClassBarChartDescription> shown) {
        ChartPicture.offer(chart, name, bundle, () -> shown.getValue() == null ? null
                : new ClassBarChart(texts, lowBase, new SimpleObjectProperty<>(shown.getValue())));
    }

    /** Delight first, as the headline; then satisfied, indifferent, NPS and recovery needed. */
    private void buildTiles() {
        tiles.getChildren().setAll(
                classTile(ExperienceClass.DELIGHTED, model.delightedProperty()),
                classTile(ExperienceClass.SATISFIED, model.satisfiedProperty()),
                classTile(ExperienceClass.INDIFFERENT, model.indifferentProperty()),
                tile("nps-tile", bundle.getString("overview.nps"), model.npsProperty(), model.npsDetailProperty()),
                tile("recovery-tile", bundle.getString("overview.recovery"), model.recoveryProperty(),
                        model.recoveryDetailProperty()));
        Tooltip npsTip = new Tooltip();
        npsTip.textProperty().bind(model.npsTooltipProperty());
        Tooltip.install(tiles.getChildren().get(3), npsTip);
        Tooltip recoveryTip = new Tooltip();
        recoveryTip.textProperty().bind(model.recoveryTooltipProperty());
        recoveryTip.setWrapText(true);
        recoveryTip.setMaxWidth(420);
        Tooltip.install(tiles.getChildren().get(4), recoveryTip);
    }

    private VBox classTile(ExperienceClass c, ReadOnlyStringProperty value) {
        String name = c.name().toLowerCase(Locale.ROOT);
        VBox tile = tile(name + "-tile", bundle.getString("class." + name), value, model.intervalProperty(c));
        Label count = new Label();
        count.textProperty().bind(model.countProperty(c));
        count.getStyleClass().add("tile-detail");
        Label explanation = new Label();
        explanation.textProperty().bind(model.explanationProperty(c));
        explanation.getStyleClass().add("tile-explanation");
        explanation.setWrapText(true);
        tile.getChildren().addAll(count, explanation);
        tile.getStyleClass().add("drillable");
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(Bindings.concat(model.explanationProperty(c), "\n", bundle.getString("overview.tile.open")));
        Tooltip.install(tile, tip);
        tile.setOnMouseClicked(e -> onMark.accept(Mark.respondents(c)));
        Drillable.byKeyboard(tile, tip::getText, () -> onMark.accept(Mark.respondents(c)));
        return tile;
    }

    private static VBox tile(String styleClass, String caption, ReadOnlyStringProperty value,
                             ReadOnlyStringProperty detail) {
        Label captionLabel = new Label(caption);
        captionLabel.getStyleClass().add("tile-caption");
        Label valueLabel = new Label();
        valueLabel.textProperty().bind(value);
        valueLabel.getStyleClass().add("tile-value");
        Label detailLabel = new Label();
        detailLabel.textProperty().bind(detail);
        detailLabel.getStyleClass().add("tile-detail");
        detailLabel.setWrapText(true);
        VBox tile = new VBox(captionLabel, valueLabel, detailLabel);
        tile.getStyleClass().addAll("tile", styleClass);
        return tile;
    }

    /** "Delighted by wave: 2025-Q1 21 % · 2025-Q3 30 % ▲", each wave opening its delighted respondents. */
    private void fillWaves() {
        waveRow.getChildren().clear();
        if (model.waves().isEmpty()) {
            return;
        }
        Label heading = new Label(bundle.getString("overview.byWave"));
        heading.getStyleClass().add("wave-heading");
        waveRow.getChildren().add(heading);
        for (WaveStep step : model.waves()) {
            Label wave = new Label(step.text());
            wave.setMnemonicParsing(false);
            wave.getStyleClass().addAll("wave-step", "drillable");
            if (step.lowBase()) {
                wave.getStyleClass().add("low-base");
            }
            Tooltip tip = new Tooltip(step.tooltip());
            Tooltip.install(wave, tip);
            Mark mark = Mark.respondents(ExperienceClass.DELIGHTED).inGroup(Grouping.wave(), step.wave());
            wave.setOnMouseClicked(e -> onMark.accept(mark));
            Drillable.byKeyboard(wave, step::tooltip, () -> onMark.accept(mark));
            waveRow.getChildren().add(wave);
        }
    }
}
