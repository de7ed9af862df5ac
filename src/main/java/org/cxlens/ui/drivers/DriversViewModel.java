package org.cxlens.ui.drivers;

import java.util.ResourceBundle;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.cxlens.analysis.Dashboard;
import org.cxlens.analysis.Drivers;
import org.cxlens.analysis.Filter;
import org.cxlens.analysis.PerformanceMeasure;
import org.cxlens.report.DriverChartDescription;
import org.cxlens.report.DriverPoint;
import org.cxlens.report.ModelSummary;
import org.cxlens.report.PageTexts;
import org.cxlens.ui.PageModel;
import org.cxlens.ui.Tasks;
import org.cxlens.workspace.Mark;
import org.cxlens.workspace.OpenProject;

/**
 * State of the drivers page: the chosen outcome and performance measure, and the importance–
 * performance matrix of the window's filter. Delight is the default outcome and the default
 * performance measure, as delight is the headline everywhere. The outcome is shared with the
 * priorities page, whose ranking uses the same importance.
 */
public final class DriversViewModel extends PageModel<DriversFigures> {

    private final ObjectProperty<OutcomeChoice> outcome = new SimpleObjectProperty<>(OutcomeChoice.DELIGHT);
    private final ObjectProperty<PerformanceMeasure> performance =
            new SimpleObjectProperty<>(PerformanceMeasure.DELIGHTED);
    private final ReadOnlyObjectWrapper<DriversFigures> figures = new ReadOnlyObjectWrapper<>();

    public DriversViewModel() {
        outcome.addListener((obs, old, o) -> choicesChanged());
        performance.addListener((obs, old, p) -> choicesChanged());
    }

    @Override
    public Tasks.Work<DriversFigures> figures(OpenProject project, Filter filter, ResourceBundle bundle) {
        OutcomeChoice chosenOutcome = outcome.get();
        PerformanceMeasure chosenPerformance = performance.get();
        return progress -> {
            Dashboard dashboard = project.dashboard(filter);
            Drivers drivers = project.drivers(filter, chosenOutcome.outcome(), chosenPerformance);
            DriverChartDescription chart = DriverChartDescription.of(drivers, dashboard);
            return new DriversFigures(chart, ModelSummary.of(chart, new PageTexts(bundle)),
                    OutcomeChoice.RECOMMEND.available(project.data()), project.data().touchpoints());
        };
    }

    @Override
    public void show(DriversFigures shown) {
        figures.set(shown);
    }

    @Override
    public void clear() {
        figures.set(null);
    }

    /** The outcome importance explains; shared with the priorities page. */
    public ObjectProperty<OutcomeChoice> outcomeProperty() {
        return outcome;
    }

    /** The horizontal axis of the matrix. */
    public ObjectProperty<PerformanceMeasure> performanceProperty() {
        return performance;
    }

    /** The figures shown, or null before the first computation and after the project closes. */
    public ReadOnlyObjectProperty<DriversFigures> figuresProperty() {
        return figures.getReadOnlyProperty();
    }

    /** What a click on a point or row opens: every classified experience of that touchpoint, the point's n. */
    public Mark drillDown(DriverPoint point) {
        return figures.get().touchpoints().stream().filter(t -> t.name().equals(point.key())).findFirst()
                .map(t -> Mark.experience(t, null)).orElseThrow();
    }
}
