package org.cxlens.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.cxlens.analysis.Filter;
import org.cxlens.analysis.Grouping;
import org.cxlens.app.TestProjects;
import org.cxlens.domain.ClassificationScheme;
import org.cxlens.domain.CxLensException;
import org.cxlens.domain.ExperienceClass;
import org.cxlens.domain.Progress;
import org.cxlens.domain.Touchpoint;
import org.cxlens.importer.ReadOptions;
import org.cxlens.importer.mapping.MappingProfile;
import org.cxlens.report.CsvDialect;
import org.cxlens.storage.ProjectFile;
import org.cxlens.testing.TestFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Report files saved from the demo project: what they open on, and that nothing ever writes to them. */
class ReportFileTest {

    private static final String NOTE = "Wave 2, delighted customers only.\nSee the journey.";

    @TempDir
    Path folder;

    private Path report;
    private Filter filter;

    @BeforeEach
    void saveAReport() throws Exception {
        report = folder.resolve("for the board.cxlens");
        try (OpenProject demo = OpenProject.open(TestProjects.demo())) {
            FilterChoices choices = demo.filterChoices();
            String segment = choices.segments().keySet().iterator().next();
            filter = Filter.NONE.withWaves(Set.of(choices.waves().get(choices.waves().size() - 1)))
                    .withSegment(segment, Set.copyOf(choices.segments().get(segment).subList(0, 2)))
                    .withClasses(Set.of(ExperienceClass.DELIGHTED, ExperienceClass.SATISFIED));
            demo.saveReport(report, filter, ReportPage.JOURNEY, "  " + NOTE + "  ");
            assertThat(demo.isReport()).isFalse();
        }
    }

    @Test
    void aReportOpensOnItsFilterPageAndNote() throws Exception {
        try (OpenProject opened = OpenProject.open(report)) {
            assertThat(opened.isReport()).isTrue();
            ReportFile r = opened.report().orElseThrow();
            assertThat(r.filter()).isEqualTo(filter);
            assertThat(r.page()).isEqualTo(ReportPage.JOURNEY);
            assertThat(r.note()).isEqualTo(NOTE);
            assertThat(r.sourceFile()).isEqualTo("demo.cxlens");
            assertThat(opened.data().size()).isEqualTo(1500);
        }
        assertThat(folder.resolve(".for the board.cxlens.part")).doesNotExist();
    }

    @Test
    void openingFilteringDrillingExportingAndReadingCommentsLeaveTheFileByteForByteUnchanged() throws Exception {
        String sha = TestFiles.sha256(report);
        FileTime modified = Files.getLastModifiedTime(report);
        try (OpenProject opened = OpenProject.open(report)) {
            Filter f = opened.report().orElseThrow().filter();
            assertThat(opened.dashboard(f).respondents()).isPositive();
            opened.measures(Grouping.wave(), Filter.NONE);
            Touchpoint first = opened.data().touchpoints().get(0);
            DrillDown drill = opened.drillDown(f, Mark.experience(first, ExperienceClass.DELIGHTED));
            assertThat(drill.page(0, 50)).isNotEmpty();
            drill.searchedFor("a");
            drill.exportCsv(folder.resolve("drill.csv"), CsvDialect.COMMA, Progress.NONE);
            CommentList comments = opened.comments(f, CommentQuery.ALL);
            assertThat(comments.page(0, 20)).isNotEmpty();
            opened.exportProblems(opened.imports().get(0).id(), "", folder.resolve("problems.csv"), Locale.ENGLISH,
                    CsvDialect.COMMA, Progress.NONE);
            for (DeliverableFormat format : Deliverables.available()) {
                Deliverables.export(opened, f, Locale.ENGLISH, format,
                        folder.resolve("deliverable." + format.name() + "." + format.extension()), false, Progress.NONE);
            }
            opened.summary();
            opened.changeLog();
            opened.imports().forEach(i -> {
                try {
                    opened.problems(i.id(), "", Locale.ENGLISH, 0, 10);
                } catch (CxLensException e) {
                    throw new AssertionError(e);
                }
            });
        }
        assertThat(TestFiles.sha256(report)).isEqualTo(sha);
        assertThat(Files.getLastModifiedTime(report)).isEqualTo(modified);
        for (String side : List.of("-journal", "-wal", "-shm")) {
            assertThat(Path.of(report + side)).doesNotExist();
        }
    }

