package org.cxlens.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.cxlens.domain.Progress;
import org.cxlens.domain.SurveyData;
import org.cxlens.importer.Preview;
import org.cxlens.importer.ReadOptions;
import org.cxlens.importer.SurveyFiles;
import org.cxlens.importer.mapping.MappingProfile;
import org.cxlens.importer.mapping.MappingSuggester;
import org.cxlens.sample.SampleFiles;
import org.cxlens.sample.SampleLayout;
import org.cxlens.storage.ProjectFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Big is not hostile (issue 11, item 8): the import's memory does not grow with the file. The
 * column cache used to be built at the commit from whole columns collected in memory, which for
 * 150,000 respondents ran out of a 32 MB heap (10,000,000 respondents out of 2 GB); now each block
 * of 8,192 rows is stored as the import passes it.
 */
class HostileBigFileTest {

    private static final int RESPONDENTS = 150_000;
    private static final String HEAP = "-Xmx32m";

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aFileWhoseColumnsDoNotFitTheHeapImportsWithTheColumnCacheInBlocks(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("big.csv");
        SampleFiles.writePlainWide(csv, SampleLayout.PLAIN_CSV, RESPONDENTS, 11, Progress.NONE);
        Preview preview = SurveyFiles.preview(csv, ReadOptions.DETECT);
        Path mapping = dir.resolve("big.mapping.json");
        Files.writeString(mapping, MappingProfile.toJson(
                new MappingSuggester().suggest(preview, SurveyFiles.profile(csv, preview))));
        Path project = dir.resolve("big.cxlens");

        CliChildProcess p = CliChildProcess.start(dir.resolve("home"), List.of(HEAP),
                "import", csv.toString(), "--project", project.toString(), "--mapping", mapping.toString());
        int exit = p.exitCode(100);
        String output = p.out() + p.err();

        assertThat(exit).as(output).isZero();
        assertThat(output).contains("150,000 respondents");
        // The import streams; the overview's figures need the whole project in memory: not kept, the import stands.
        assertThat(output).contains("The overview's figures were not kept in the project: Java may use at most");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + project.toString().replace(File.separatorChar, '/'));
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM column_cache WHERE name LIKE 'block.%'")) {
            // 150,000 / 8,192 = 18.3: 18 full blocks and one of 2,544 rows.
            assertThat(rs.getInt(1)).isEqualTo(19);
        }
        try (ProjectFile opened = ProjectFile.open(project)) {
            SurveyData data = opened.loadSurveyData();
            assertThat(data.size()).isEqualTo(RESPONDENTS);
            assertThat(data.touchpoints()).hasSize(15);
        }
    }
}
