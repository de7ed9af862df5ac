package org.cxlens.ui.heatmap;

import java.util.List;
import java.util.ResourceBundle;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.cxlens.analysis.Filter;
import org.cxlens.analysis.Grouping;
import org.cxlens.analysis.Heatmap;
import org.cxlens.report.ChartMeasure;
import org.cxlens.report.HeatCell;
import org.cxlens.report.HeatmapDescription;
import org.cxlens.ui.PageModel;
import org.cxlens.ui.Tasks;
import org.cxlens.workspace.Dimensions;
import org.cxlens.workspace.Mark;
import org.cxlens.workspace.OpenProject;

/**
 * State of the heatmap page: the chosen dimension (columns) and measure, and the heatmap of the
 * window's filter. Holds no controls, so tests drive it without a window.
 */
public final class HeatmapViewModel extends PageModel<HeatmapFigures> {

    /** The measures a cell can show: the shares (NPS is no share of experiences). */
    public static final List<ChartMeasure> MEASURES = List.of(ChartMeasure.DELIGHTED, ChartMeasure.SATISFIED_OR_BETTER,
            ChartMeasure.RECOVERY);

    private final ObservableList<Grouping> dimensions = FXCollections.observableArrayList();
    private final ObjectProperty<Grouping> dimension = new SimpleObjectProperty<>();
    private final ObjectProperty<ChartMeasure> measure = new SimpleObjectProperty<>(ChartMeasure.DELIGHTED);
    private final ReadOnlyObjectWrapper<HeatmapFigures> figures = new ReadOnlyObjectWrapper<>();
    /** True while figures are being shown: the choices they carry are no user's choice. */
    private boolean showing;

    public HeatmapViewModel() {
        dimension.addListener((obs, old, d) -> chosen(d));
        measure.addListener((obs, old, m) -> chosen(m));
    }

    private void chosen(Object choice) {
        if (!showing && choice != null) {
            choicesChanged();
        }
    }

    @Override
    public Tasks.Work<HeatmapFigures> figures(OpenProject project, Filter filter, ResourceBundle bundle) {
        Grouping wanted = dimension.get();
        ChartMeasure shown = measure.get();
        String title = bundle.getString("page.heatmap");
        return progress -> compute(project, filter, wanted, shown, title);
    }

    private static HeatmapFigures compute(OpenProject project, Filter filter, Grouping wanted, ChartMeasure shown,
                                          String title) {
        List<Grouping> choices = Dimensions.of(project.data());
        if (choices.isEmpty()) {
            return new HeatmapFigures(choices, null, shown, null, List.of());
        }
        Grouping chosen = wanted != null && choices.contains(wanted) ? wanted : choices.get(0);
        Heatmap heatmap = project.heatmap(chosen, filter);
        boolean weighted = project.data().weighted() && project.engine().settings().weighted();
        return new HeatmapFigures(choices, chosen, shown, HeatmapDescription.of(heatmap, shown, title, weighted),
                heatmap.touchpoints());
    }

    @Override
    public void show(HeatmapFigures shown) {
        showing = true;
        try {
            dimensions.setAll(shown.dimensions());
            // Cleared first: a combo box whose items were replaced shows its value again only when it changes.
            dimension.set(null);
            measure.set(null);
            dimension.set(shown.dimension());
            measure.set(shown.measure());
            figures.set(shown);
        } finally {
            showing = false;
        }
    }

    @Override
    public void clear() {
        showing = true;
        try {
            figures.set(null);
            dimensions.clear();
            dimension.set(null);
        } finally {
            showing = false;
        }
    }

    /** The columns the data offers. */
    public ObservableList<Grouping> dimensions() {
        return dimensions;
    }

    public ObjectProperty<Grouping> dimensionProperty() {
        return dimension;
    }

    public ObjectProperty<ChartMeasure> measureProperty() {
        return measure;
    }

    public ReadOnlyObjectProperty<HeatmapFigures> figuresProperty() {
        return figures.getReadOnlyProperty();
    }

    /**
     * What a click on a cell opens: the touchpoint's experiences of the measure's class in the
     * cell's group, or all the cell's experiences when the measure is no single class.
     */
    public Mark mark(int row, int column) {
        HeatmapFigures f = figures.get();
        return Mark.experience(f.touchpoints().get(row), f.measure().drillClass())
                .inGroup(f.dimension(), f.chart().columnLabels().get(column));
    }

    /** How many respondents {@link #mark} opens: the cell's n of its class, or its base. */
    public int markCount(int row, int column) {
        HeatmapFigures f = figures.get();
        HeatCell cell = f.chart().cell(row, column);
        return f.measure().drillClass() != null ? cell.n() : cell.base();
    }
}
