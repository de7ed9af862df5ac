package org.cxlens.ui.overview;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.cxlens.analysis.Nps;
import org.cxlens.domain.ClassificationScheme;
import org.cxlens.domain.ExperienceClass;
import org.cxlens.report.BarSegment;
import org.cxlens.report.ClassBarChartDescription;
import org.cxlens.report.TrendPeriod;
import org.cxlens.report.SegmentTexts;

/**
 * State of the overview page: headline shares, NPS, base, and the bars per touchpoint and per
 * department. Holds no controls, so tests drive it without a window.
 */
public final class OverviewViewModel {

    private final ResourceBundle bundle;
    private final SegmentTexts texts;
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
    private final Map<ExperienceClass, ReadOnlyStringWrapper> intervals = perClass();
    private final Map<ExperienceClass, ReadOnlyStringWrapper> counts = perClass();
    private final Map<ExperienceClass, ReadOnlyStringWrapper> explanations = perClass();
    private final ReadOnlyStringWrapper npsDetail = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper npsTooltip = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper recovery = new ReadOnlyStringWrapper("–");
    private final ReadOnlyStringWrapper recoveryDetail = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper recoveryTooltip = new ReadOnlyStringWrapper("");
    private final ObservableList<WaveStep> waves = FXCollections.observableArrayList();
    private final ObjectProperty<ClassBarChartDescription> touchpointChart = new SimpleObjectProperty<>();
    private final ObjectProperty<ClassBarChartDescription> departmentChart = new SimpleObjectProperty<>();

    public OverviewViewModel(ResourceBundle bundle) {
        this.bundle = bundle;
        this.texts = new SegmentTexts(bundle);
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
        ClassBarChartDescription headline = d.headline();
        indifferent.set(percent(headline.segment(0, ExperienceClass.INDIFFERENT).share()));
        satisfied.set(percent(headline.segment(0, ExperienceClass.SATISFIED).share()));
        delighted.set(percent(headline.segment(0, ExperienceClass.DELIGHTED).share()));
        int base = headline.categories().get(0).base();
        for (ExperienceClass c : ExperienceClass.values()) {
            BarSegment segment = headline.segment(0, c);
            intervals.get(c).set(Double.isNaN(segment.low()) ? ""
                    : format("overview.interval", texts.percent(segment.low()), texts.percent(segment.high())));
            counts.get(c).set(format("overview.count", segment.n(), base));
        }
        ClassificationScheme scheme = d.scheme();
        explanations.get(ExperienceClass.DELIGHTED).set(format("overview.explain.delighted",
                texts.roundPercent(scheme.delightedFrom())));
        explanations.get(ExperienceClass.SATISFIED).set(format("overview.explain.satisfied",
                texts.roundPercent(scheme.satisfiedFrom()), texts.roundPercent(scheme.delightedFrom())));
        explanations.get(ExperienceClass.INDIFFERENT).set(format("overview.explain.indifferent",
                texts.roundPercent(scheme.satisfiedFrom())));
        showNps(d.nps());
        recovery.set(texts.count(d.recoveryCount()));
        boolean noRecovery = Double.isNaN(d.recovery().estimate());
        recoveryDetail.set(noRecovery ? "" : format("overview.recovery.detail", texts.percent(d.recovery().estimate())));
        recoveryTooltip.set(noRecovery ? "" : format("overview.recovery.tooltip",
                texts.percent(d.recovery().estimate()), texts.percent(d.recovery().low()),
                texts.percent(d.recovery().high()), texts.roundPercent(scheme.recoveryBelow())));
        waves.setAll(d.byWave() == null ? List.of() : d.byWave().periods().stream().map(this::waveStep).toList());
        touchpointChart.set(d.touchpoints());
        departmentChart.set(d.departments());
    }

    private void showNps(Nps n) {
        if (n == null) {
            nps.set(bundle.getString("overview.nps.none"));
            npsDetail.set(bundle.getString("overview.nps.noItem"));
            npsTooltip.set(bundle.getString("overview.nps.noItem"));
            return;
        }
        nps.set(signed(n.score()));
        // One decimal in the interval: on large bases both ends would round to the score itself.
        npsDetail.set(format("overview.nps.detail", signed(n.low(), 1), signed(n.high(), 1), n.base()));
        npsTooltip.set(format("overview.nps.tooltip", texts.percent(n.promoters()), texts.percent(n.detractors())));
    }

    private WaveStep waveStep(TrendPeriod p) {
        if (p.empty()) {
            return new WaveStep(p.label(), p.label() + "  –", bundle.getString("overview.byWave.empty"), true);
        }
        String mark = p.lowBase() ? "" : switch (p.changeVsPrevious()) {
            case UP -> " ▲";
            case DOWN -> " ▼";
            case NONE -> "";
        };
        StringBuilder tip = new StringBuilder(format("overview.byWave.tooltip", p.label(), texts.percent(p.value()),
                p.n(), texts.percent(p.low()), texts.percent(p.high())));
        if (p.lowBase()) {
            tip.append('\n').append(bundle.getString("chart.tooltip.lowBase"));
        } else if (p.previous() != null) {
            tip.append('\n').append(format("overview.byWave.change." + p.changeVsPrevious().name(), p.previous()));
        }
        return new WaveStep(p.label(), p.label() + "  " + texts.roundPercent(p.value()) + mark, tip.toString(), p.lowBase());
    }

    private String signed(double npsValue) {
        return signed(npsValue, 0);
    }

    private String signed(double npsValue, int decimals) {
        return String.format(bundle.getLocale(), "%+." + decimals + "f", npsValue);
    }

    private static Map<ExperienceClass, ReadOnlyStringWrapper> perClass() {
        Map<ExperienceClass, ReadOnlyStringWrapper> map = new EnumMap<>(ExperienceClass.class);
        for (ExperienceClass c : ExperienceClass.values()) {
            map.put(c, new ReadOnlyStringWrapper(""));
        }
        return map;
    }

    /** "95 %: 24.0 % – 27.3 %" under a class's share. */
    public ReadOnlyStringProperty intervalProperty(ExperienceClass c) {
        return intervals.get(c).getReadOnlyProperty();
    }

    /** "n = 386 of 1,500" under a class's share. */
    public ReadOnlyStringProperty countProperty(ExperienceClass c) {
        return counts.get(c).getReadOnlyProperty();
    }

    /** What the class means under the project's scheme, in one line. */
    public ReadOnlyStringProperty explanationProperty(ExperienceClass c) {
        return explanations.get(c).getReadOnlyProperty();
    }

    public ReadOnlyStringProperty npsDetailProperty() {
        return npsDetail.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty npsTooltipProperty() {
        return npsTooltip.getReadOnlyProperty();
    }

    /** Respondents needing recovery, counted. */
    public ReadOnlyStringProperty recoveryProperty() {
        return recovery.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty recoveryDetailProperty() {
        return recoveryDetail.getReadOnlyProperty();
    }

    /** The recovery share with its interval and the rule behind it. */
    public ReadOnlyStringProperty recoveryTooltipProperty() {
        return recoveryTooltip.getReadOnlyProperty();
    }

    /** The share delighted per wave, empty with fewer than two waves. */
    public ObservableList<WaveStep> waves() {
        return waves;
    }

    private String format(String key, Object... args) {
        return new java.text.MessageFormat(bundle.getString(key), bundle.getLocale()).format(args);
    }

    private String percent(double share) {
        return texts.roundPercent(share);
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
