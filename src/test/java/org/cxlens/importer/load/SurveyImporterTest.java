package org.cxlens.importer.load;

import org.cxlens.importer.ListRowSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cxlens.importer.testing.Sheets.columns;
import static org.cxlens.importer.testing.Sheets.rows;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cxlens.domain.CancelledException;
import org.cxlens.domain.ColumnRole;
import org.cxlens.domain.Comment;
import org.cxlens.domain.CxLensException;
import org.cxlens.domain.Expectation;
import org.cxlens.domain.ImportCounts;
import org.cxlens.domain.ImportProblem;
import org.cxlens.domain.Message;
import org.cxlens.domain.MomentType;
import org.cxlens.domain.Progress;
import org.cxlens.domain.RespondentRecord;
import org.cxlens.domain.Scale;
import org.cxlens.domain.TouchpointSpec;
import org.cxlens.importer.HeaderLayout;
import org.cxlens.importer.Preview;
import org.cxlens.importer.SourceRow;
import org.cxlens.importer.mapping.ColumnMapping;
import org.cxlens.importer.mapping.DateOrder;
import org.cxlens.importer.mapping.LabelTable;
import org.cxlens.importer.mapping.Mapping;
import org.cxlens.importer.mapping.Shape;
import org.cxlens.importer.mapping.TouchpointSetting;
import org.cxlens.importer.testing.Sheets;
import org.junit.jupiter.api.Test;

class SurveyImporterTest {

    private static final Scale FIVE = Scale.of(1, 5);
    private static final Scale TEN = Scale.of(0, 10);

    private final SurveyImporter importer = new SurveyImporter();
    private final RecordingSink sink = new RecordingSink();

    private static Mapping wide(ColumnMapping... columns) {
        return new Mapping(Shape.WIDE, HeaderLayout.SINGLE, null, List.of(columns), LabelTable.defaults(),
                LabelTable.DEFAULT_MISSING_CODES);
    }

    private ImportCounts run(Preview preview, Mapping mapping) throws CxLensException {
        return importer.run(preview, new ListRowSource(preview.sampleRows()), mapping, sink, Progress.NONE);
    }

    @Test
    void aWideRowBecomesOneRespondentWithEveryRoleFilled() throws CxLensException {
        Preview preview = Sheets.csv(Sheets.DUTCH, HeaderLayout.SINGLE,
                columns("ID", "Afdeling", "Meting", "Datum", "Gewicht", "Tevredenheid", "Aanbevelen", "Verwachting",
                        "Website", "Website verwachting", "Levering", "Toelichting", "E-mail", "Kanaal", "Extra"),
                rows(2, "r1|Sales|2025-Q1|14-03-2025|1,5|Zeer tevreden|9|Beter dan verwacht|4|Zoals verwacht|8"
                        + "|Snelle levering|jan@example.nl|Web|x"));
        Mapping mapping = wide(
                ColumnMapping.of("ID", ColumnRole.RESPONDENT_ID),
                ColumnMapping.of("Afdeling", ColumnRole.DEPARTMENT),
                ColumnMapping.of("Meting", ColumnRole.WAVE),
                ColumnMapping.of("Datum", ColumnRole.DATE),
                ColumnMapping.of("Gewicht", ColumnRole.WEIGHT),
                ColumnMapping.of("Tevredenheid", ColumnRole.OVERALL_SATISFACTION).withScale(FIVE),
                ColumnMapping.of("Aanbevelen", ColumnRole.RECOMMEND).withScale(TEN),
                ColumnMapping.of("Verwachting", ColumnRole.OVERALL_EXPECTATION),
                ColumnMapping.touchpointScore("Website", "Website", FIVE, 1).withDepartment("Marketing")
                        .withMomentType(MomentType.EXCEL),
                ColumnMapping.touchpointExpectation("Website verwachting", "Website", 1),
                ColumnMapping.touchpointScore("Levering", "Levering", TEN, 2),
                ColumnMapping.of("Toelichting", ColumnRole.COMMENT),
                ColumnMapping.of("E-mail", ColumnRole.PERSONAL),
                ColumnMapping.of("Kanaal", ColumnRole.SEGMENT));
        RecordingSink offset = new RecordingSink(3);

        ImportCounts counts = importer.run(preview, new ListRowSource(preview.sampleRows()), mapping, offset, Progress.NONE);

        assertThat(offset.touchpoints).containsExactly(
                new TouchpointSpec("Website", "Marketing", MomentType.EXCEL, 1, FIVE),
                new TouchpointSpec("Levering", null, MomentType.STANDARD, 2, TEN));
        RespondentRecord r = offset.respondent("r1");
        assertThat(r.sourceRow()).isEqualTo(2);
        assertThat(r.department()).isEqualTo("Sales");
        assertThat(r.wave()).isEqualTo("2025-Q1");
        assertThat(r.date()).isEqualTo(LocalDateTime.of(2025, 3, 14, 0, 0));
        assertThat(r.weight()).isEqualTo(1.5);
        assertThat(r.overall()).isEqualTo(5);
        assertThat(r.recommend()).isEqualTo(9);
        assertThat(r.overallExpectation()).isEqualTo(Expectation.BETTER);
        assertThat(r.scores()).hasSize(5);
        assertThat(r.scores()[0]).isNaN();
        assertThat(r.scores()[3]).isEqualTo(4);
        assertThat(r.scores()[4]).isEqualTo(8);
        assertThat(r.expectations()).containsExactly(null, null, null, Expectation.AS_EXPECTED, null);
        assertThat(r.comments()).containsExactly(new Comment("Toelichting", "Snelle levering"));
        assertThat(offset.attributesOf(r)).isEqualTo(Map.of("Kanaal", "Web", "Extra", "x"));
        assertThat(r.toString()).doesNotContain("jan@example.nl");
        assertThat(offset.problems).containsExactly(new ImportProblem(0, "Extra", null,
                Message.of("importer.mapping.unmappedColumn", "Extra")));
        assertThat(counts).isEqualTo(new ImportCounts(1, 1, 0, 1));
    }

