package org.cxlens.ui.departments;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.IntToDoubleFunction;
import java.util.stream.IntStream;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import org.cxlens.analysis.Dashboard;
import org.cxlens.analysis.Filter;
import org.cxlens.analysis.PriorityTargets;
import org.cxlens.domain.ExperienceClass;
import org.cxlens.domain.Touchpoint;
import org.cxlens.report.ChartDescriptions;
import org.cxlens.report.ClassBarChartDescription;
import org.cxlens.report.DepartmentChartDescription;
import org.cxlens.ui.PageModel;
import org.cxlens.ui.Tasks;
import org.cxlens.workspace.Mark;
import org.cxlens.workspace.OpenProject;

/**
 * State of the departments page: a bar per owning department under the window's filter, in the
 * chosen order, and which departments are opened to show the touchpoints they own. The opened
 * departments stay open when the filter changes. Holds no controls.
 */
public final class DepartmentsViewModel extends PageModel<DepartmentsFigures> {

    private final ObjectProperty<DepartmentSort> sort = new SimpleObjectProperty<>(DepartmentSort.JOURNEY);
    private final ReadOnlyObjectWrapper<DepartmentsFigures> figures = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<DepartmentChartDescription> chart = new ReadOnlyObjectWrapper<>();
    private final ObservableSet<String> opened = FXCollections.observableSet();

    public DepartmentsViewModel() {
        figures.addListener((obs, old, f) -> arrange());
        sort.addListener((obs, old, s) -> arrange());
    }

    @Override
    public Tasks.Work<DepartmentsFigures> figures(OpenProject project, Filter filter, ResourceBundle bundle) {
        String title = bundle.getString("page.departments");
        String touchpointsTitle = bundle.getString("page.touchpoints");
        return progress -> {
            Dashboard dashboard = project.dashboard(filter);
            Map<String, Touchpoint> touchpoints = new LinkedHashMap<>();
            project.data().touchpoints().forEach(t -> touchpoints.put(t.name(), t));
            return new DepartmentsFigures(ChartDescriptions.departmentsWithTouchpoints(dashboard, PriorityTargets.DEFAULT,
                    title, touchpointsTitle), journeyOrder(dashboard), touchpoints);
        };
    }

    /** Departments by their first touchpoint in the journey (the dashboard lists touchpoints in journey order). */
    private static List<String> journeyOrder(Dashboard dashboard) {
        return dashboard.touchpoints().stream().map(t -> t.touchpoint().department())
                .filter(d -> d != null).distinct().toList();
    }

    @Override
    public void show(DepartmentsFigures shown) {
        figures.set(shown);
    }

    @Override
    public void clear() {
        figures.set(null);
        opened.clear();
    }

    public ObjectProperty<DepartmentSort> sortProperty() {
        return sort;
    }

    /** The chart to draw: the departments in the chosen order, each with its touchpoints in journey order. */
    public ReadOnlyObjectProperty<DepartmentChartDescription> chartProperty() {
        return chart.getReadOnlyProperty();
    }

    /** The departments (by key) whose touchpoints are shown under their bar. */
    public ObservableSet<String> opened() {
        return opened;
    }

    /** Opens a closed department, closes an open one. */
    public void toggle(String department) {
        if (!opened.remove(department)) {
            opened.add(department);
        }
    }

    /** Opens every department, or closes them all when every one is open already. */
    public void toggleAll() {
        DepartmentChartDescription c = chart.get();
        if (c == null) {
            return;
        }
        List<String> all = c.departments().categories().stream().map(b -> b.key()).toList();
        if (opened.containsAll(all)) {
            opened.clear();
        } else {
            opened.addAll(all);
        }
    }

    /** What a click on a department bar's segment shows: its experiences of that class, each respondent once. */
    public Mark departmentMark(int department, ExperienceClass c) {
        return Mark.department(chart.get().departments().categories().get(department).key(), c);
    }

    /** What a click on a segment of one of a department's touchpoint bars shows. */
    public Mark touchpointMark(int department, int touchpoint, ExperienceClass c) {
        String name = chart.get().owned().get(department).categories().get(touchpoint).key();
        return Mark.experience(figures.get().touchpoints().get(name), c);
    }

    private void arrange() {
        DepartmentsFigures f = figures.get();
        chart.set(f == null ? null : f.chart().reordered(order(f, sort.get())));
    }

    /** Positions in the new order; ties keep the order by name. */
    static List<Integer> order(DepartmentsFigures f, DepartmentSort by) {
        ClassBarChartDescription bars = f.chart().departments();
        IntToDoubleFunction key = switch (by) {
            case NAME -> i -> i;
            case JOURNEY -> i -> journeyPosition(f.journeyOrder(), bars.categories().get(i).key());
            case DELIGHTED -> i -> -bars.segment(i, ExperienceClass.DELIGHTED).share();
            case INDIFFERENT -> i -> -bars.segment(i, ExperienceClass.INDIFFERENT).share();
        };
        return IntStream.range(0, bars.categories().size()).boxed()
                .sorted(Comparator.comparingDouble(key::applyAsDouble)).toList();
    }

    private static double journeyPosition(List<String> journeyOrder, String department) {
        int position = journeyOrder.indexOf(department);
        return position < 0 ? Double.POSITIVE_INFINITY : position;
    }
}
