package org.cxlens.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cxlens.storage.TestData.NA;
import static org.cxlens.storage.TestData.meta;
import static org.cxlens.storage.TestData.simple;
import static org.cxlens.storage.TestData.touchpoint;

import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.cxlens.domain.ClassificationScheme;
import org.cxlens.domain.CxLensException;
import org.cxlens.domain.ImportCounts;
import org.cxlens.domain.ImportSink;
import org.cxlens.domain.Touchpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Figures kept in the file under its fingerprint, and every change that must make them not match (ADR 0010). */
class StoredFiguresTest {

    @TempDir
    Path dir;

    /** Two touchpoints nobody answered both of ("Lieferung" wave 1, "Delivery" wave 2), so they can be merged. */
    private Path project() throws CxLensException {
        Path file = dir.resolve("p.cxlens");
        try (ProjectFile project = ProjectFile.create(file)) {
            try (ImportSink sink = project.begin(meta("wave1.csv", "w1"))) {
                sink.touchpoint(touchpoint("Reception", "Front office"));
                sink.touchpoint(touchpoint("Lieferung", "Logistik"));
                sink.respondent(simple(2, 8, 9));
                sink.respondent(simple(3, 7, NA));
                sink.commit(new ImportCounts(2, 2, 0, 0));
            }
            try (ImportSink sink = project.begin(meta("wave2.csv", "w2"))) {
                sink.touchpoint(touchpoint("Reception", "Front office"));
                sink.touchpoint(touchpoint("Delivery", "Logistics"));
                sink.respondent(simple(2, 6, 7));
                sink.commit(new ImportCounts(1, 1, 0, 0));
            }
        }
        return file;
    }

    @Test
    void figuresComeBackOnlyUnderTheFingerprintTheyWereStoredWith() throws Exception {
        Path file = project();
        String fingerprint;
        try (ProjectFile project = ProjectFile.open(file)) {
            fingerprint = project.figuresFingerprint();
            assertThat(project.storedFigures("overview", fingerprint)).isEmpty();
            project.storeFigures("overview", fingerprint, "{\"n\": 3}");
            // Storing them changes nothing they depend on.
            assertThat(project.figuresFingerprint()).isEqualTo(fingerprint);
            assertThat(project.storedFigures("overview", fingerprint)).contains("{\"n\": 3}");
            assertThat(project.storedFigures("overview", fingerprint + "x")).isEmpty();
            assertThat(project.storedFigures("other", fingerprint)).isEmpty();
        }
        try (ProjectFile project = ProjectFile.open(file)) {
            project.loadSurveyData();
            assertThat(project.figuresFingerprint()).as("opening and loading change nothing").isEqualTo(fingerprint);
            assertThat(project.storedFigures("overview", fingerprint)).contains("{\"n\": 3}");
        }
    }

    @Test
    void everyChangeAnAnalysisDependsOnGivesAnotherFingerprint() throws Exception {
        Path file = project();
        Set<String> seen = new HashSet<>();
        try (ProjectFile project = ProjectFile.open(file)) {
            seen.add(project.figuresFingerprint());
            project.storeFigures("overview", project.figuresFingerprint(), "{}");

            project.saveScheme(new ClassificationScheme(0.9, 0.7, 0.3));
            assertChanged(project, seen, "scheme change");
            project.setLowBaseMinimum(5);
            assertChanged(project, seen, "low-base minimum");
            Touchpoint reception = named(project, "Reception");
            project.updateTouchpoint(new Touchpoint(reception.id(), reception.slot(), "Front desk",
                    reception.department(), reception.momentType(), reception.journeyOrder(), reception.scale(),
                    reception.target()));
            assertChanged(project, seen, "rename");
            Touchpoint desk = named(project, "Front desk");
            project.updateTouchpoint(new Touchpoint(desk.id(), desk.slot(), desk.name(), desk.department(),
                    desk.momentType(), desk.journeyOrder(), desk.scale(), 0.4));
            assertChanged(project, seen, "target");
            project.loadSurveyData();
            project.mergeTouchpoints(named(project, "Lieferung").id(), named(project, "Delivery").id());
            assertChanged(project, seen, "merge");
            try (ImportSink sink = project.begin(meta("wave3.csv", "w3"))) {
                sink.touchpoint(touchpoint("Front desk", "Front office"));
                sink.respondent(simple(2, 10));
                sink.commit(new ImportCounts(1, 1, 0, 0));
            }
            assertChanged(project, seen, "another import");
        }
    }

    /** A fingerprint not seen before, under which the figures stored at the start are not handed out. */
    private static void assertChanged(ProjectFile project, Set<String> seen, String change) throws CxLensException {
        String now = project.figuresFingerprint();
        assertThat(seen.add(now)).as(change).isTrue();
        assertThat(project.storedFigures("overview", now)).as(change).isEmpty();
    }

    @Test
    void aReportFileKeepsTheFiguresOfItsProjectButTakesNoNewOnes() throws Exception {
        Path file = project();
        Path report = dir.resolve("r.cxlens");
        String fingerprint;
        try (ProjectFile project = ProjectFile.open(file)) {
            fingerprint = project.figuresFingerprint();
            project.storeFigures("overview", fingerprint, "{\"n\": 3}");
            project.saveReport(report, new ReportMark(Instant.parse("2026-11-30T12:00:00Z"), "p.cxlens", java.util.List.of(), "overview",
                    ""));
        }
        try (ProjectFile opened = ProjectFile.open(report)) {
            assertThat(opened.storedFigures("overview", opened.figuresFingerprint())).contains("{\"n\": 3}");
            assertThatThrownBy(() -> opened.storeFigures("overview", fingerprint, "{}"))
                    .isInstanceOf(CxLensException.class);
        }
    }

    private static Touchpoint named(ProjectFile project, String name) throws CxLensException {
        return project.touchpoints().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }
}