    @Test
    void aScaleWhoseBestAnswerIsOneKeepsRawScoresAndStillCatchesOutOfRange() throws CxLensException {
        Preview preview = Sheets.csv(columns("ID", "Q1"), rows(2, "a|1", "b|5", "c|6", "d|0", "e|Very satisfied",
                "f|Very dissatisfied", "g|2"));
        Mapping mapping = wide(ColumnMapping.of("ID", ColumnRole.RESPONDENT_ID),
                ColumnMapping.of("Q1", ColumnRole.OVERALL_SATISFACTION).withScale(Scale.of(5, 1)));

        ImportCounts counts = run(preview, mapping);

        // Raw scores stay as answered; the label table's 1–5 labels keep their place from worst to best, so
        // "Very satisfied" (5 on 1–5) is 1 on 5–1 and "Very dissatisfied" is 5.
        assertThat(sink.respondents).extracting(RespondentRecord::overall)
                .containsExactly(1.0, 5.0, Double.NaN, Double.NaN, 1.0, 5.0, 2.0);
        assertThat(sink.problems).containsExactly(
                new ImportProblem(4, "Q1", "6", Message.of("importer.load.outOfScale", "6", "5–1")),
                new ImportProblem(5, "Q1", "0", Message.of("importer.load.outOfScale", "0", "5–1")));
        assertThat(sink.problems.get(0).reason().render(java.util.Locale.ENGLISH))
                .isEqualTo("6 is outside the scale 5–1; the score is left empty.");
        assertThat(counts).isEqualTo(new ImportCounts(7, 7, 0, 2));
    }

    @Test
    void outOfScaleAndUnknownLabelsBecomeEmptyScoresWithProblems() throws CxLensException {
        Preview preview = Sheets.csv(columns("ID", "Q1"), rows(2, "a|6", "b|0", "c|N/A", "d|Heel erg tevreden", "e| 4 ",
                "f|Very satisfied", "g|-1"));
        Mapping mapping = wide(ColumnMapping.of("ID", ColumnRole.RESPONDENT_ID),
                ColumnMapping.of("Q1", ColumnRole.OVERALL_SATISFACTION).withScale(FIVE).withMissingCodes(List.of("0")));

        ImportCounts counts = run(preview, mapping);

        assertThat(sink.respondents).extracting(RespondentRecord::overall)
                .containsExactly(Double.NaN, Double.NaN, Double.NaN, Double.NaN, 4.0, 5.0, Double.NaN);
        assertThat(sink.problems).containsExactly(
                new ImportProblem(2, "Q1", "6", Message.of("importer.load.outOfScale", "6", "1–5")),
                new ImportProblem(5, "Q1", "Heel erg tevreden",
                        Message.of("importer.load.unknownLabel", "Heel erg tevreden", "1–5")),
                new ImportProblem(8, "Q1", "-1", Message.of("importer.load.outOfScale", "-1", "1–5")));
        assertThat(counts).isEqualTo(new ImportCounts(7, 7, 0, 3));
        assertThat(sink.problems.get(0).reason().render(java.util.Locale.ENGLISH))
                .isEqualTo("6 is outside the scale 1–5; the score is left empty.");
    }

