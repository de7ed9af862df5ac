package org.cxlens.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cxlens.storage.TestData.NA;
import static org.cxlens.storage.TestData.meta;
import static org.cxlens.storage.TestData.simple;
import static org.cxlens.storage.TestData.touchpoint;

import java.nio.file.Path;
import java.util.Locale;
import org.cxlens.domain.ImportCounts;
import org.cxlens.domain.ImportProblem;
import org.cxlens.domain.ImportSink;
import org.cxlens.domain.Message;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The problem search finds a reason by the words the user reads, Dutch as well as English. */
class ProblemSearchTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    @TempDir
    Path dir;

    @Test
    void aReasonIsFoundByItsDutchWordsAndStillByItsEnglishOnes() throws Exception {
        try (ProjectFile project = ProjectFile.create(dir.resolve("problems.cxlens"))) {
            long id;
            try (ImportSink sink = project.begin(meta("wave.csv", "w"))) {
                sink.touchpoint(touchpoint("Room", "Housekeeping"));
                sink.respondent(simple(2, NA));
                sink.problem(new ImportProblem(2, "Room", "12", Message.of("importer.load.outOfScale", "12", "0–10")));
                sink.problem(new ImportProblem(3, "Room", "Matig",
                        Message.of("importer.load.unknownLabel", "Matig", "0–10")));
                id = sink.commit(new ImportCounts(2, 1, 0, 2));
            }
            // "valt buiten" is the Dutch of "is outside"; "labeltabel" of "label table".
            assertThat(project.problemCount(id, "valt buiten", DUTCH)).isEqualTo(1);
            assertThat(project.problems(id, "VALT BUITEN", DUTCH, 0, 10)).extracting(ImportProblem::row)
                    .containsExactly(2);
            assertThat(project.problems(id, "labeltabel", DUTCH, 0, 10)).extracting(ImportProblem::row)
                    .containsExactly(3);
            assertThat(project.problemCount(id, "is outside", DUTCH)).isEqualTo(1);
            assertThat(project.problemCount(id, "valt buiten", Locale.ENGLISH)).isZero();
            assertThat(project.problemCount(id, "score blijft leeg", DUTCH)).isEqualTo(2);
            assertThat(project.problemCount(id, "", DUTCH)).isEqualTo(2);
        }
    }
}
