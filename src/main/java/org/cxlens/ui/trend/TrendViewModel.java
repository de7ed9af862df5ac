package org.cxlens.ui.trend;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.cxlens.analysis.Filter;
import org.cxlens.analysis.GroupMeasure;
import org.cxlens.analysis.Grouping;
import org.cxlens.analysis.Heatmap;
import org.cxlens.domain.Touchpoint;
import org.cxlens.report.ChartMeasure;
import org.cxlens.report.TrendChartDescription;
import org.cxlens.report.TrendPeriod;
import org.cxlens.ui.PageModel;
import org.cxlens.ui.Tasks;
import org.cxlens.workspace.Dimensions;
import org.cxlens.workspace.Mark;
import org.cxlens.workspace.OpenProject;

/**
 * State of the trend page: the chosen measure, period (wave or month) and subject (all
 * respondents or one touchpoint), and the trend of the window's filter. Holds no controls.
 */
public final class TrendViewModel extends PageModel<TrendFigures> {

    private static final List<ChartMeasure> SHARES = List.of(ChartMeasure.DELIGHTED, ChartMeasure.SATISFIED_OR_BETTER,
            ChartMeasure.RECOVERY);

    private final ObservableList<Grouping> periods = FXCollections.observableArrayList();
    private final ObservableList<TrendSubject> subjects = FXCollections.observableArrayList();
    private final ObservableList<ChartMeasure> measures = FXCollections.observableArrayList();
    private final ObjectProperty<Grouping> period = new SimpleObjectProperty<>();
    private final ObjectProperty<TrendSubject> subject = new SimpleObjectProperty<>(TrendSubject.RESPONDENTS);
    private final ObjectProperty<ChartMeasure> measure = new SimpleObjectProperty<>(ChartMeasure.DELIGHTED);
    private final ReadOnlyObjectWrapper<TrendFigures> figures = new ReadOnlyObjectWrapper<>();
    /** True while figures are being shown: the choices they carry are no user's choice. */
    private boolean showing;

    public TrendViewModel() {
        period.addListener((obs, old, p) -> chosen(p));
        subject.addListener((obs, old, s) -> chosen(s));
        measure.addListener((obs, old, m) -> chosen(m));
    }

    private void chosen(Object choice) {
        if (!showing && choice != null) {
            choicesChanged();
        }
    }

    @Override
    public Tasks.Work<TrendFigures> figures(OpenProject project, Filter filter, ResourceBundle bundle) {
        Grouping wantedPeriod = period.get();
        TrendSubject wantedSubject = subject.get();
        ChartMeasure wantedMeasure = measure.get();
        String title = bundle.getString("page.trend");
        return progress -> compute(project, filter, wantedPeriod, wantedSubject, wantedMeasure, title);
    }

    private static TrendFigures compute(OpenProject project, Filter filter, Grouping wantedPeriod,
                                        TrendSubject wantedSubject, ChartMeasure wantedMeasure, String title) {
        List<Grouping> periodChoices = new ArrayList<>();
        if (!project.data().wave().values().isEmpty()) {
            periodChoices.add(Grouping.wave());
        }
        if (Dimensions.dated(project.data())) {
            periodChoices.add(Grouping.month());
        }
        List<TrendSubject> subjectChoices = subjects(project, filter);
        TrendSubject shownSubject = subjectChoices.contains(wantedSubject) ? wantedSubject : TrendSubject.RESPONDENTS;
        if (periodChoices.isEmpty()) {
            return new TrendFigures(periodChoices, null, subjectChoices, shownSubject, SHARES,
                    wantedMeasure.isShare() ? wantedMeasure : ChartMeasure.DELIGHTED, null);
        }
        Grouping shownPeriod = periodChoices.contains(wantedPeriod) ? wantedPeriod : periodChoices.get(0);
        boolean weighted = project.data().weighted() && project.engine().settings().weighted();
        List<GroupMeasure> groups;
        List<ChartMeasure> measureChoices = new ArrayList<>(SHARES);
        if (shownSubject.respondents()) {
            groups = project.measures(shownPeriod, filter);
            if (groups.stream().anyMatch(m -> m.nps() != null)) {
                measureChoices.add(ChartMeasure.NPS);
            }
        } else {
            Heatmap heatmap = project.heatmap(shownPeriod, filter);
            groups = Arrays.asList(heatmap.cells()[heatmap.touchpoints().indexOf(shownSubject.touchpoint())]);
        }
        ChartMeasure shownMeasure = measureChoices.contains(wantedMeasure) ? wantedMeasure : ChartMeasure.DELIGHTED;
        String subjectName = shownSubject.respondents() ? null : shownSubject.touchpoint().name();
        return new TrendFigures(periodChoices, shownPeriod, subjectChoices, shownSubject, measureChoices, shownMeasure,
                TrendChartDescription.of(groups, shownMeasure, project.engine().settings(), title, subjectName, weighted));
    }

    /** All respondents, then every touchpoint the filter's touchpoint departments keep, in journey order. */
    private static List<TrendSubject> subjects(OpenProject project, Filter filter) {
        Set<String> owners = filter.touchpointDepartments();
        List<TrendSubject> subjects = new ArrayList<>();
        subjects.add(TrendSubject.RESPONDENTS);
        project.data().touchpoints().stream()
                .filter(t -> owners.isEmpty() || owners.contains(t.department()))
                .sorted(Comparator.comparingInt(Touchpoint::journeyOrder).thenComparingInt(Touchpoint::slot))
                .forEach(t -> subjects.add(new TrendSubject(t)));
        return subjects;
    }

    @Override
    public void show(TrendFigures shown) {
        showing = true;
        try {
            periods.setAll(shown.periodChoices());
            subjects.setAll(shown.subjects());
            measures.setAll(shown.measures());
            // Cleared first: a combo box whose items were replaced shows its value again only when it changes.
            period.set(null);
            subject.set(null);
            measure.set(null);
            period.set(shown.period());
            subject.set(shown.subject());
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
            periods.clear();
            subjects.clear();
            measures.clear();
            period.set(null);
            subject.set(TrendSubject.RESPONDENTS);
        } finally {
            showing = false;
        }
    }

    public ObservableList<Grouping> periods() {
        return periods;
    }

    public ObservableList<TrendSubject> subjects() {
        return subjects;
    }

    public ObservableList<ChartMeasure> measures() {
        return measures;
    }

    public ObjectProperty<Grouping> periodProperty() {
        return period;
    }

    public ObjectProperty<TrendSubject> subjectProperty() {
        return subject;
    }

    public ObjectProperty<ChartMeasure> measureProperty() {
        return measure;
    }

    public ReadOnlyObjectProperty<TrendFigures> figuresProperty() {
        return figures.getReadOnlyProperty();
    }

    /**
     * What a click on a period opens: its delighted respondents or touchpoint experiences when the
     * measure is the delighted share; otherwise all of the period's respondents, or all its
     * experiences of the touchpoint.
     */
    public Mark mark(int index) {
        TrendFigures f = figures.get();
        TrendPeriod p = f.chart().periods().get(index);
        if (f.subject().respondents()) {
            return f.measure().drillClass() == null ? Mark.group(f.period(), p.label())
                    : Mark.respondents(f.measure().drillClass()).inGroup(f.period(), p.label());
        }
        return Mark.experience(f.subject().touchpoint(), f.measure().drillClass()).inGroup(f.period(), p.label());
    }
}
