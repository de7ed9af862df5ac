package org.cxlens.ui.overview;

import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.StackPane;
import org.cxlens.analysis.Nps;
import org.cxlens.analysis.Share;
import org.cxlens.domain.ClassificationScheme;
import org.cxlens.domain.ExperienceClass;
import org.cxlens.domain.MomentType;
import org.cxlens.report.BarCategory;
import org.cxlens.report.BarSegment;
import org.cxlens.report.ChartDescriptions;
import org.cxlens.report.ChartMeasure;
import org.cxlens.report.ClassBarChartDescription;
import org.cxlens.report.ClassSeries;
import org.cxlens.report.SegmentTexts;
import org.cxlens.report.TrendChange;
import org.cxlens.report.TrendChartDescription;
import org.cxlens.report.TrendPeriod;
import org.cxlens.report.VsRest;
import org.cxlens.ui.Rehearsal;
import org.cxlens.ui.Views;

/**
 * The overview page and its touchpoint chart filled with made-up figures, for the window's
 * {@link org.cxlens.ui.Rehearsal} while the start page waits, and for the filter change the page
 * rehearses in its own tab ({@link OverviewView}): never shown, so its names and figures are no
 * user's text.
 */
public final class OverviewSpecimen {

    /** About as many bars as a project's touchpoints. */
    private static final int TOUCHPOINTS = 12;
    private static final int DEPARTMENTS = 4;
    private static final int BASE = 10_000;
    private static final int LOW_BASE = 20;

    private OverviewSpecimen() {
    }

    /** The page as the window builds it before a project is open: no figures yet. */
    public static Parent emptyPage(ResourceBundle bundle) {
        return Views.load(OverviewView.class, bundle, c -> new OverviewView(new OverviewViewModel(bundle), bundle));
    }

    /**
     * The page as an opening shows it, with its figures (its touchpoint chart joins it only in a
     * shown window, see {@link #touchpointChart}): loaded in one pulse, filled in the next. Its
     * charts are made as the figures come, 40–57 ms of the 55–83 ms the whole making took.
     */
    public static Rehearsal.Script page(ResourceBundle bundle) {
        return Rehearsal.specimen(() -> {
            OverviewViewModel model = new OverviewViewModel(bundle);
            Parent page = Views.load(OverviewView.class, bundle, c -> new OverviewView(model, bundle));
            return new Unfilled(model, page, data());
        }, unfilled -> {
            unfilled.model().setData(unfilled.data());
            return unfilled.page();
        });
    }

    /** The page loaded, and the figures it is to show. */
    private record Unfilled(OverviewViewModel model, Parent page, OverviewData data) {
    }

    /** The spinning wheel of the page's busy pane on its own: its skin is the costliest part of styling the empty page. */
    public static Parent busyWheel() {
        return new StackPane(new ProgressIndicator());
    }

    /** The page's two tabs on their own: the first styling of a tab pane is the costliest part of the page's. */
    public static Parent tabs() {
        return new TabPane(new Tab("touchpoints", new Label("bars")), new Tab("departments", new Label("bars")));
    }

    /** The touchpoint chart as the page shows it, with this many bars, their tooltips and share labels. */
    public static Parent touchpointChart(ResourceBundle bundle, int bars) {
        return touchpointChart(bundle, new SimpleObjectProperty<>(touchpoints(bars)));
    }

    /** The touchpoint chart as the page shows it, drawing whatever {@code figures} holds. */
    static ClassBarChart touchpointChart(ResourceBundle bundle, ObservableValue<ClassBarChartDescription> figures) {
        return new ClassBarChart(new SegmentTexts(bundle), bundle.getString("chart.lowBase"), figures);
    }

    /** Made-up figures for the touchpoint chart, with this many bars. */
    static ClassBarChartDescription touchpoints(int bars) {
        return chart("touchpoint", bars);
    }

    /** Other made-up figures for the same bars, as a filter change brings. */
    static ClassBarChartDescription filteredTouchpoints(int bars) {
        return chart("filtered", bars);
    }

    private static OverviewData data() {
        TrendChartDescription waves = new TrendChartDescription("", ChartMeasure.DELIGHTED, null, false, List.of(
                new TrendPeriod("2025-Q1", 0.21, 0.20, 0.22, BASE, false, TrendChange.NONE, null),
                new TrendPeriod("2025-Q3", 0.30, 0.29, 0.31, BASE, false, TrendChange.UP, "2025-Q1")));
        return new OverviewData("specimen", 2 * BASE, 2 * BASE, 2, chart("all", 1), "overall", "",
                new Nps(2 * BASE, 2 * BASE, 12.4, 11.0, 13.8, 0.35, 0.23, false), new Share(0.05, 0.045, 0.055),
                BASE / 20, waves, ClassificationScheme.DEFAULT, chart("touchpoint", TOUCHPOINTS),
                chart("department", DEPARTMENTS));
    }

    /** Bars of different shares, the last one low-based, as a real chart has. */
    private static ClassBarChartDescription chart(String name, int bars) {
        List<BarCategory> categories = new ArrayList<>();
        for (int i = 0; i < bars; i++) {
            boolean lowBase = bars > 1 && i == bars - 1;
            categories.add(new BarCategory(name + i, name + " " + (i + 1), "department",
                    MomentType.values()[i % MomentType.values().length], lowBase ? LOW_BASE : BASE, lowBase, null));
        }
        List<ClassSeries> series = new ArrayList<>();
        for (ExperienceClass c : ExperienceClass.values()) {
            List<BarSegment> segments = new ArrayList<>();
            for (int i = 0; i < bars; i++) {
                double delighted = 0.1 + 0.5 * i / bars;
                double share = switch (c) {
                    case INDIFFERENT -> 0.3 - 0.2 * i / bars;
                    case SATISFIED -> 0.6 - 0.3 * i / bars;
                    case DELIGHTED -> delighted;
                };
                segments.add(new BarSegment(share, (int) Math.round(share * BASE), share - 0.01, share + 0.01,
                        VsRest.NONE));
            }
            series.add(new ClassSeries(c, ChartDescriptions.colourId(c), segments));
        }
        return new ClassBarChartDescription(name, false, categories, series);
    }
}
