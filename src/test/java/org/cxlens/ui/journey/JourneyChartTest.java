package org.cxlens.ui.journey;

import org.cxlens.testing.FxLookup;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.scene.layout.StackPane;
import javafx.scene.transform.Rotate;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.cxlens.domain.Message;
import org.cxlens.domain.MomentType;
import org.cxlens.report.JourneyChartDescription;
import org.cxlens.report.JourneyPoint;
import org.cxlens.report.JourneyStep;
import org.cxlens.report.TargetMarker;
import org.cxlens.report.TargetMeasure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The journey curve with few and with many long-named steps: names never run into each other. */
@ExtendWith(ApplicationExtension.class)
class JourneyChartTest {

    private final ResourceBundle bundle = ResourceBundle.getBundle(Message.BUNDLE, Locale.ENGLISH);
    private final StackPane holder = new StackPane();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Scene scene = new Scene(holder, 1100, 640);
        scene.getStylesheets().add(JourneyChart.class.getResource("/org/cxlens/ui/theme-light.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    /** Steps named "Step 1 — …" with a delighted share rising and falling, every fifth a low base, step 3 unscored. */
    private static JourneyChartDescription journey(int steps, String suffix) {
        List<JourneyStep> list = new ArrayList<>();
        MomentType[] types = MomentType.values();
        for (int i = 0; i < steps; i++) {
            int base = i == 2 ? 0 : i % 5 == 4 ? 14 : 120_000 + i;
            double delighted = 0.2 + 0.3 * Math.abs(Math.sin(i / 3.0));
            JourneyPoint d = base == 0 ? new JourneyPoint(Double.NaN, 0, Double.NaN, Double.NaN)
                    : new JourneyPoint(delighted, (int) Math.round(delighted * base), delighted - 0.03, delighted + 0.03);
            JourneyPoint r = base == 0 ? new JourneyPoint(Double.NaN, 0, Double.NaN, Double.NaN)
                    : new JourneyPoint(0.05 + 0.01 * (i % 4), 10, 0.03, 0.09);
            TargetMarker target = base == 0 ? null : new TargetMarker(TargetMeasure.DELIGHTED_AT_LEAST, 0.4, delighted,
                    0.4 - delighted);
            list.add(new JourneyStep("s" + i, "Step " + (i + 1) + suffix, "Operations", types[i % 3], base, i % 5 == 4,
                    d, r, target));
        }
        return new JourneyChartDescription("Journey", false, list);
    }

    private JourneyChart show(FxRobot robot, JourneyChartDescription chart) {
        JourneyChart drawn = JourneyChart.complete(chart, new JourneyTexts(bundle), i -> { }, i -> { });
        robot.interact(() -> {
            holder.getChildren().setAll(drawn);
            // Laid out now, not in a pulse that a loaded machine may not have run before the checks.
            holder.applyCss();
            holder.layout();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return drawn;
    }

    @Test
    void thirtyLongNamesAreSlantedApartAndStayInsideTheChart(FxRobot robot) throws Exception {
        JourneyChart chart = show(robot, journey(30, " — after-sales installation appointment confirmation"));

        List<Label> names = FxLookup.from(chart).lookup(".journey-step-name").queryAllAs(Label.class).stream().toList();
        assertThat(names).hasSize(30);
        Rotate rotate = (Rotate) names.get(0).getTransforms().get(0);
        double sin = Math.sin(Math.toRadians(-rotate.getAngle()));
        for (int i = 1; i < names.size(); i++) {
            double apart = names.get(i).getLayoutX() + names.get(i).getWidth()
                    - names.get(i - 1).getLayoutX() - names.get(i - 1).getWidth();
            // Two slanted names are apart by the steps' distance across their slant.
            assertThat(apart * sin).isGreaterThanOrEqualTo(names.get(i).getHeight());
        }
        for (Label name : names) {
            Bounds bounds = name.getBoundsInParent();
            assertThat(bounds.getMinX()).isGreaterThanOrEqualTo(0);
            assertThat(bounds.getMaxY()).isLessThanOrEqualTo(chart.getHeight() + 0.5);
        }
        assertThat(chart.symbolBadgesProperty().get()).isTrue();
        assertThat(chart.delightedPoint(2).isVisible()).isFalse();
        assertThat(chart.recoveryPoint(4).getStyleClass()).contains("low-base");
        assertThat(FxLookup.from(chart).lookup(".journey-base").queryAllAs(Text.class).stream().toList().get(0).getText())
                .isEqualTo("120K");
        shot(chart, "journey-30-light");
    }

    @Test
    void eightShortNamesStayLevelWithTheMomentTypesNamed(FxRobot robot) throws Exception {
        JourneyChart chart = show(robot, journey(8, ""));

        List<Label> names = FxLookup.from(chart).lookup(".journey-step-name").queryAllAs(Label.class).stream().toList();
        for (int i = 0; i < names.size(); i++) {
            assertThat(names.get(i).getTransforms()).isEmpty();
            if (i > 0) {
                assertThat(names.get(i).getBoundsInParent().intersects(names.get(i - 1).getBoundsInParent())).isFalse();
            }
        }
        assertThat(chart.symbolBadgesProperty().get()).isFalse();
        assertThat(FxLookup.from(chart).lookup(".journey-badge").queryAllAs(Label.class).stream().toList().get(1).getText())
                .isEqualTo("Moment of truth");
        assertThat(FxLookup.from(chart).lookup(".journey-base").queryAllAs(Text.class).stream().toList().get(0).getText())
                .isEqualTo("120,000");
        assertThat(chart.delightedPoint(1).getLayoutBounds().getCenterY()).isCloseTo(chart.plotY(0.2 + 0.3 * Math.sin(1 / 3.0)),
                org.assertj.core.api.Assertions.offset(0.01));
    }

    private void shot(JourneyChart chart, String name) throws IOException {
        Path folder = Path.of("target", "screenshots");
        Files.createDirectories(folder);
        Path file = folder.resolve(name + ".png");
        WaitForAsyncUtils.asyncFx(() -> {
            try {
                ImageIO.write(SwingFXUtils.fromFXImage(stage.getScene().getRoot().snapshot(null, null), null), "png",
                        file.toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(file).exists();
    }
}
