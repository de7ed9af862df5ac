package org.cxlens.ui.overview;

import org.cxlens.testing.FxClick;
import org.cxlens.testing.FxLookup;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javax.imageio.ImageIO;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.cxlens.domain.ExperienceClass;
import org.cxlens.domain.Message;
import org.cxlens.domain.MomentType;
import org.cxlens.report.BarCategory;
import org.cxlens.report.BarSegment;
import org.cxlens.report.ChartDescriptions;
import org.cxlens.report.ClassBarChartDescription;
import org.cxlens.report.ClassSeries;
import org.cxlens.report.VsRest;
import org.cxlens.analysis.Nps;
import org.cxlens.analysis.Share;
import org.cxlens.domain.ClassificationScheme;
import org.cxlens.report.SegmentTexts;
import org.cxlens.ui.Pulses;
import org.cxlens.ui.Views;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class OverviewViewTest {

    private final ResourceBundle bundle = ResourceBundle.getBundle(Message.BUNDLE, Locale.ENGLISH);
    private OverviewViewModel model;

    /** Every content the touchpoint tab had, in order, with whether it was visible and its bars per series then. */
    private final List<String> tabContents = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        model = new OverviewViewModel(bundle);
        OverviewView view = new OverviewView(model, bundle);
        javafx.scene.Parent page = Views.load(OverviewView.class, bundle, c -> view);
        Tab touchpointTab = ((TabPane) page.lookup(".tab-pane")).getTabs().get(0);
        touchpointTab.contentProperty().addListener((obs, old, content) -> {
            if (old instanceof ClassBarChart gone) {
                tabContents.add("out, " + gone.getData().get(0).getData().size() + " bars");
            }
            if (content != null) {
                tabContents.add((content.isVisible() ? "visible " : "invisible ") + content.getId());
            }
        });
        Scene scene = new Scene(page, 1000, 700);
        scene.getStylesheets().add(OverviewView.class.getResource("/org/cxlens/ui/theme-light.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    private static OverviewData sample() {
        return new OverviewData("Demo", 1500, 1500, 2,
                chart(List.of(new BarCategory("All", "All", "", null, 1500, false, null)),
                        new double[][] {{0.30, 0.45, 0.25}}),
                "overall satisfaction", "Weighted by column “W” (n = 1,500 respondents, effective base 1,212)",
                new Nps(1500, 1212, 12.4, 7.6, 17.2, 0.35, 0.226, false), new Share(0.05, 0.04, 0.062), 75,
                null, ClassificationScheme.DEFAULT,
                chart(List.of(new BarCategory("Website", "Website", "Marketing", MomentType.EXCEL, 1200, false, null),
                                new BarCategory("Delivery", "Delivery", "Logistics", MomentType.STANDARD, 1100, false, null),
                                new BarCategory("Repair", "Repair", "Service", MomentType.STANDARD, 12, true, null)),
                        new double[][] {{0.2, 0.5, 0.3}, {0.5, 0.3, 0.2}, {0.25, 0.25, 0.5}}),
                chart(List.of(new BarCategory("Logistics", "Logistics", "", null, 1100, false, null)),
                        new double[][] {{0.5, 0.3, 0.2}}));
    }

    /** Shares per bar (indifferent, satisfied, delighted), each with an interval of ± 5 points. */
    private static ClassBarChartDescription chart(List<BarCategory> bars, double[][] shares) {
        List<ClassSeries> series = new ArrayList<>();
        for (ExperienceClass c : ExperienceClass.values()) {
            List<BarSegment> segments = new ArrayList<>();
            for (int i = 0; i < bars.size(); i++) {
                double share = shares[i][c.ordinal()];
                segments.add(new BarSegment(share, (int) Math.round(share * bars.get(i).base()), share - 0.05,
                        share + 0.05, VsRest.NONE));
            }
            series.add(new ClassSeries(c, ChartDescriptions.colourId(c), segments));
        }
        return new ClassBarChartDescription("", false, bars, series);
    }

    @Test
    void showsHeadlineSharesAndOneBarPerTouchpoint(FxRobot robot) {
        robot.interact(() -> model.setData(sample()));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(FxLookup.lookup(".title").queryAs(Label.class).getText()).isEqualTo("Demo");
        assertThat(model.delightedProperty().get()).isEqualTo("25 %");
        assertThat(model.satisfiedProperty().get()).isEqualTo("45 %");
        assertThat(model.indifferentProperty().get()).isEqualTo("30 %");
        assertThat(model.npsProperty().get()).isEqualTo("+12");
        assertThat(model.npsDetailProperty().get()).isEqualTo("95 %: +7.6 to +17.2 · n = 1,500");
        assertThat(model.intervalProperty(ExperienceClass.DELIGHTED).get()).isEqualTo("95 %: 20.0 % – 30.0 %");
        assertThat(model.countProperty(ExperienceClass.DELIGHTED).get()).isEqualTo("n = 375 of 1,500");
        assertThat(model.explanationProperty(ExperienceClass.DELIGHTED).get())
                .isEqualTo("Overall score at or above 85 % of its scale");
        assertThat(model.explanationProperty(ExperienceClass.SATISFIED).get())
                .isEqualTo("Overall score from 65 % up to 85 % of its scale");
        assertThat(model.recoveryProperty().get()).isEqualTo("75");
        assertThat(model.recoveryDetailProperty().get()).isEqualTo("5.0 % of classified respondents");
        assertThat(model.recoveryTooltipProperty().get()).startsWith("5.0 % of classified respondents (95 % interval: 4.0 % – 6.2 %)");
        assertThat(model.waves()).isEmpty();
        assertThat(FxLookup.lookup(".delighted-tile .tile-value").queryAs(Label.class).getText()).isEqualTo("25 %");
        assertThat(FxLookup.lookup("Weighted by column “W” (n = 1,500 respondents, effective base 1,212)")
                .queryAs(Label.class).isVisible()).isTrue();

        ClassBarChart chart = FxLookup.lookup("#touchpointChart").queryAs(ClassBarChart.class);
        assertThat(chart.getData()).hasSize(3);
        XYChart.Series<Number, String> delighted = chart.getData().get(2);
        // First touchpoint of the journey is drawn on top, i.e. last in the category list.
        assertThat(delighted.getData().get(2).getYValue()).startsWith("Website");
        assertThat(delighted.getData().get(2).getXValue().doubleValue()).isEqualTo(30.0);
        assertThat(delighted.getData().get(0).getYValue()).contains("(low base)");
        assertThat(delighted.getData().get(0).getNode().getStyleClass()).contains("low-base");
        assertThat(FxLookup.from(delighted.getData().get(2).getNode()).lookup(".segment-label").queryAs(Text.class)
                .getText()).isEqualTo("30 %");
        // No bar's position among its style classes: JavaFX then matches one set of styles per series, not per bar.
        assertThat(delighted.getData().get(1).getNode().getStyleClass())
                .containsExactlyInAnyOrderElementsOf(delighted.getData().get(2).getNode().getStyleClass())
                .containsExactlyInAnyOrder("chart-bar", "series2", "default-color2", "drillable");
    }

    /**
     * Bars added to a chart in a shown scene are styled one by one as they come: the touchpoint
     * chart is not in the page until it has figures, gets its bars out of the scene, and joins its
     * tab a pulse after the page showed those figures.
     */
    /**
     * A window's first filter change made the chart's bars in the shown scene for the first time:
     * the page, hidden and waiting for its first figures, rehearses that in its own tab with an
     * invisible chart of made-up figures, given other figures for half, then all of its bars, and
     * leaves the tab empty.
     */
    @Test
    void aPageWithoutFiguresRehearsesAFilterChangeInItsTabUnseenAndLeavesItEmpty(FxRobot robot) throws Exception {
        Pulses.await(robot, 10);

        Tab tab = FxLookup.lookup(".tab-pane").queryAs(TabPane.class).getTabs().get(0);
        assertThat(tab.getContent()).isNull();
        assertThat(tabContents).containsExactly("invisible null", "out, 16 bars");
    }

    /** Figures that come while the rehearsal stands in the tab take its place as they would an empty tab's. */
    @Test
    void figuresArrivingDuringTheRehearsalReplaceIt(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !tabContents.isEmpty());
        robot.interact(() -> model.setData(sample()));
        Pulses.await(robot, 10);

        Tab tab = FxLookup.lookup(".tab-pane").queryAs(TabPane.class).getTabs().get(0);
        assertThat(tab.getContent()).isInstanceOf(ClassBarChart.class);
        assertThat(tab.getContent().getId()).isEqualTo("touchpointChart");
        assertThat(tab.getContent().isVisible()).isTrue();
        assertThat(((ClassBarChart) tab.getContent()).getData().get(0).getData()).hasSize(3);
        assertThat(tabContents).first().isEqualTo("invisible null");
        assertThat(tabContents).last().isEqualTo("visible touchpointChart");
    }

    @Test
    void touchpointChartJoinsItsTabAPulseAfterItsFiguresWithItsBarsMade(FxRobot robot) throws Exception {
        Tab tab = FxLookup.lookup(".tab-pane").queryAs(TabPane.class).getTabs().get(0);
        // Past the rehearsal of a filter change that a page without figures makes in its tab.
        Pulses.await(robot, 10);
        assertThat(tab.getContent()).isNull();

        Node[] joinedAtOnce = new Node[1];
        robot.interact(() -> {
            model.setData(sample());
            joinedAtOnce[0] = tab.getContent();
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(joinedAtOnce[0]).isNull();
        ClassBarChart chart = (ClassBarChart) tab.getContent();
        assertThat(chart.getId()).isEqualTo("touchpointChart");
        assertThat(chart.getScene()).isSameAs(tab.getTabPane().getScene());
        assertThat(chart.getData()).hasSize(3).allSatisfy(series -> assertThat(series.getData()).hasSize(3));
        assertThat(chart.getData().get(2).getData().get(2).getNode().getStyleClass()).contains("drillable");
    }

    @Test
    void aSegmentGetsItsTooltipWhenThePointerComesOnIt(FxRobot robot) {
        robot.interact(() -> model.setData(sample()));
        WaitForAsyncUtils.waitForFxEvents();
        ClassBarChart chart = FxLookup.lookup("#touchpointChart").queryAs(ClassBarChart.class);

        robot.moveTo(chart.getData().get(2).getData().get(2).getNode());
        WaitForAsyncUtils.sleep(800, TimeUnit.MILLISECONDS);

        assertThat(robot.listWindows()).filteredOn(Tooltip.class::isInstance).map(w -> ((Tooltip) w).getText())
                .contains(new SegmentTexts(bundle).tooltip(sample().touchpoints(), 0, ExperienceClass.DELIGHTED));
    }

    @Test
    void aSegmentsTooltipGivesShareNIntervalAndLowBase() {
        ClassBarChartDescription chart = sample().touchpoints();
        SegmentTexts texts = new SegmentTexts(bundle);

        assertThat(texts.tooltip(chart, 0, ExperienceClass.DELIGHTED)).isEqualTo(
                "Website · Delighted\n30.0 % (n = 360 of 1,200)\n95 % interval: 25.0 % – 35.0 %");
        assertThat(texts.tooltip(chart, 2, ExperienceClass.INDIFFERENT)).endsWith(
                "\nLow base: fewer cases than the project minimum, so no significance marks");
        assertThat(new SegmentTexts(ResourceBundle.getBundle(Message.BUNDLE, Locale.forLanguageTag("nl")))
                .tooltip(chart, 0, ExperienceClass.DELIGHTED)).isEqualTo(
                "Website · Enthousiast\n30,0 % (n = 360 van 1.200)\n95 %-interval: 25,0 % – 35,0 %");
    }

    @Test
    void departmentTabShowsOneBarPerDepartment(FxRobot robot) throws Exception {
        robot.interact(() -> model.setData(sample()));
        WaitForAsyncUtils.waitForFxEvents();
        // The hidden tab's chart is put in its tab and drawn when the tab is chosen, not before.
        assertThat(FxLookup.lookup("#departmentChart").tryQuery()).isEmpty();
        FxClick.on(robot, "Departments");
        WaitForAsyncUtils.waitForFxEvents();

        ClassBarChart chart = FxLookup.lookup("#departmentChart").queryAs(ClassBarChart.class);
        assertThat(chart.isVisible()).isTrue();
        assertThat(chart.getData().get(0).getData()).extracting(XYChart.Data::getYValue)
                .containsExactly("Logistics  (n=1,100)");
        // Kept as an artefact of the build, to look at what the page draws.
        Path shots = Files.createDirectories(Path.of("target", "screenshots"));
        robot.interact(() -> {
            try {
                ImageIO.write(SwingFXUtils.fromFXImage(chart.getScene().getRoot().snapshot(null, null), null), "png",
                        shots.resolve("overview-departments.png").toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        assertThat(shots.resolve("overview-departments.png")).exists();
    }

    @Test
    void busyOverlayShowsStatusUntilDataArrives(FxRobot robot) {
        robot.interact(() -> model.setBusy("Opening demo project…"));
        assertThat(FxLookup.lookup(".busy-pane").query().isVisible()).isTrue();
        robot.interact(() -> model.setData(sample()));
        assertThat(FxLookup.lookup(".busy-pane").query().isVisible()).isFalse();
    }
}