    @Test
    void numberedLabelsAndNumericExpectationCodes() throws CxLensException {
        Preview preview = Sheets.csv(columns("ID", "NPS", "Exp", "Exp2"),
                rows(2, "a|0 - Not at all likely|1|2", "b|10 - Extremely likely|2|", "c|7|3|"));
        Mapping mapping = wide(ColumnMapping.of("ID", ColumnRole.RESPONDENT_ID),
                ColumnMapping.of("NPS", ColumnRole.RECOMMEND).withScale(TEN),
                ColumnMapping.of("Exp", ColumnRole.OVERALL_EXPECTATION).withScale(Scale.of(1, 3)),
                ColumnMapping.touchpointExpectation("Exp2", "Website", 1));

        run(preview, mapping);

        assertThat(sink.respondents).extracting(RespondentRecord::recommend).containsExactly(0.0, 10.0, 7.0);
        assertThat(sink.respondents).extracting(RespondentRecord::overallExpectation)
                .containsExactly(Expectation.WORSE, Expectation.AS_EXPECTED, Expectation.BETTER);
        assertThat(sink.problemsWithKey("importer.load.expectationNotCoded")).singleElement()
                .satisfies(p -> assertThat(p.row()).isEqualTo(2));
    }

    @Test
    void aColumnsOwnLabelListIsReadEvenlyOverItsScaleAndOtherColumnsKeepTheTable() throws CxLensException {
        Preview preview = Sheets.csv(columns("ID", "Overall", "NPS", "Website"), rows(2,
                "a|Poor|Not at all likely|Poor",
                "b|very GOOD|3 - Somewhat likely|Fair",
                "c|5 - Excellent|Very likely|Excellent",
                "d|Superb|N/A|Good",
                "e|2|Extremely likely|Very poor"));
        Mapping mapping = wide(ColumnMapping.of("ID", ColumnRole.RESPONDENT_ID),
                ColumnMapping.of("Overall", ColumnRole.OVERALL_SATISFACTION).withScale(FIVE)
                        .withLabels(List.of("Poor", "Fair", "Good", "Very good", "Excellent")),
                ColumnMapping.of("NPS", ColumnRole.RECOMMEND).withScale(TEN).withLabels(List.of("Not at all likely",
                        "Not very likely", "Somewhat likely", "Very likely", "Extremely likely")),
                ColumnMapping.touchpointScore("Website", "Website", FIVE, 1));

        ImportCounts counts = run(preview, mapping);

        // label i of n on min–max is min + i (max − min) / (n − 1): 0, 2.5, 5, 7.5, 10 on 0–10
        assertThat(sink.respondents).extracting(RespondentRecord::overall)
                .containsExactly(1.0, 4.0, 5.0, Double.NaN, 2.0);
        assertThat(sink.respondents).extracting(RespondentRecord::recommend)
                .containsExactly(0.0, 5.0, 7.5, Double.NaN, 10.0);
        assertThat(sink.respondents).extracting(r -> r.scores()[0])
                .as("without a list, the table: Very poor 1, Poor 2, Fair 3, Good 4, Excellent 5")
                .containsExactly(2.0, 3.0, 5.0, 4.0, 1.0);
        assertThat(sink.problems).containsExactly(new ImportProblem(5, "Overall", "Superb",
                Message.of("importer.load.unlistedLabel", "Superb", "1–5")));
        assertThat(sink.problems.get(0).reason().render(java.util.Locale.ENGLISH))
                .isEqualTo("“Superb” is not one of the answer labels listed for this column; the score is left empty.");
        assertThat(counts.problems()).isEqualTo(1);
    }

