package org.cxlens.importer.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.cxlens.importer.testing.Sheets.columns;
import static org.cxlens.importer.testing.Sheets.rows;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cxlens.domain.ColumnRole;
import org.cxlens.domain.CxLensException;
import org.cxlens.domain.ImportCounts;
import org.cxlens.domain.ImportProblem;
import org.cxlens.domain.Message;
import org.cxlens.domain.Progress;
import org.cxlens.domain.RespondentRecord;
import org.cxlens.domain.Scale;
import org.cxlens.importer.HeaderLayout;
import org.cxlens.importer.ListRowSource;
import org.cxlens.importer.Preview;
import org.cxlens.importer.SourceRow;
import org.cxlens.importer.mapping.ColumnMapping;
import org.cxlens.importer.mapping.LabelTable;
import org.cxlens.importer.mapping.Mapping;
import org.cxlens.importer.mapping.Shape;
import org.cxlens.importer.testing.Sheets;
import org.junit.jupiter.api.Test;

/** A wave for a whole file, rows shorter than the header, and weights that are not there. */
class RealFileQuirksTest {

    private static final Scale FIVE = Scale.of(1, 5);

    private final RecordingSink sink = new RecordingSink();

    private static Mapping wide(ColumnMapping... columns) {
        return new Mapping(Shape.WIDE, HeaderLayout.SINGLE, null, List.of(columns), LabelTable.defaults(), null);
    }

    private ImportCounts run(SurveyImporter importer, Preview preview, Mapping mapping) throws CxLensException {
        return importer.run(preview, new ListRowSource(preview.sampleRows()), mapping, sink, Progress.NONE);
    }

    @Test
    void aWaveForTheWholeFileGoesToEveryRespondent() throws CxLensException {
        Preview preview = Sheets.csv(columns("ID", "Cijfer"), rows(2, "a|4", "b|5"));

        run(new SurveyImporter(" 2018 "), preview, wide(ColumnMapping.of("ID", ColumnRole.RESPONDENT_ID),
                ColumnMapping.of("Cijfer", ColumnRole.OVERALL_SATISFACTION).withScale(FIVE)));

        assertThat(sink.respondents).extracting(RespondentRecord::wave).containsExactly("2018", "2018");
        assertThat(sink.problems).isEmpty();
    }

    @Test
    void theFilesWaveWinsOverAWaveColumnWhoseValuesAreKept() throws CxLensException {
        Preview preview = Sheets.csv(columns("ID", "Jaar"), rows(2, "a|2017", "b|"));

        run(new SurveyImporter("2018"), preview, wide(ColumnMapping.of("ID", ColumnRole.RESPONDENT_ID),
                ColumnMapping.of("Jaar", ColumnRole.WAVE)));

        assertThat(sink.respondents).extracting(RespondentRecord::wave).containsExactly("2018", "2018");
        assertThat(sink.attributes).containsExactly("Jaar");
        assertThat(sink.attributesOf(sink.respondent("a"))).isEqualTo(Map.of("Jaar", "2017"));
        assertThat(sink.problems).containsExactly(new ImportProblem(0, "Jaar", null,
                Message.of("importer.load.waveColumnOverridden", "2018")));
        assertThat(sink.problems.get(0).reason().render(Locale.ENGLISH)).isEqualTo(
                "Every respondent gets wave “2018”, given for the whole file; this wave column is kept as an attribute instead.");
    }

    @Test
    void aLongFileGetsTheFilesWaveToo() throws CxLensException {
        Preview preview = Sheets.csv(columns("ID", "TP", "Score", "Meting"),
                rows(2, "1|Website|3|Q1", "1|Levering|4|Q1", "2|Website|5|"));
        Mapping mapping = new Mapping(Shape.LONG, HeaderLayout.SINGLE, null, List.of(
                ColumnMapping.of("ID", ColumnRole.RESPONDENT_ID), ColumnMapping.of("TP", ColumnRole.TOUCHPOINT),
                ColumnMapping.of("Score", ColumnRole.TOUCHPOINT_SCORE).withScale(FIVE),
                ColumnMapping.of("Meting", ColumnRole.WAVE)), null, null);

        run(new SurveyImporter("2019-Q4"), preview, mapping);

        assertThat(sink.respondents).extracting(RespondentRecord::wave).containsExactly("2019-Q4", "2019-Q4");
    }