    @Test
    void everyChangeToAReportIsRefusedWithOneSentence() throws Exception {
        String sha = TestFiles.sha256(report);
        try (OpenProject opened = OpenProject.open(report)) {
            Touchpoint first = opened.data().touchpoints().get(0);
            Touchpoint second = opened.data().touchpoints().get(1);
            refused(() -> opened.saveScheme(new ClassificationScheme(0.95, 0.75, 0.3)));
            refused(() -> opened.saveLowBaseMinimum(10));
            refused(() -> opened.updateTouchpoint(first));
            refused(() -> opened.reorderTouchpoints(List.of(second.id(), first.id())));
            refused(() -> opened.mergeTouchpoints(first.id(), second.id()));
            Path survey = Files.writeString(folder.resolve("more.csv"), "Id,Overall\n1,9\n");
            refused(() -> new ImportSession(survey).importInto(opened, ReadOptions.DETECT,
                    MappingProfile.read(mapping()), null, false, Progress.NONE, 10));
            refused(() -> new ImportSession(survey).importInto(report, ReadOptions.DETECT,
                    MappingProfile.read(mapping()), null, false, Progress.NONE, 10));
        }
        try (ProjectFile file = ProjectFile.open(report)) {
            refused(() -> file.setLowBaseMinimum(3));
        }
        assertThat(TestFiles.sha256(report)).isEqualTo(sha);
        assertThat(report).exists();
    }

    @Test
    void aReportSavedFromAReportNamesTheProjectAndTakesItsOwnSettings() throws Exception {
        Path second = folder.resolve("second.cxlens");
        try (OpenProject opened = OpenProject.open(report)) {
            opened.saveReport(second, Filter.NONE, ReportPage.COMMENTS, "");
        }
        try (OpenProject opened = OpenProject.open(second)) {
            ReportFile r = opened.report().orElseThrow();
            assertThat(r.filter()).isEqualTo(Filter.NONE);
            assertThat(r.page()).isEqualTo(ReportPage.COMMENTS);
            assertThat(r.note()).isEmpty();
            assertThat(r.sourceFile()).isEqualTo("demo.cxlens");
        }
    }

    @Test
    void anExistingTargetIsRefusedAndKept() throws Exception {
        Path taken = Files.writeString(folder.resolve("taken.cxlens"), "keep me");
        try (OpenProject demo = OpenProject.open(TestProjects.demo())) {
            assertThatThrownBy(() -> demo.saveReport(taken, Filter.NONE, ReportPage.OVERVIEW, ""))
                    .isInstanceOfSatisfying(CxLensException.class,
                            e -> assertThat(e.userMessage().key()).isEqualTo("storage.copy.exists"));
        }
        assertThat(Files.readString(taken)).isEqualTo("keep me");
    }

    private Path mapping() throws Exception {
        return Files.writeString(folder.resolve("more.json"), """
                { "version": 1, "shape": "WIDE", "layout": "SINGLE", "missingCodes": [""],
                  "columns": [
                    {"column": "Id", "role": "RESPONDENT_ID"},
                    {"column": "Overall", "role": "OVERALL_SATISFACTION", "scale": "0-10"}
                  ] }
                """);
    }

    private void refused(ThrowingCallable change) {
        assertThatThrownBy(change).isInstanceOfSatisfying(CxLensException.class, e -> {
            assertThat(e.userMessage().key()).isEqualTo("storage.report.readOnly");
            assertThat(e.userMessage().render()).contains("for the board.cxlens").contains("report file");
        });
    }
}
