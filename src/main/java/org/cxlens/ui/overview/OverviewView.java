package org.cxlens.ui.overview;

import java.util.ResourceBundle;
import java.util.function.BiConsumer;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.layout.VBox;
import org.cxlens.domain.ExperienceClass;
import org.cxlens.report.BarCategory;
import org.cxlens.ui.SegmentTexts;

/** The overview page: binds {@link OverviewViewModel} to its FXML; no logic of its own. */
public final class OverviewView {

    private final OverviewViewModel model;
    private final ResourceBundle bundle;

    @FXML private Label title;
    @FXML private Label summary;
    @FXML private Label weighting;
    @FXML private Label delighted;
    @FXML private Label satisfied;
    @FXML private Label indifferent;
    @FXML private Label nps;
    @FXML private Label status;
    @FXML private VBox busyPane;
    @FXML private Tab touchpointTab;
    @FXML private Tab departmentTab;
    private ClassBarChart touchpoints;

    public OverviewView(OverviewViewModel model, ResourceBundle bundle) {
        this.model = model;
        this.bundle = bundle;
    }

    /** A click on a touchpoint bar's segment: that touchpoint's experiences of that class. */
    public void setOnTouchpointSegment(BiConsumer<BarCategory, ExperienceClass> action) {
        touchpoints.setOnSegment(action);
    }

    @FXML
    private void initialize() {
        title.textProperty().bind(model.titleProperty());
        summary.textProperty().bind(model.summaryProperty());
        weighting.textProperty().bind(model.weightingProperty());
        delighted.textProperty().bind(model.delightedProperty());
        satisfied.textProperty().bind(model.satisfiedProperty());
        indifferent.textProperty().bind(model.indifferentProperty());
        nps.textProperty().bind(model.npsProperty());
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
        touchpointTab.setContent(touchpoints);
        departmentTab.setContent(departments);
    }
}