    @Test
    void shortRowsKeepTheirCellsAndAreReportedTheLastOneAsPossiblyCutOff() throws CxLensException {
        // Rows 3 and 5 lack trailing cells (as writers that drop trailing empty cells leave them); row 5 is the last.
        Preview preview = Sheets.csv(columns("ID", "Cijfer", "Toelichting"),
                List.of(new SourceRow(2, new String[] {"a", "4", "goed"}), new SourceRow(3, new String[] {"b", "5"}),
                        new SourceRow(4, new String[] {"c", "3", ""}), new SourceRow(5, new String[] {"d", "2"})));

        ImportCounts counts = run(new SurveyImporter(), preview, wide(ColumnMapping.of("ID", ColumnRole.RESPONDENT_ID),
                ColumnMapping.of("Cijfer", ColumnRole.OVERALL_SATISFACTION).withScale(FIVE),
                ColumnMapping.of("Toelichting", ColumnRole.COMMENT)));

        assertThat(sink.respondents).extracting(RespondentRecord::externalId, RespondentRecord::overall)
                .containsExactly(tuple("a", 4.0), tuple("b", 5.0), tuple("c", 3.0), tuple("d", 2.0));
        assertThat(sink.problems).containsExactly(
                new ImportProblem(3, null, null, Message.of("importer.load.shortRow", 2, 3)),
                new ImportProblem(5, null, null, Message.of("importer.load.shortRow", 2, 3)),
                new ImportProblem(5, null, null, Message.of("importer.load.shortLastRow")));
        assertThat(sink.problems.get(0).reason().render(Locale.ENGLISH))
                .isEqualTo("The row has 2 cells but the header 3; the missing cells at the end are read as empty.");
        assertThat(counts).isEqualTo(new ImportCounts(4, 4, 0, 3));
    }

    @Test
    void thousandsOfShortRowsAreCountedButListedOnlyAThousandTimes() throws CxLensException {
        String[] lines = new String[2500];
        for (int i = 0; i < lines.length; i++) {
            lines[i] = "r" + i;
        }
        Preview preview = Sheets.csv(columns("ID", "Toelichting"), rows(2, lines));

        ImportCounts counts = run(new SurveyImporter(), preview, wide(ColumnMapping.of("ID", ColumnRole.RESPONDENT_ID),
                ColumnMapping.of("Toelichting", ColumnRole.COMMENT)));

        assertThat(counts.problems()).as("every short row plus the last-row notice").isEqualTo(2501);
        assertThat(sink.problemsWithKey("importer.load.shortRow")).hasSize(ProblemLog.KEEP_PER_KIND);
        assertThat(sink.problemsWithKey("importer.load.moreRowProblems")).singleElement().satisfies(p -> {
            assertThat(p.reason()).isEqualTo(Message.of("importer.load.moreRowProblems", 1500, 2));
            assertThat(p.reason().render(Locale.ENGLISH)).isEqualTo(
                    "1500 more problems of the same kind as in row 2 were found; only the first 1000 are listed.");
        });
    }

    @Test
    void anEmptyWeightIsAProblemAndCountsAsOne() throws CxLensException {
        Preview preview = Sheets.csv(columns("ID", "Gewicht"), rows(2, "a|1.5", "b|", "c|n.v.t."));

        run(new SurveyImporter(), preview, wide(ColumnMapping.of("ID", ColumnRole.RESPONDENT_ID),
                ColumnMapping.of("Gewicht", ColumnRole.WEIGHT)));

        // NaN is stored as no weight, which weighted figures count as 1: the respondent stays in every figure.
        assertThat(sink.respondents).extracting(RespondentRecord::weight).containsExactly(1.5, Double.NaN, Double.NaN);
        assertThat(sink.problems).containsExactly(
                new ImportProblem(3, "Gewicht", "", Message.of("importer.load.missingWeight")),
                new ImportProblem(4, "Gewicht", "n.v.t.", Message.of("importer.load.missingWeight")));
        assertThat(sink.problems.get(0).reason().render(Locale.ENGLISH))
                .isEqualTo("The weight is empty; this respondent counts with weight 1 in weighted figures.");
    }

    @Test
    void aLongRespondentWithoutAWeightOnAnyRowIsReportedOnce() throws CxLensException {
        Preview preview = Sheets.csv(columns("ID", "TP", "Score", "W"),
                rows(2, "1|Website|3|", "1|Levering|4|0.8", "2|Website|5|", "2|Levering|2|"));
        Mapping mapping = new Mapping(Shape.LONG, HeaderLayout.SINGLE, null, List.of(
                ColumnMapping.of("ID", ColumnRole.RESPONDENT_ID), ColumnMapping.of("TP", ColumnRole.TOUCHPOINT),
                ColumnMapping.of("Score", ColumnRole.TOUCHPOINT_SCORE).withScale(FIVE),
                ColumnMapping.of("W", ColumnRole.WEIGHT)), null, null);

        run(new SurveyImporter(), preview, mapping);

        assertThat(sink.respondent("1").weight()).as("a later row gives it").isEqualTo(0.8);
        assertThat(sink.respondent("2").weight()).isNaN();
        assertThat(sink.problems).containsExactly(
                new ImportProblem(4, "W", null, Message.of("importer.load.missingWeightLong", "2")));
    }
}
