package org.cxlens.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFChart;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cxlens.analysis.Filter;
import org.cxlens.app.TestProjects;
import org.cxlens.domain.CancelledException;
import org.cxlens.domain.Progress;
import org.cxlens.report.CsvDialect;
import org.cxlens.report.HeatmapDescription;
import org.cxlens.report.ReportBook;
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
        assertThat(Deliverables.available()).containsExactly(DeliverableFormat.PDF, DeliverableFormat.SCORECARDS,
                DeliverableFormat.PPTX, DeliverableFormat.XLSX, DeliverableFormat.CSV);
    }

    @Test
    void theClientsNameIsOnTheTitlePage() throws Exception {
        Path target = folder.resolve("client.pdf");
        Deliverables.export(demo, Filter.NONE, Locale.ENGLISH, " Acme Logistics ", DeliverableFormat.PDF, CsvDialect.COMMA, target, false,
                Progress.NONE);

        try (PDDocument pdf = Loader.loadPDF(target.toFile())) {
            PDFTextStripper firstPage = new PDFTextStripper();
            firstPage.setEndPage(1);
            assertThat(firstPage.getText(pdf)).contains("Acme Logistics");
        }
    }

    @Test
    void slidesHaveACoverAViewEachAndTheMethod() throws Exception {
        Path target = folder.resolve("report.pptx");
        Deliverables.export(demo, Filter.NONE, Locale.ENGLISH, DeliverableFormat.PPTX, target, false, Progress.NONE);

        ReportBook book = ReportBuilder.build(demo, Filter.NONE, Locale.ENGLISH, false, Progress.NONE);
        try (XMLSlideShow slides = new XMLSlideShow(Files.newInputStream(target))) {
            // Long tables go on slides of their own, so there are at least a cover, a slide per view and one per method section.
            assertThat(slides.getSlides().size()).isGreaterThanOrEqualTo(1 + book.views().size() + book.method().size());
            long charts = slides.getSlides().stream().flatMap(slide -> slide.getRelations().stream())
                    .filter(XSLFChart.class::isInstance).count();
            assertThat(charts).isEqualTo(book.views().stream().filter(v -> v.chart() != null
                    && !(v.chart() instanceof HeatmapDescription)).count());
        }
    }

    @Test
    void theWorkbookAndTheCsvListEveryRespondentInTheFilter() throws Exception {
        Filter wave = Filter.NONE.withWaves(Set.of("2025-Q1"));
        int inWave = demo.dashboard(wave).respondents();
        Path xlsx = folder.resolve("report.xlsx");
        Path csv = folder.resolve("respondents.csv");
        Deliverables.export(demo, wave, Locale.ENGLISH, DeliverableFormat.XLSX, xlsx, false, Progress.NONE);
        Deliverables.export(demo, wave, Locale.ENGLISH, DeliverableFormat.CSV, csv, false, Progress.NONE);

        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            assertThat(workbook.getSheet("Respondents").getLastRowNum()).isEqualTo(inWave);
        }
        List<String> lines = Files.readAllLines(csv);
        assertThat(inWave).isEqualTo(750);
        assertThat(lines).hasSize(inWave + 1);
        assertThat(lines.get(0)).startsWith("\uFEFF");
        assertThat(lines.stream().skip(1)).allMatch(line -> line.contains(",2025-Q1,"));
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
