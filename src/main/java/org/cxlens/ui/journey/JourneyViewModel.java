package org.cxlens.ui.journey;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ResourceBundle;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.cxlens.analysis.Filter;
import org.cxlens.analysis.PriorityTargets;
import org.cxlens.domain.ExperienceClass;
import org.cxlens.domain.Touchpoint;
import org.cxlens.report.ChartDescriptions;
import org.cxlens.report.JourneyChartDescription;
import org.cxlens.ui.PageModel;
import org.cxlens.ui.Tasks;
import org.cxlens.workspace.Mark;
import org.cxlens.workspace.OpenProject;

/**
 * State of the journey page: the journey chart of the window's filter and what a click on one of
 * its points shows. Holds no controls.
 */
public final class JourneyViewModel extends PageModel<JourneyFigures> {

    private final ReadOnlyObjectWrapper<JourneyFigures> figures = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<JourneyChartDescription> chart = new ReadOnlyObjectWrapper<>();

    public JourneyViewModel() {
        figures.addListener((obs, old, f) -> chart.set(f == null ? null : f.chart()));
    }

    @Override
    public Tasks.Work<JourneyFigures> figures(OpenProject project, Filter filter, ResourceBundle bundle) {
        String title = bundle.getString("page.journey");
        return progress -> {
            Map<String, Touchpoint> touchpoints = new LinkedHashMap<>();
            project.data().touchpoints().forEach(t -> touchpoints.put(t.name(), t));
            return new JourneyFigures(ChartDescriptions.journey(project.dashboard(filter), PriorityTargets.DEFAULT, title),
                    touchpoints);
        };
    }

    @Override
    public void show(JourneyFigures shown) {
        figures.set(shown);
    }

    @Override
    public void clear() {
        figures.set(null);
    }

    /** The chart to draw, or null before the first figures. */
    public ReadOnlyObjectProperty<JourneyChartDescription> chartProperty() {
        return chart.getReadOnlyProperty();
    }

    /** A click on a step's delighted point: its delighted experiences. */
    public Mark delightedMark(int step) {
        return Mark.experience(touchpoint(step), ExperienceClass.DELIGHTED);
    }

    /**
     * A click on a step's recovery point: every experience at the step (the point's base), whose
     * table shows each score and class, so those needing recovery are found by sorting on the
     * step's score; no mark selects recovery alone yet.
     */
    public Mark recoveryMark(int step) {
        return Mark.experience(touchpoint(step), null);
    }

    private Touchpoint touchpoint(int step) {
        return figures.get().touchpoints().get(figures.get().chart().steps().get(step).key());
    }
}
