package org.cxlens.importer.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.cxlens.importer.Preview;
import org.cxlens.importer.ReadOptions;
import org.cxlens.importer.SurveyFiles;
import org.junit.jupiter.api.Test;

/**
 * The suggestion measured on real public survey exports with hand-reviewed mappings
 * ({@code ../shared/dev-surveys}, outside the repository; see its README).
 */
class DevSurveySuggestionTest {

    static final Path DEV_SURVEYS = Path.of("..", "shared", "dev-surveys");

    @Test
    void suggestionsMatchTheReviewedMappings() throws Exception {
        assumeTrue(Files.isDirectory(DEV_SURVEYS), "no ../shared/dev-surveys here");
        List<DevSurveyScore> scores = new ArrayList<>();
        try (Stream<Path> folders = Files.list(DEV_SURVEYS)) {
            for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
                Path expected = folder.resolve("expected.json");
                if (!Files.exists(expected)) {
                    continue;
                }
                Path file = DevSurveyScore.surveyFile(folder);
                Preview preview = SurveyFiles.preview(file, ReadOptions.DETECT);
                Suggestion suggested = new MappingSuggester().suggest(preview, SurveyFiles.profile(file, preview));
                scores.add(DevSurveyScore.score(folder.getFileName().toString(),
                        DevSurveyScore.readExpected(expected), suggested));
            }
        }
        int columns = scores.stream().mapToInt(DevSurveyScore::columns).sum();
        int right = scores.stream().mapToInt(DevSurveyScore::right).sum();
        long perfect = scores.stream().filter(DevSurveyScore::perfect).count();
        StringBuilder report = new StringBuilder();
        for (DevSurveyScore s : scores) {
            report.append(String.format("%-28s %3d/%3d%n", s.name(), s.right(), s.columns()));
            s.wrong().forEach(w -> report.append("    ").append(w).append('\n'));
            s.unwarned().forEach(w -> report.append("    NO WARNING: ").append(w).append('\n'));
        }
        report.append(String.format("TOTAL %d/%d columns (%.0f %%), %d/%d files right with zero edits%n",
                right, columns, 100.0 * right / columns, perfect, scores.size()));
        System.err.println(report);
        // Issue 7 asks for 90 % of the analysed columns and two thirds of the files right with zero edits; this
        // suite holds the line measured on 2026-11-30 (129 of 133 columns, 8 of 11 files) so that a change for
        // the worse fails here. The four columns still wrong need a codebook (bare codes such as CUSL3).
        assertThat(right * 10).as(report.toString()).isGreaterThanOrEqualTo(columns * 9);
        assertThat(perfect).as(report.toString()).isGreaterThanOrEqualTo(8);
        // Every column still wrong carries a warning.
        assertThat(scores.stream().mapToLong(s -> s.unwarned().size()).sum()).as(report.toString()).isZero();
    }
}
