package org.cxlens.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.cxlens.domain.Comment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hotel survey of {@link ProjectImportTest}: A1 (row 2, one comment), no id (row 3), A3 (row 5). */
class RespondentDetailsTest {

    @TempDir
    Path dir;

    @Test
    void aPageReadsItsRespondentsInTheOrderAsked() throws Exception {
        try (ProjectFile project = ProjectFile.create(dir.resolve("hotel.cxlens"))) {
            ProjectImportTest.importHotelSurvey(project);
            RespondentDetails details = project.respondentDetails(3);
            assertThat(details.read(new int[] {2, 0, 1})).containsExactly(
                    new StoredRespondent(3, "A3", 5, List.of()),
                    new StoredRespondent(1, "A1", 2, List.of(new Comment("Why?", "Great \"stay\"\nthanks"))),
                    new StoredRespondent(2, null, 3, List.of()));
            assertThat(details.matching("a3")).containsExactly(2);
            assertThat(details.matching("STAY")).containsExactly(0);
            assertThat(details.matching("A")).containsExactly(0, 2);
            assertThat(details.matching("%")).isEmpty();
        }
    }

    @Test
    void positionsFollowIdsAcrossAGap() throws Exception {
        Path file = dir.resolve("gap.cxlens");
        try (ProjectFile project = ProjectFile.create(file)) {
            ProjectImportTest.importHotelSurvey(project);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.executeUpdate("DELETE FROM comments WHERE respondent_id = 1");
            st.executeUpdate("DELETE FROM respondents WHERE id = 2");
        }
        try (ProjectFile project = ProjectFile.open(file)) {
            RespondentDetails details = project.respondentDetails(2);
            assertThat(details.read(new int[] {1, 0})).extracting(StoredRespondent::externalId)
                    .containsExactly("A3", "A1");
            assertThat(details.matching("A3")).containsExactly(1);
        }
    }
}