    @Test
    void anExpectationColumnsOwnLabelsReadLowerHalfWorseMiddleAsExpectedUpperHalfBetter() throws CxLensException {
        Preview preview = Sheets.csv(columns("ID", "Exp"), rows(2, "a|Minder dan gedacht", "b|zoals GEDACHT",
                "c|5. Veel beter dan gedacht", "d|Beter dan verwacht", "e|Weet niet"));
        ColumnMapping exp = ColumnMapping.of("Exp", ColumnRole.OVERALL_EXPECTATION);
        List<String> five = List.of("Veel minder dan gedacht", "Minder dan gedacht", "Zoals gedacht",
                "Beter dan gedacht", "Veel beter dan gedacht");

        run(preview, wide(ColumnMapping.of("ID", ColumnRole.RESPONDENT_ID), exp.withLabels(five)));

        assertThat(sink.respondents).extracting(RespondentRecord::overallExpectation).containsExactly(
                Expectation.WORSE, Expectation.AS_EXPECTED, Expectation.BETTER, null, null);
        assertThat(sink.problems).containsExactly(new ImportProblem(5, "Exp", "Beter dan verwacht",
                Message.of("importer.load.unlistedExpectation", "Beter dan verwacht")));
        assertThatThrownBy(() -> run(preview, wide(exp.withLabels(five.subList(1, 5)))))
                .as("four labels have no middle to read as expected")
                .hasMessage("Column “Exp” lists 4 expectation labels; it needs an odd number, with “as expected” "
                        + "in the middle.");
    }

    @Test
    void aLabelListNeedsTwoDifferentLabelsAndOnlyScoresAndExpectationsReadOne() throws CxLensException {
        Preview preview = Sheets.csv(columns("ID", "Q1", "Kanaal"), rows(2, "a|Goed|Web"));
        ColumnMapping q1 = ColumnMapping.of("Q1", ColumnRole.OVERALL_SATISFACTION).withScale(FIVE);

        assertThatThrownBy(() -> run(preview, wide(q1.withLabels(List.of("Goed")))))
                .hasMessage("Column “Q1” lists fewer than two answer labels; list them all, lowest first, or none.");
        assertThatThrownBy(() -> run(preview, wide(q1.withLabels(List.of("Slecht", "Goed", "2 - GOED")))))
                .hasMessage("Column “Q1” lists the answer label “2 - GOED” twice.");

        run(preview, wide(ColumnMapping.of("ID", ColumnRole.RESPONDENT_ID),
                q1.withLabels(List.of("Slecht", "Goed")),
                ColumnMapping.of("Kanaal", ColumnRole.SEGMENT).withLabels(List.of("Web", "Winkel"))));

        assertThat(sink.respondents).extracting(RespondentRecord::overall).containsExactly(5.0);
        assertThat(sink.problems).containsExactly(new ImportProblem(0, "Kanaal", null,
                Message.of("importer.mapping.labelsIgnored", "Kanaal", "SEGMENT")));
    }

    @Test
    void aRepeatedIdSkipsTheLaterRowAndNamesTheFirst() throws CxLensException {
        Preview preview = Sheets.csv(columns("ID", "Q1"), rows(2, "r1|3", "r2|4", " r1 |5"));
        Mapping mapping = wide(ColumnMapping.of("ID", ColumnRole.RESPONDENT_ID),
                ColumnMapping.of("Q1", ColumnRole.OVERALL_SATISFACTION).withScale(FIVE));

        ImportCounts counts = run(preview, mapping);

        assertThat(sink.respondents).extracting(RespondentRecord::externalId).containsExactly("r1", "r2");
        assertThat(sink.respondent("r1").overall()).isEqualTo(3);
        assertThat(sink.problems).containsExactly(new ImportProblem(4, "ID", "r1",
                Message.of("importer.load.duplicateId", "r1", 2)));
        assertThat(sink.problems.get(0).reason().render(java.util.Locale.ENGLISH))
                .isEqualTo("Respondent id “r1” already appeared in row 2; this row is skipped.");
        assertThat(counts).isEqualTo(new ImportCounts(3, 2, 1, 1));
    }

    @Test
    void aFloodOfOneProblemIsListedOnlyAThousandTimesButCountedInFull() throws CxLensException {
        List<SourceRow> rows = new ArrayList<>();
        for (int i = 0; i < 1500; i++) {
            rows.add(new SourceRow(i + 2, new String[] {"8"}));
        }
        Preview preview = Sheets.csv(columns("Q1"), rows);

        ImportCounts counts = run(preview, wide(ColumnMapping.of("Q1", ColumnRole.OVERALL_SATISFACTION).withScale(FIVE)));

        assertThat(counts.problems()).isEqualTo(1500);
        assertThat(sink.problems).hasSize(1001);
        assertThat(sink.problems.get(999).row()).isEqualTo(1001);
        assertThat(sink.problems.get(1000)).isEqualTo(new ImportProblem(0, "Q1", null,
                Message.of("importer.load.moreProblems", 500, 2)));
        assertThat(sink.respondents).hasSize(1500);
    }

