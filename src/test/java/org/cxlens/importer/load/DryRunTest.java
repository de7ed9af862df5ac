package org.cxlens.importer.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cxlens.importer.testing.Sheets.columns;
import static org.cxlens.importer.testing.Sheets.rows;

import org.cxlens.domain.CxLensException;
import org.cxlens.domain.Expectation;
import org.cxlens.domain.ImportCounts;
import org.cxlens.domain.Scale;
import org.cxlens.importer.Preview;
import org.cxlens.importer.mapping.Mapping;
import org.cxlens.importer.mapping.MappingSuggester;
import org.cxlens.importer.testing.Sheets;
import org.junit.jupiter.api.Test;

class DryRunTest {

    @Test
    void sampleRowsAreConvertedWithoutAProject() throws CxLensException {
        Preview preview = Sheets.csv(columns("ID", "Satisfaction - Website", "Satisfaction - Delivery"),
                rows(2, "a|5|4", "b|3|9", "a|1|1"));

        Mapping suggested = new MappingSuggester().suggest(preview);
        // 1, 4 and 9: someone answered 1 and nobody 0, so a ten-point item read 1–10 (with a warning).
        assertThat(suggested.column("Satisfaction - Delivery").scale()).isEqualTo(Scale.of(1, 10));
        // The user knows Delivery was asked on 1–5, so the 9 is a typing error.
        Mapping edited = suggested.withColumn(suggested.column("Satisfaction - Delivery").withScale(Scale.of(1, 5)));

        DryRun.Result result = DryRun.of(preview, edited);

        assertThat(result.touchpoints()).extracting(t -> t.name()).containsExactly("Website", "Delivery");
        assertThat(result.respondents()).extracting(r -> r.scores()[0]).containsExactly(5.0, 3.0);
        assertThat(result.problems()).extracting(p -> p.row(), p -> p.reason().key()).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, "importer.load.outOfScale"),
                org.assertj.core.groups.Tuple.tuple(4, "importer.load.duplicateId"));
        assertThat(result.counts()).isEqualTo(new ImportCounts(3, 2, 1, 2));
    }

    @Test
    void aSuggestedLongMappingGroupsRowsByRespondent() throws CxLensException {
        Preview preview = Sheets.csv(columns("Respondentnummer", "Contactmoment", "Afdeling", "Tevredenheid", "Verwachting"),
                rows(2,
                        "7|Offerte|Verkoop|4|Zoals verwacht",
                        "7|Montage|Techniek|5|Beter dan verwacht",
                        "8|Offerte|Verkoop|2|Slechter dan verwacht"));

        DryRun.Result result = DryRun.of(preview, new MappingSuggester().suggest(preview));

        assertThat(result.touchpoints()).extracting(t -> t.name(), t -> t.department()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Offerte", "Verkoop"),
                org.assertj.core.groups.Tuple.tuple("Montage", "Techniek"));
        assertThat(result.respondents()).hasSize(2);
        assertThat(result.respondents().get(0).scores()).containsExactly(4, 5);
        assertThat(result.respondents().get(0).expectations())
                .containsExactly(Expectation.AS_EXPECTED, Expectation.BETTER);
        assertThat(result.respondents().get(1).scores()).containsExactly(2, Double.NaN);
        assertThat(result.problems()).isEmpty();
        assertThat(result.counts()).isEqualTo(new ImportCounts(3, 2, 0, 0));
    }
}
