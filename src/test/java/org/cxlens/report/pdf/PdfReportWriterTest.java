package org.cxlens.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cxlens.analysis.Dashboard;
import org.cxlens.analysis.Filter;
import org.cxlens.app.TestProjects;
import org.cxlens.domain.ExperienceClass;
import org.cxlens.domain.Progress;
import org.cxlens.report.ReportBook;
import org.cxlens.report.ReportView;
import org.cxlens.report.SegmentTexts;
import org.cxlens.report.PageTexts;
import org.cxlens.workspace.OpenProject;
import org.cxlens.workspace.ReportBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The demo's PDF report and scorecards, read back with PDFBox. Copies land in target/reports for a look. */
class PdfReportWriterTest {

    private static final Path OUT = Path.of("target", "reports");

    private static ReportBook english;
    private static ReportBook dutch;
    private static Dashboard dashboard;

    @BeforeAll
    static void buildTheDemoBooks() throws Exception {
        try (OpenProject demo = OpenProject.open(TestProjects.demo())) {
            english = ReportBuilder.build(demo, Filter.NONE, Locale.ENGLISH, true, Progress.NONE);
            dutch = ReportBuilder.build(demo, Filter.NONE, Locale.forLanguageTag("nl"), true, Progress.NONE);
            dashboard = demo.dashboard(Filter.NONE);
        }
        Files.createDirectories(OUT);
    }

    private static byte[] pdf(ReportBook book, boolean scorecards, String name) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        (scorecards ? new PdfScorecardWriter() : new PdfReportWriter()).write(book, null, out, Progress.NONE);
        Files.write(OUT.resolve(name), out.toByteArray());
        return out.toByteArray();
    }

    @Test
    void theReportHasATitlePageAPagePerViewAndTheMethodInRealText() throws Exception {
        byte[] bytes = pdf(english, false, "demo-report-en.pdf");
        try (PDDocument document = Loader.loadPDF(bytes)) {
            // Title, at least one page per view, the method.
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(english.views().size() + 2);
            String text = new PDFTextStripper().getText(document);
            for (ReportView view : english.views()) {
                assertThat(text).contains(view.title());
            }
            assertThat(text).contains("delighted from 85 %, satisfied from 65 %", "0–10", "9–10", "7–8", "0–6", "0–3",
                    "SHA-256", "fewer than 30 cases", "Wilson");
            String delighted = new SegmentTexts(PageTexts.bundle(Locale.ENGLISH))
                    .percent(dashboard.overall().classes().share(ExperienceClass.DELIGHTED));
            // The headline tile: the class, then its share as the engine gives it.
            assertThat(text).contains("Delighted" + System.lineSeparator() + delighted);
            assertThat(document.getDocumentCatalog().getDocumentOutline().children()).hasSize(english.views().size() + 1);
            assertEmbedded(document);
        }
    }

    @Test
    void dutchReportsSpeakDutchWithTheirAccents() throws Exception {
        byte[] bytes = pdf(dutch, false, "demo-report-nl.pdf");
        try (PDDocument document = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Rapport klantbeleving", "Contactmomenten", "Werkwijze", "Geïmporteerd",
                    "Enthousiast");
            assertEmbedded(document);
        }
    }

    @Test
    void scorecardsHaveAPagePerDepartment() throws Exception {
        byte[] bytes = pdf(english, true, "demo-scorecards-en.pdf");
        try (PDDocument document = Loader.loadPDF(bytes)) {
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(english.scorecards().size());
            PDFTextStripper stripper = new PDFTextStripper();
            List<String> firstLines = new ArrayList<>();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                firstLines.add(stripper.getText(document).lines().findFirst().orElse(""));
            }
            for (var scorecard : english.scorecards()) {
                assertThat(firstLines).anyMatch(line -> line.startsWith(scorecard.department()));
            }
            assertEmbedded(document);
        }
    }

    private static void assertEmbedded(PDDocument document) throws IOException {
        for (PDPage page : document.getPages()) {
            for (var name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
            }
        }
    }
}