    @Test
    void aMissingIdIsReportedButTheRowKept() throws CxLensException {
        Preview preview = Sheets.csv(columns("ID", "Q1"), rows(2, "|3"));
        Mapping mapping = wide(ColumnMapping.of("ID", ColumnRole.RESPONDENT_ID),
                ColumnMapping.of("Q1", ColumnRole.OVERALL_SATISFACTION).withScale(FIVE));

        run(preview, mapping);

        assertThat(sink.respondents).singleElement().satisfies(r -> {
            assertThat(r.externalId()).isNull();
            assertThat(r.overall()).isEqualTo(3);
        });
        assertThat(sink.problems).containsExactly(new ImportProblem(2, "ID", "", Message.of("importer.load.missingId")));
    }

    @Test
    void extraCellsBeyondTheHeaderAreReportedUnlessEmpty() throws CxLensException {
        Preview preview = Sheets.csv(columns("ID", "Q1"), rows(2, "a|3||", "b|4|oops|", "c"));
        Mapping mapping = wide(ColumnMapping.of("ID", ColumnRole.RESPONDENT_ID),
                ColumnMapping.of("Q1", ColumnRole.OVERALL_SATISFACTION).withScale(FIVE));

        ImportCounts counts = run(preview, mapping);

        assertThat(sink.problems).containsExactly(
                new ImportProblem(3, null, "oops", Message.of("importer.load.extraCells", 4, 2)),
                new ImportProblem(4, null, null, Message.of("importer.load.shortRow", 1, 2)),
                new ImportProblem(4, null, null, Message.of("importer.load.shortLastRow")));
        assertThat(sink.respondents).extracting(RespondentRecord::overall).containsExactly(3.0, 4.0, Double.NaN);
        assertThat(counts.respondents()).isEqualTo(3);
    }

    @Test
    void decimalCommaFollowsTheDialectUnlessTheMappingOverridesIt() throws CxLensException {
        List<SourceRow> rows = rows(2, "a|7,5", "b|8");
        Mapping mapping = wide(ColumnMapping.of("ID", ColumnRole.RESPONDENT_ID),
                ColumnMapping.of("Cijfer", ColumnRole.OVERALL_SATISFACTION).withScale(Scale.of(1, 10)));

        run(Sheets.csv(Sheets.DUTCH, HeaderLayout.SINGLE, columns("ID", "Cijfer"), rows), mapping);
        assertThat(sink.respondents).extracting(RespondentRecord::overall).containsExactly(7.5, 8.0);

        RecordingSink second = new RecordingSink();
        importer.run(Sheets.csv(Sheets.DUTCH, HeaderLayout.SINGLE, columns("ID", "Cijfer"), rows),
                new ListRowSource(rows), mapping.withDecimalSeparator('.'), second, Progress.NONE);
        assertThat(second.respondents.get(0).overall()).isNaN();
        assertThat(second.problems).containsExactly(new ImportProblem(2, "Cijfer", "7,5",
                Message.of("importer.load.notNumber", "7,5", "1–10")));
    }

    @Test
    void datesFromSerialsIsoTextAndQualtrics() throws CxLensException {
        Preview preview = Sheets.csv(columns("ID", "Datum"), rows(2, "a|45730", "b|2025-03-14T09:30", "c|14/03/2025 10:00",
                "d|2025-03-14 09:30:00", "e|gisteren", "f|"));
        Mapping mapping = wide(ColumnMapping.of("ID", ColumnRole.RESPONDENT_ID),
                ColumnMapping.of("Datum", ColumnRole.DATE).withDateOrder(DateOrder.DAY_MONTH));

        run(preview, mapping);

        assertThat(sink.respondents).extracting(RespondentRecord::date).containsExactly(
                LocalDateTime.of(2025, 3, 14, 0, 0), LocalDateTime.of(2025, 3, 14, 9, 30),
                LocalDateTime.of(2025, 3, 14, 10, 0), LocalDateTime.of(2025, 3, 14, 9, 30), null, null);
        assertThat(sink.problems).containsExactly(new ImportProblem(6, "Datum", "gisteren",
                Message.of("importer.load.badDate", "gisteren")));
    }

    @Test
    void monthFirstDatesWhenTheColumnSaysSo() throws CxLensException {
        Preview preview = Sheets.csv(columns("Timestamp"), rows(2, "3/14/2025 9:30:00"));
        run(preview, wide(ColumnMapping.of("Timestamp", ColumnRole.DATE).withDateOrder(DateOrder.MONTH_DAY)));

        assertThat(sink.respondents.get(0).date()).isEqualTo(LocalDateTime.of(2025, 3, 14, 9, 30));
    }

