package org.cxlens.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.cxlens.domain.Message;
import org.cxlens.domain.Progress;
import org.cxlens.importer.ReadOptions;
import org.cxlens.importer.SurveyImport;
import org.cxlens.importer.mapping.MappingProfile;
import org.cxlens.storage.ProjectFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The overview page's line on weighting, from a project whose mapping names a weight column. */
class OverviewWeightingTest {

    @TempDir
    Path folder;

    @Test
    void theOverviewNamesTheWeightColumnWithBothBases() throws Exception {
        // 10 respondents, weights 1 (five) and 3 (five): Σw = 20, Σw² = 5 + 45 = 50, effective base 400 / 50 = 8
        List<String> lines = new ArrayList<>(List.of("Id,Website,Gewicht"));
        for (int i = 1; i <= 10; i++) {
            lines.add(i + "," + (i % 11) + "," + (i <= 5 ? "1" : "3"));
        }
        Path csv = Files.write(folder.resolve("weighted.csv"), lines);
        Path mapping = Files.writeString(folder.resolve("weighted.json"), """
                { "version": 1, "shape": "WIDE", "layout": "SINGLE", "missingCodes": [""],
                  "columns": [
                    {"column": "Id", "role": "RESPONDENT_ID"},
                    {"column": "Website", "role": "TOUCHPOINT_SCORE", "touchpoint": "Website", "scale": "0-10",
                     "momentType": "STANDARD", "journeyOrder": 1},
                    {"column": "Gewicht", "role": "WEIGHT"}
                  ] }
                """);
        Path project = folder.resolve("weighted.cxlens");
        try (ProjectFile file = ProjectFile.create(project)) {
            SurveyImport.run(csv, ReadOptions.DETECT, MappingProfile.read(mapping), false, file, Progress.NONE);
            assertThat(file.weightColumns()).containsExactly("Gewicht");
        }

        String english = new OverviewLoader(ResourceBundle.getBundle(Message.BUNDLE, Locale.ENGLISH)).load(project)
                .weighting();
        String dutch = new OverviewLoader(ResourceBundle.getBundle(Message.BUNDLE, Locale.forLanguageTag("nl")))
                .load(project).weighting();

        assertThat(english).isEqualTo("Weighted by column “Gewicht” (n = 10 respondents, effective base 8)");
        assertThat(dutch).isEqualTo("Gewogen met kolom “Gewicht” (n = 10 respondenten, effectieve basis 8)");
    }
}
