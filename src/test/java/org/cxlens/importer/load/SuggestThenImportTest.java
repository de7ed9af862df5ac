package org.cxlens.importer.load;

import org.cxlens.importer.ListRowSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cxlens.importer.testing.Sheets.columns;
import static org.cxlens.importer.testing.Sheets.rows;

import java.time.LocalDateTime;
import java.util.Map;
import org.cxlens.domain.CxLensException;
import org.cxlens.domain.Expectation;
import org.cxlens.domain.ImportCounts;
import org.cxlens.domain.MomentType;
import org.cxlens.domain.Progress;
import org.cxlens.domain.RespondentRecord;
import org.cxlens.domain.Scale;
import org.cxlens.domain.TouchpointSpec;
import org.cxlens.importer.HeaderLayout;
import org.cxlens.importer.Preview;
import org.cxlens.importer.mapping.Mapping;
import org.cxlens.importer.mapping.MappingProfile;
import org.cxlens.importer.mapping.MappingSuggester;
import org.cxlens.importer.testing.Sheets;
import org.junit.jupiter.api.Test;

/** The wizard's path without the UI: suggest a mapping, save it as a profile, import with it. */
class SuggestThenImportTest {

    @Test
    void dutchSheetImportsWithItsSuggestedMapping() throws CxLensException {
        Preview preview = Sheets.csv(Sheets.DUTCH, HeaderLayout.SINGLE, columns(
                "Respondentnummer", "Datum", "Tevredenheid", "Rapportcijfer Website", "Verwachting Website",
                "Rapportcijfer Levering", "Aanbevelen", "Toelichting", "E-mailadres", "Kanaal"),
                rows(2,
                        "1001|14-03-2025|Zeer tevreden|8|Beter dan verwacht|7,5|9|Prima geholpen in de winkel|a@example.nl|Winkel",
                        "1002|03-04-2025|Tevreden|6|Zoals verwacht|9|6|Levering was erg snel|b@example.nl|Web",
                        "1003|05-04-2025|Weet niet|9|Slechter dan verwacht|10|10|Website werkt niet goed|c@example.nl|Winkel",
                        "1004|28-04-2025|7|n.v.t.|Zoals verwacht|5||Geen bijzonderheden te melden|d@example.nl|Web"));
        Mapping suggested = new MappingSuggester().suggest(preview);
        Mapping mapping = MappingProfile.fromJson(MappingProfile.toJson(suggested), "wave1.json");
        RecordingSink sink = new RecordingSink();

        ImportCounts counts = new SurveyImporter().run(preview, new ListRowSource(preview.sampleRows()), mapping,
                sink, Progress.NONE);

        assertThat(sink.touchpoints).containsExactly(
                new TouchpointSpec("Website", null, MomentType.STANDARD, 1, Scale.of(1, 10)),
                new TouchpointSpec("Levering", null, MomentType.STANDARD, 2, Scale.of(1, 10)));
        RespondentRecord first = sink.respondent("1001");
        assertThat(first.date()).isEqualTo(LocalDateTime.of(2025, 3, 14, 0, 0));
        assertThat(first.overall()).isEqualTo(5);
        assertThat(first.scores()).containsExactly(8, 7.5);
        assertThat(first.expectations()).containsExactly(Expectation.BETTER, null);
        assertThat(first.recommend()).isEqualTo(9);
        assertThat(sink.attributesOf(first)).isEqualTo(Map.of("Kanaal", "Winkel"));
        assertThat(sink.respondent("1003").overall()).isNaN();
        assertThat(sink.respondent("1004").scores()[0]).isNaN();
        assertThat(sink.respondent("1004").recommend()).isNaN();
        assertThat(sink.respondent("1004").overall()).isNaN();
        assertThat(sink.problems).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(5);
            assertThat(p.column()).isEqualTo("Tevredenheid");
            assertThat(p.rawValue()).isEqualTo("7");
            assertThat(p.reason().key()).isEqualTo("importer.load.outOfScale");
        });
        assertThat(counts).isEqualTo(new ImportCounts(4, 4, 0, 1));
    }
}