    @Test
    void weightsMustBePositiveNumbers() throws CxLensException {
        Preview preview = Sheets.csv(columns("W"), rows(2, "0,8", "0", "-1", "zwaar", ""));
        run(Sheets.csv(Sheets.DUTCH, HeaderLayout.SINGLE, preview.columns(), preview.sampleRows()),
                wide(ColumnMapping.of("W", ColumnRole.WEIGHT)));

        assertThat(sink.respondents).extracting(RespondentRecord::weight)
                .containsExactly(0.8, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        assertThat(sink.problems).extracting(ImportProblem::row, ImportProblem::rawValue, p -> p.reason().key())
                .containsExactly(tuple(3, "0", "importer.load.badWeight"), tuple(4, "-1", "importer.load.badWeight"),
                        tuple(5, "zwaar", "importer.load.badWeight"), tuple(6, "", "importer.load.missingWeight"));
        assertThat(sink.problems.get(0).reason().render(java.util.Locale.ENGLISH)).endsWith("this respondent counts with weight 1 in weighted figures.");
    }

    @Test
    void withoutAWeightColumnNoRespondentCarriesAWeight() throws CxLensException {
        run(Sheets.csv(columns("ID"), rows(2, "a")), wide(ColumnMapping.of("ID", ColumnRole.RESPONDENT_ID)));

        // NaN, not 1: the project must stay unweighted (storage and analysis count everyone once).
        assertThat(sink.respondents.get(0).weight()).isNaN();
    }

    @Test
    void cancellingStopsTheImportWithCancelledException() {
        List<SourceRow> many = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            many.add(new SourceRow(i + 2, new String[] {"r" + i, "4"}));
        }
        Preview preview = Sheets.csv(columns("ID", "Q1"), many.subList(0, 10));
        List<long[]> updates = new ArrayList<>();
        Progress cancelAfterFirstUpdate = new Progress() {
            @Override
            public void update(long done, long total) {
                updates.add(new long[] {done, total});
            }

            @Override
            public boolean isCancelled() {
                return !updates.isEmpty();
            }
        };
        Mapping mapping = wide(ColumnMapping.of("ID", ColumnRole.RESPONDENT_ID),
                ColumnMapping.of("Q1", ColumnRole.OVERALL_SATISFACTION).withScale(FIVE));

        assertThatThrownBy(() -> importer.run(preview, new ListRowSource(many), mapping, sink, cancelAfterFirstUpdate))
                .isInstanceOf(CancelledException.class);
        // 1024 of 5000 rows read: the row source is 20.48 % through, so the estimate is 5000 rows.
        assertThat(updates.get(0)).containsExactly(1024, 5000);
        assertThat(sink.respondents.size()).isBetween(1024, 4999);
    }

