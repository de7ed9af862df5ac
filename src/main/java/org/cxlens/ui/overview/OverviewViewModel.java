package org.cxlens.ui.overview;

import java.util.Locale;
import java.util.ResourceBundle;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.cxlens.report.ClassBarChartDescription;

/**
 * State of the overview page: headline shares, NPS, base, and the bars per touchpoint and per
 * department. Holds no controls, so tests drive it without a window.
 */
public final class OverviewViewModel {

    private final ResourceBundle bundle;
    private final ObjectProperty<OverviewData> data = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper weighting = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper delighted = new ReadOnlyStringWrapper("–");
    private final ReadOnlyStringWrapper satisfied = new ReadOnlyStringWrapper("–");
    private final ReadOnlyStringWrapper indifferent = new ReadOnlyStringWrapper("–");
    private final ReadOnlyStringWrapper nps = new ReadOnlyStringWrapper("–");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ObjectProperty<ClassBarChartDescription> touchpointChart = new SimpleObjectProperty<>();
    private final ObjectProperty<ClassBarChartDescription> departmentChart = new SimpleObjectProperty<>();

    public OverviewViewModel(ResourceBundle bundle) {
        this.bundle = bundle;
        data.addListener((obs, old, d) -> show(d));
    }

    public void setBusy(String message) {
        status.set(message);
        busy.set(true);
    }

    public void setError(String message) {
        status.set(message);
        busy.set(false);
    }

    public void setData(OverviewData d) {
        busy.set(false);
        status.set("");
        data.set(d);
    }

    private void show(OverviewData d) {
        title.set(d.projectName());
        summary.set(d.inFilter() == d.respondents()
                ? format("overview.summary", d.respondents(), d.imports(), d.respondentSource())
                : format("overview.summary.filtered", d.inFilter(), d.respondents(), d.imports(), d.respondentSource()));
        weighting.set(d.weighting());
        double[] s = d.headline().shares();
        indifferent.set(percent(s[0]));
        satisfied.set(percent(s[1]));
        delighted.set(percent(s[2]));
        nps.set(d.nps() == null ? bundle.getString("overview.nps.none")
                : String.format(Locale.ROOT, "%+.0f", d.nps()));
        touchpointChart.set(d.touchpoints());
        departmentChart.set(d.departments());
    }

    private String format(String key, Object... args) {
        return new java.text.MessageFormat(bundle.getString(key), bundle.getLocale()).format(args);
    }

    static String percent(double share) {
        return Math.round(share * 100) + " %";
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty weightingProperty() {
        return weighting.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty delightedProperty() {
        return delighted.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty satisfiedProperty() {
        return satisfied.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty indifferentProperty() {
        return indifferent.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty npsProperty() {
        return nps.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ClassBarChartDescription> touchpointChartProperty() {
        return touchpointChart;
    }

    public ReadOnlyObjectProperty<ClassBarChartDescription> departmentChartProperty() {
        return departmentChart;
    }
}
