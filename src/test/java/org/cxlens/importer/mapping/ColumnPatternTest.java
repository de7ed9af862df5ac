package org.cxlens.importer.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cxlens.importer.testing.Sheets.rows;

import java.util.List;
import org.cxlens.domain.ColumnRole;
import org.cxlens.domain.CxLensException;
import org.cxlens.domain.Scale;
import org.cxlens.importer.Preview;
import org.cxlens.importer.SourceColumn;
import org.cxlens.importer.load.DryRun;
import org.cxlens.importer.testing.Sheets;
import org.junit.jupiter.api.Test;

/** One mapping entry for many columns: {@code "Q5_*"}. */
class ColumnPatternTest {

    private static final String PROFILE = """
            {
              "version": 1,
              "shape": "WIDE",
              "columns": [
                { "column": "ID", "role": "RESPONDENT_ID" },
                { "column": "Q5_3", "role": "SEGMENT" },
                { "column": "q5_*", "role": "TOUCHPOINT_SCORE", "scale": "1-5", "missingCodes": ["0", "6"] },
                { "column": "Q9", "role": "OVERALL_SATISFACTION", "scale": "0-10" }
              ]
            }""";

    private static Preview survey() {
        return Sheets.csv(Sheets.COMMA, org.cxlens.importer.HeaderLayout.SINGLE, List.of(
                new SourceColumn(0, "ID", "ID"),
                new SourceColumn(1, "Q5_1", "How was each of the following? - Website"),
                new SourceColumn(2, "Q5_2", "How was each of the following? - Delivery"),
                new SourceColumn(3, "Q5_3", "How was each of the following? - Invoice"),
                new SourceColumn(4, "Q9", "All in all?")),
                rows(2, "1|5|6|2|9", "2|0|4|3|7"));
    }

    @Test
    void aPatternEntryMapsEveryMatchingColumnWithoutAnEntryOfItsOwn() throws CxLensException {
        Mapping resolved = MappingProfile.fromJson(PROFILE, "p.json").resolvedFor(survey().columns());

        assertThat(resolved.columns()).extracting(ColumnMapping::column).containsExactly("ID", "Q5_3", "Q9", "Q5_1", "Q5_2");
        ColumnMapping website = resolved.column("Q5_1");
        assertThat(website.role()).isEqualTo(ColumnRole.TOUCHPOINT_SCORE);
        assertThat(website.touchpoint()).isEqualTo("Website");
        assertThat(website.scale()).isEqualTo(Scale.of(1, 5));
        assertThat(website.missingCodes()).containsExactly("0", "6");
        assertThat(resolved.column("Q5_2").touchpoint()).isEqualTo("Delivery");
        assertThat(resolved.column("Q5_2").journeyOrder()).isEqualTo(website.journeyOrder() + 1);
        assertThat(resolved.column("Q5_3").role()).as("an exact entry wins").isEqualTo(ColumnRole.SEGMENT);
        assertThat(resolved.column("Q9").role()).isEqualTo(ColumnRole.OVERALL_SATISFACTION);
    }

    @Test
    void theImportReadsThePatternsCodesAsNotApplicable() throws CxLensException {
        DryRun.Result result = DryRun.of(survey(), MappingProfile.fromJson(PROFILE, "p.json"));

        assertThat(result.touchpoints()).extracting(t -> t.name()).containsExactly("Website", "Delivery");
        assertThat(result.respondents().get(0).scores()).containsExactly(5.0, Double.NaN);
        assertThat(result.respondents().get(1).scores()).containsExactly(Double.NaN, 4.0);
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void aQuestionMarkAtTheEndIsPartOfAHeaderNotAPattern() {
        assertThat(ColumnPattern.isPattern("Did you like it?")).isFalse();
        assertThat(ColumnPattern.isPattern("Q?_1")).isTrue();
        assertThat(ColumnPattern.matches("Q5_*", "q5_12")).isTrue();
        assertThat(ColumnPattern.matches("Q5_*", "Q51")).isFalse();
    }
}
