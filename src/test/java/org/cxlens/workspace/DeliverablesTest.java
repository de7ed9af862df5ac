package org.cxlens.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.cxlens.analysis.Filter;
import org.cxlens.app.TestProjects;
import org.cxlens.domain.CancelledException;
import org.cxlens.domain.Progress;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeliverablesTest {

    private static OpenProject demo;

    @TempDir
    Path folder;

    @BeforeAll
    static void open() throws Exception {
        demo = OpenProject.open(TestProjects.demo());
    }

    @AfterAll
    static void close() throws Exception {
        demo.close();
    }

    @Test
    void onlyFormatsWithAWriterAreOffered() {
        assertThat(Deliverables.available()).containsExactly(DeliverableFormat.PDF, DeliverableFormat.SCORECARDS);
    }

    @Test
    void aReportIsWrittenInPlaceWithNothingElseLeft() throws Exception {
        Path target = folder.resolve("report.pdf");
        List<Path> written = Deliverables.export(demo, Filter.NONE, Locale.ENGLISH, DeliverableFormat.PDF, target,
                false, Progress.NONE);

        assertThat(written).containsExactly(target);
        try (PDDocument pdf = Loader.loadPDF(target.toFile())) {
            assertThat(pdf.getNumberOfPages()).isGreaterThan(8);
        }
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void scorecardsGoOneFilePerDepartmentWhenAsked() throws Exception {
        Path target = folder.resolve("scorecards.pdf");
        List<Path> written = Deliverables.export(demo, Filter.NONE, Locale.ENGLISH, DeliverableFormat.SCORECARDS,
                target, true, Progress.NONE);

        // The demo's owning departments.
        assertThat(written).extracting(p -> p.getFileName().toString()).containsExactly("scorecards-Finance.pdf",
                "scorecards-Logistics.pdf", "scorecards-Marketing.pdf", "scorecards-Sales.pdf", "scorecards-Service.pdf");
        assertThat(written).allMatch(Files::exists);
        assertThat(target).doesNotExist();
    }

    @Test
    void aCancelLeavesNoFile() throws Exception {
        Path target = folder.resolve("cancelled.pdf");
        Progress cancelAfterTheFigures = new Progress() {
            private long last;

            @Override
            public void update(long done, long total) {
                last = done;
            }

            @Override
            public boolean isCancelled() {
                return last >= 40;
            }
        };
        assertThatThrownBy(() -> Deliverables.export(demo, Filter.NONE, Locale.ENGLISH, DeliverableFormat.PDF, target,
                false, cancelAfterTheFigures)).isInstanceOf(CancelledException.class);
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void departmentNamesBecomeSafeFileNames() {
        assertThat(Deliverables.safe("Après-vente / Service")).isEqualTo("Après-vente_Service");
    }
}
