package org.cxlens.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;
import org.cxlens.domain.Message;
import org.cxlens.domain.Progress;
import org.cxlens.domain.ExperienceClass;
import org.cxlens.report.BarCategory;
import org.cxlens.report.ClassBarChartDescription;
import org.cxlens.ui.overview.OverviewData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoProjectTest {

    @TempDir
    Path folder;

    private final OverviewLoader loader = new OverviewLoader(ResourceBundle.getBundle(Message.BUNDLE, Locale.ENGLISH));

    @Test
    void demoProjectIsMadeOnceWithTheJourneyCatalogue() throws Exception {
        Path demo = DemoProject.ensure(folder, Progress.NONE);
        long modified = Files.getLastModifiedTime(demo).toMillis();

        OverviewData data = loader.load(demo);

        assertThat(data.projectName()).isEqualTo("demo");
        assertThat(data.respondents()).isEqualTo(1500);
        assertThat(data.imports()).isEqualTo(1);
        assertThat(data.touchpoints().categories()).extracting(BarCategory::label).containsExactly("Website", "Sales advice",
                "Quotation", "Order confirmation", "Delivery", "Installation", "Invoice", "Customer service");
        assertThat(data.touchpoints().categories()).extracting(BarCategory::detail).contains("Logistics", "Finance");
        assertThat(data.departments().categories()).extracting(BarCategory::label)
                .contains("Sales", "Logistics", "Finance", "Service");
        ClassBarChartDescription touchpoints = data.touchpoints();
        for (int i = 0; i < touchpoints.categories().size(); i++) {
            BarCategory bar = touchpoints.categories().get(i);
            double sum = 0;
            for (ExperienceClass c : ExperienceClass.values()) {
                sum += touchpoints.segment(i, c).share();
            }
            assertThat(sum).as(bar.label()).isCloseTo(1.0, within(1e-9));
            assertThat(bar.base()).isBetween(1, 1500);
        }
        assertThat(data.headline().categories().get(0).base()).isEqualTo(1500);
        assertThat(data.respondentSource()).isEqualTo("overall satisfaction (1,500)");
        assertThat(data.weighting()).isEqualTo("Unweighted: the project maps no weight column");
        assertThat(data.nps()).isNotNull();
        assertThat(Files.list(folder)).containsExactly(demo);

        // A second start reuses the project instead of importing again.
        assertThat(DemoProject.ensure(folder, Progress.NONE)).isEqualTo(demo);
        assertThat(Files.getLastModifiedTime(demo).toMillis()).isEqualTo(modified);
    }

    @Test
    void anUnreadableDemoProjectIsMadeAgain() throws Exception {
        Files.writeString(folder.resolve(DemoProject.FILE_NAME), "not a project");

        Path demo = DemoProject.ensure(folder, Progress.NONE);

        assertThat(loader.load(demo).respondents()).isEqualTo(1500);
    }
}