    @Test
    void progressEndsAtAllRowsRead() throws CxLensException {
        List<long[]> updates = new ArrayList<>();
        Progress recording = new Progress() {
            @Override
            public void update(long done, long total) {
                updates.add(new long[] {done, total});
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
        Preview preview = Sheets.csv(columns("ID"), rows(2, "a", "b", "c"));
        importer.run(preview, new ListRowSource(preview.sampleRows()),
                wide(ColumnMapping.of("ID", ColumnRole.RESPONDENT_ID)), sink, recording);

        assertThat(updates).hasSize(1);
        assertThat(updates.get(0)).containsExactly(3, 3);
    }

    @Test
    void aMappingNamingAColumnTheFileLacksIsRefused() {
        Preview preview = Sheets.csv(columns("ID"), rows(2, "a"));
        Mapping mapping = wide(ColumnMapping.of("Respondentnummer", ColumnRole.RESPONDENT_ID));

        assertThatThrownBy(() -> run(preview, mapping))
                .isInstanceOfSatisfying(CxLensException.class, e -> assertThat(e.userMessage())
                        .isEqualTo(Message.of("importer.mapping.unknownColumn", "Respondentnummer")))
                .hasMessage("The mapping names column “Respondentnummer”, which is not in this file.");
        assertThat(sink.respondents).isEmpty();
    }

    @Test
    void aScoreWithoutScaleIsRefused() {
        Preview preview = Sheets.csv(columns("Q1"), rows(2, "4"));

        assertThatThrownBy(() -> run(preview, wide(ColumnMapping.of("Q1", ColumnRole.OVERALL_SATISFACTION))))
                .isInstanceOfSatisfying(CxLensException.class, e -> assertThat(e.userMessage().key())
                        .isEqualTo("importer.mapping.noScale"));
    }

    @Test
    void longRowsAreGroupedPerRespondentInFirstSeenOrder() throws CxLensException {
        Preview preview = Sheets.csv(
                columns("Respondentnummer", "Contactmoment", "Afdeling", "Score", "Verwachting", "Algemeen", "Toelichting", "Kanaal"),
                rows(2,
                        "1|Website|Marketing|8|Beter dan verwacht|9|Mooi|Web",
                        "1|Levering|Logistiek|6|Zoals verwacht||Laat|Web",
                        "2|Website|Marketing|10||||",
                        "1|Website|Marketing|7||||",
                        "2|Levering|Sales|9||4||",
                        "|Website|Marketing|5||||",
                        "3||Marketing|5||||"));
        Mapping mapping = new Mapping(Shape.LONG, HeaderLayout.SINGLE, null, List.of(
                ColumnMapping.of("Respondentnummer", ColumnRole.RESPONDENT_ID),
                ColumnMapping.of("Contactmoment", ColumnRole.TOUCHPOINT).withMomentType(MomentType.MOMENT_OF_TRUTH),
                ColumnMapping.of("Afdeling", ColumnRole.DEPARTMENT),
                ColumnMapping.of("Score", ColumnRole.TOUCHPOINT_SCORE).withScale(TEN),
                ColumnMapping.of("Verwachting", ColumnRole.TOUCHPOINT_EXPECTATION),
                ColumnMapping.of("Algemeen", ColumnRole.OVERALL_SATISFACTION).withScale(TEN),
                ColumnMapping.of("Toelichting", ColumnRole.COMMENT),
                ColumnMapping.of("Kanaal", ColumnRole.SEGMENT)), null, null);

        ImportCounts counts = run(preview, mapping);

        assertThat(sink.touchpoints).containsExactly(
                new TouchpointSpec("Website", "Marketing", MomentType.MOMENT_OF_TRUTH, 1, TEN),
                new TouchpointSpec("Levering", "Logistiek", MomentType.MOMENT_OF_TRUTH, 2, TEN));
        assertThat(sink.respondents).extracting(RespondentRecord::externalId).containsExactly("1", "2");
        RespondentRecord one = sink.respondent("1");
        assertThat(one.sourceRow()).isEqualTo(2);
        assertThat(one.scores()).containsExactly(8, 6);
        assertThat(one.expectations()).containsExactly(Expectation.BETTER, Expectation.AS_EXPECTED);
        assertThat(one.overall()).isEqualTo(9);
        assertThat(one.department()).isNull();
        assertThat(one.comments()).containsExactly(new Comment("Toelichting [Website]", "Mooi"),
                new Comment("Toelichting [Levering]", "Laat"));
        assertThat(sink.attributesOf(one)).isEqualTo(Map.of("Kanaal", "Web"));
        RespondentRecord two = sink.respondent("2");
        assertThat(two.sourceRow()).isEqualTo(4);
        assertThat(two.scores()).containsExactly(10, 9);
        assertThat(two.overall()).isEqualTo(4);
        assertThat(sink.problems).containsExactly(
                new ImportProblem(5, "Contactmoment", "Website",
                        Message.of("importer.load.duplicateTouchpoint", "1", "Website", 2)),
                new ImportProblem(6, "Afdeling", "Sales",
                        Message.of("importer.load.ownerConflict", "Levering", "Logistiek", 3, "Sales")),
                new ImportProblem(7, "Respondentnummer", "", Message.of("importer.load.missingIdLong")),
                new ImportProblem(8, "Contactmoment", "", Message.of("importer.load.missingTouchpoint")));
        assertThat(counts).isEqualTo(new ImportCounts(7, 2, 3, 4));
    }

    @Test
    void longTouchpointsFollowTheJourneyEvenWhenTheFirstRespondentSkippedOne() throws CxLensException {
        // Respondent 1 did not meet Advies; respondent 2 shows it comes between Website and Levering.
        Preview preview = Sheets.csv(columns("ID", "TP", "Score"),
                rows(2, "1|Website|3", "1|Levering|4", "2|Website|5", "2|Advies|2", "2|Levering|1"));
        Mapping mapping = new Mapping(Shape.LONG, HeaderLayout.SINGLE, null, List.of(
                ColumnMapping.of("ID", ColumnRole.RESPONDENT_ID), ColumnMapping.of("TP", ColumnRole.TOUCHPOINT),
                ColumnMapping.of("Score", ColumnRole.TOUCHPOINT_SCORE).withScale(FIVE)), null, null);

        run(preview, mapping);

        assertThat(sink.touchpoints).extracting(TouchpointSpec::name, TouchpointSpec::journeyOrder)
                .containsExactly(tuple("Website", 1), tuple("Advies", 2), tuple("Levering", 3));
        assertThat(sink.respondent("1").scores()).containsExactly(3, Double.NaN, 4);
        assertThat(sink.respondent("2").scores()).containsExactly(5, 2, 1);
    }

    @Test
    void longTouchpointSettingsGiveMomentTypesAndMissingOwners() throws CxLensException {
        Preview preview = Sheets.csv(columns("ID", "TP", "Afdeling", "Score"),
                rows(2, "1|Website|Marketing|3", "1|Levering||4", "1|Factuur|Financiën|2"));
        Mapping mapping = new Mapping(Shape.LONG, HeaderLayout.SINGLE, null, List.of(
                ColumnMapping.of("ID", ColumnRole.RESPONDENT_ID), ColumnMapping.of("TP", ColumnRole.TOUCHPOINT),
                ColumnMapping.of("Afdeling", ColumnRole.DEPARTMENT),
                ColumnMapping.of("Score", ColumnRole.TOUCHPOINT_SCORE).withScale(FIVE)), null, null,
                List.of(new TouchpointSetting("Levering", "Logistiek", MomentType.MOMENT_OF_TRUTH),
                        new TouchpointSetting("Factuur", null, null),
                        new TouchpointSetting("Installatie", null, MomentType.EXCEL)));

        run(preview, mapping);

        assertThat(sink.touchpoints).containsExactly(
                new TouchpointSpec("Website", "Marketing", MomentType.STANDARD, 1, FIVE),
                new TouchpointSpec("Levering", "Logistiek", MomentType.MOMENT_OF_TRUTH, 2, FIVE),
                new TouchpointSpec("Factuur", "Financiën", MomentType.STANDARD, 3, FIVE));
    }

    @Test
    void longScoresArePaddedToTheHighestSlot() throws CxLensException {
        Preview preview = Sheets.csv(columns("ID", "TP", "Score"), rows(2, "1|A|3", "2|B|4"));
        Mapping mapping = new Mapping(Shape.LONG, HeaderLayout.SINGLE, null, List.of(
                ColumnMapping.of("ID", ColumnRole.RESPONDENT_ID), ColumnMapping.of("TP", ColumnRole.TOUCHPOINT),
                ColumnMapping.of("Score", ColumnRole.TOUCHPOINT_SCORE).withScale(FIVE)), null, null);
        RecordingSink offset = new RecordingSink(2);

        importer.run(preview, new ListRowSource(preview.sampleRows()), mapping, offset, Progress.NONE);

        assertThat(offset.respondent("1").scores()).containsExactly(Double.NaN, Double.NaN, 3, Double.NaN);
        assertThat(offset.respondent("2").scores()).containsExactly(Double.NaN, Double.NaN, Double.NaN, 4);
    }

    @Test
    void aTouchpointColumnInAWideMappingIsRefused() {
        Preview preview = Sheets.csv(columns("ID", "Contactmoment"), rows(2, "1|Website"));
        Mapping mapping = wide(ColumnMapping.of("ID", ColumnRole.RESPONDENT_ID),
                ColumnMapping.of("Contactmoment", ColumnRole.TOUCHPOINT));

        assertThatThrownBy(() -> run(preview, mapping)).isInstanceOfSatisfying(CxLensException.class,
                e -> assertThat(e.userMessage()).isEqualTo(Message.of("importer.mapping.touchpointNeedsLong", "Contactmoment")));
    }

    @Test
    void aLongMappingWithoutTouchpointColumnIsRefused() {
        Preview preview = Sheets.csv(columns("ID", "Score"), rows(2, "1|3"));
        Mapping mapping = new Mapping(Shape.LONG, HeaderLayout.SINGLE, null, List.of(
                ColumnMapping.of("ID", ColumnRole.RESPONDENT_ID),
                ColumnMapping.of("Score", ColumnRole.TOUCHPOINT_SCORE).withScale(FIVE)), null, null);

        assertThatThrownBy(() -> run(preview, mapping)).isInstanceOfSatisfying(CxLensException.class,
                e -> assertThat(e.userMessage().key()).isEqualTo("importer.mapping.longNeedsTouchpoint"));
    }
}
