package org.cxlens.importer.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cxlens.importer.testing.Sheets.columns;
import static org.cxlens.importer.testing.Sheets.rows;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import org.cxlens.domain.ColumnRole;
import org.cxlens.domain.Message;
import org.cxlens.domain.Scale;
import org.cxlens.importer.Preview;
import org.cxlens.importer.testing.Sheets;
import org.junit.jupiter.api.Test;

/** A role the header suggests is kept only when the values fit it, and doubt is reported. */
class SuggestionValueChecksTest {

    private final MappingSuggester suggester = new MappingSuggester();

    /** {@code n} rows made by {@code row}, cells separated by '|'. */
    private static Preview sheet(int n, IntFunction<String> row, String... headers) {
        String[] lines = new String[n];
        for (int i = 0; i < n; i++) {
            lines[i] = row.apply(i);
        }
        return Sheets.csv(columns(headers), rows(2, lines));
    }

    private Suggestion suggest(Preview p) {
        return suggester.suggest(p, FileProfile.of(p.sampleRows(), p.columns().size(), '.'));
    }

    private static List<String> warnings(Suggestion s, String column) {
        return s.note(column).warnings().stream().map(Message::key).toList();
    }

    @Test
    void bodyWeightIsNoSurveyWeightButAWeightAroundOneIs() {
        Suggestion s = suggest(sheet(120, i -> (60 + i % 40) + "|" + (0.6 + (i % 9) / 10.0) + "|" + (1 + i % 5),
                "Weight (kg)", "Weight", "Satisfaction"));

        assertThat(s.mapping().column("Weight (kg)").role()).isNotEqualTo(ColumnRole.WEIGHT);
        assertThat(warnings(s, "Weight (kg)")).contains("mapping.warning.weightImplausible");
        assertThat(s.mapping().column("Weight").role()).isEqualTo(ColumnRole.WEIGHT);
    }

    @Test
    void aWeightWithZerosAndGapsIsKeptWithWarnings() {
        Suggestion s = suggest(sheet(100, i -> (i % 10 == 0 ? "0" : i % 10 == 1 ? "" : "1.2") + "|" + (1 + i % 5),
                "Weging", "Tevredenheid"));

        assertThat(s.mapping().column("Weging").role()).isEqualTo(ColumnRole.WEIGHT);
        assertThat(warnings(s, "Weging")).contains("mapping.warning.weightNotPositive", "mapping.warning.weightMissing");
    }

    @Test
    void theRealNpsItemWinsOverARecommendStatementAnsweredInWords() {
        String[] agree = {"Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree", "Strongly agree"};
        Suggestion s = suggest(sheet(150, i -> agree[i % 5] + "|" + (i % 11),
                "I would recommend this airline", "How likely are you to recommend us to a friend?"));

        assertThat(s.mapping().column("How likely are you to recommend us to a friend?").role())
                .isEqualTo(ColumnRole.RECOMMEND);
        assertThat(s.mapping().scaleOf(ColumnRole.RECOMMEND)).isEqualTo(Scale.of(0, 10));
        assertThat(s.mapping().column("I would recommend this airline").role()).isNotEqualTo(ColumnRole.RECOMMEND);
        assertThat(warnings(s, "I would recommend this airline")).contains("mapping.warning.roleTaken");
        assertThat(s.note("I would recommend this airline").warnings().stream()
                .filter(w -> w.key().equals("mapping.warning.roleTaken")).map(w -> w.render(Locale.ENGLISH)))
                .containsExactly("another column already has the role likelihood to recommend; this one is kept as an attribute");
    }

    @Test
    void anIdThatRepeatsIsReported() {
        Suggestion s = suggest(sheet(200, i -> (i < 190 ? i : i - 100) + "|" + (1 + i % 5), "Respondent ID", "Score Q1"));

        assertThat(s.mapping().column("Respondent ID").role()).isEqualTo(ColumnRole.RESPONDENT_ID);
        assertThat(warnings(s, "Respondent ID")).contains("mapping.warning.idDuplicates");
    }

    @Test
    void minutesAgesAndMoneyAreNoRatings() {
        Suggestion s = suggest(sheet(100, i -> (1 + i % 9) + "|" + (1 + i % 7) + "|" + (2 + i % 8) + "|" + (1 + i % 5),
                "Minutes waited at the desk", "How many times did you visit?", "Price paid (euro)", "Delivery"));

        for (String column : List.of("Minutes waited at the desk", "How many times did you visit?", "Price paid (euro)")) {
            assertThat(s.mapping().column(column).role()).as(column).isIn(ColumnRole.SEGMENT, ColumnRole.IGNORE);
        }
        assertThat(s.mapping().column("Delivery").role()).isEqualTo(ColumnRole.TOUCHPOINT_SCORE);
    }

    @Test
    void overallAsAPrefixSuffixOrCodeStemIsTheOverallItemButNotInsideAnAspect() {
        for (String overall : List.of("Q1_overall", "OverallSat", "Q7ALL", "SAT_OVR", "Overall, how satisfied are you?",
                "Algemeen oordeel", "All in all, how would you rate us?")) {
            Suggestion s = suggest(sheet(60, i -> (1 + i % 5) + "|" + (1 + (i + 2) % 5),
                    overall, "How would you rate the following? - The overall quality of the food"));
            assertThat(s.mapping().column(overall).role()).as(overall).isEqualTo(ColumnRole.OVERALL_SATISFACTION);
            assertThat(s.mapping().column("How would you rate the following? - The overall quality of the food"))
                    .as(overall).extracting(ColumnMapping::role).isEqualTo(ColumnRole.TOUCHPOINT_SCORE);
        }
    }

    @Test
    void loyaltyIntentionsAndWellBeingAreNoTouchpoints() {
        Suggestion s = suggest(sheet(60, i -> (1 + i % 5) + "|" + (1 + i % 7) + "|" + (1 + (i + 1) % 5),
                "How likely are you to renew your contract?", "How happy do you feel right now?", "Staff friendliness"));

        assertThat(s.mapping().column("How likely are you to renew your contract?").role()).isEqualTo(ColumnRole.SEGMENT);
        assertThat(s.mapping().column("How happy do you feel right now?").role()).isEqualTo(ColumnRole.SEGMENT);
        assertThat(s.mapping().column("Staff friendliness").role()).isEqualTo(ColumnRole.TOUCHPOINT_SCORE);
    }

    @Test
    void aQuestionBlockSharesOneScaleAndSaysWhenItsTopIsUnused() {
        Suggestion s = suggest(sheet(150, i -> (1 + i % 5) + "|" + (1 + i % 4) + "|" + (1 + (i + 3) % 5),
                "Q5_1", "Q5_2", "Q5_3"));

        assertThat(s.mapping().column("Q5_2").scale()).isEqualTo(Scale.of(1, 5));
        assertThat(warnings(s, "Q5_2")).contains("mapping.warning.topUnused");
        assertThat(s.note("Q5_2").evidence()).contains(Message.of("mapping.evidence.block", "q5", "1–5"));
    }

    @Test
    void yesNoGridQuestionsAreScoredButProblemsAndTickBoxesAreNot() {
        Suggestion s = suggest(sheet(40, i -> (i % 3 == 0 ? "No" : i % 7 == 0 ? "Don't remember" : "Yes") + "|"
                        + (i % 4 == 0 ? "Yes" : "No") + "|" + (i % 2 == 0 ? "Yes" : "No"),
                "[Did you have enough time for discussion?]", "[Did you have any problems understanding us?]",
                "Sources [Radio]"));

        ColumnMapping time = s.mapping().column("[Did you have enough time for discussion?]");
        assertThat(time.role()).isEqualTo(ColumnRole.TOUCHPOINT_SCORE);
        assertThat(time.scale()).isEqualTo(Scale.of(0, 1));
        assertThat(time.missingCodes()).containsExactly("Don't remember");
        assertThat(time.labels()).containsExactly("No", "Yes");
        assertThat(s.mapping().column("[Did you have any problems understanding us?]").role()).isEqualTo(ColumnRole.SEGMENT);
        assertThat(s.mapping().column("Sources [Radio]").role()).isEqualTo(ColumnRole.SEGMENT);
    }

    @Test
    void aCodebookIsRecognisedAsNoSurveyData() {
        Suggestion s = suggest(Sheets.csv(columns("Variable", "Label", "Values", "Type"),
                rows(2, "Q1|Overall satisfaction|1-5|numeric", "Q2|Recommend|0-10|numeric")));

        assertThat(s.fileWarnings()).contains(Message.of("mapping.warning.codebook"));
        assertThat(s.fileWarnings()).contains(Message.of("mapping.warning.noTouchpoint"));
    }

    @Test
    void aFileSortedByOneColumnGetsItsScaleFromEveryRow() {
        // The first 200 rows hold only 1s and 2s; the scale is in the rest of the file.
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            lines.add(i + "|" + (i < 200 ? 1 + i % 2 : 1 + i % 5));
        }
        Preview p = Sheets.csv(columns("ID", "Satisfaction with delivery"), rows(2, lines.toArray(String[]::new)));
        Preview firstRows = Sheets.csv(p.columns(), p.sampleRows().subList(0, 200));

        Suggestion s = suggester.suggest(firstRows, FileProfile.of(p.sampleRows(), 2, '.'));

        assertThat(s.mapping().column("Satisfaction with delivery").scale()).isEqualTo(Scale.of(1, 5));
        assertThat(s.rows()).isEqualTo(1_000);
    }

    @Test
    void theQuestionsOwnNumberedLabelsNameTheScaleAndItsCodes() {
        String header = "Rate the art exhibits (1 = unacceptable, 5 = outstanding, 6 = have never used or visited, 0 = blank)";
        Suggestion s = suggest(sheet(80, i -> i % 8 == 0 ? "6" : i % 13 == 0 ? "0" : Integer.toString(2 + i % 3), header));

        ColumnMapping art = s.mapping().column(header);
        assertThat(art.scale()).isEqualTo(Scale.of(1, 5));
        assertThat(art.missingCodes()).containsExactlyInAnyOrder("6", "0");
        assertThat(NumberedLabels.of("Hoe tevreden (1 = zeer ontevreden, 10 = zeer tevreden, 99 = weet niet)"))
                .isEqualTo(new NumberedLabels(Scale.of(1, 10), List.of("99")));
    }

    @Test
    void wholeKilosAreBodyWeightsAndLargeVaryingWeightsAreExpansionWeights() {
        Suggestion kilos = suggest(sheet(100, i -> (55 + i % 60) + "|" + (1 + i % 5), "Weight", "Service"));
        assertThat(kilos.mapping().column("Weight").role()).isNotEqualTo(ColumnRole.WEIGHT);

        Suggestion expansion = suggest(sheet(100, i -> (150.5 + 37 * i) + "|" + (1 + i % 5), "Weight", "Service"));
        assertThat(expansion.mapping().column("Weight").role()).isEqualTo(ColumnRole.WEIGHT);
        assertThat(warnings(expansion, "Weight")).contains("mapping.warning.weightLarge");
    }

    @Test
    void aRatedAspectNamedLikeAGroupingIsStillRatedButAOneWordGroupingIsNot() {
        Suggestion s = suggest(sheet(100, i -> (i % 6) + "|" + (1 + i % 4) + "|" + (1 + (i + 1) % 5),
                "Gate location", "Region", "Seat comfort"));

        assertThat(s.mapping().column("Gate location").role()).isEqualTo(ColumnRole.TOUCHPOINT_SCORE);
        assertThat(s.mapping().column("Gate location").missingCodes()).containsExactly("0");
        assertThat(s.mapping().column("Region").role()).isEqualTo(ColumnRole.SEGMENT);
    }

    @Test
    void letteredItemsOfOneQuestionFormABlock() {
        assertThat(QuestionBlocks.key(HeaderText.of("Q7A_ART"), HeaderText.of("Q7A_ART"))).isEqualTo("q7");
        assertThat(QuestionBlocks.key(HeaderText.of("PERQ3"), HeaderText.of("PERQ3"))).isEqualTo("perq");
        assertThat(QuestionBlocks.key(HeaderText.of("eval_tempo"), HeaderText.of("eval_tempo"))).isEqualTo("eval");
    }

    /**
     * An airport survey as such exports come: design variables in capitals, a numbered block of
     * 1–5 ratings where 0 is a blank and 6 "never used" (a fifth of the answers), the block's
     * overall item coded as its ending, and a weight column around 1.
     */
    @Test
    void anAirportStyleExportReadsItsSixAsNeverUsedNotAsASevenPointScale() {
        Suggestion s = suggest(sheet(400, i -> (i + 1) + "|" + (1 + i % 9) + "|" + (1 + i % 3)
                        + "|" + airport(i) + "|" + airport(i + 3) + "|" + airport(i + 7) + "|" + (0.4 + (i % 25) / 10.0),
                "RESPNUM", "RUN", "STRATA", "Q7ART", "Q7FOOD", "Q7ALL", "WEIGHT"));

        assertThat(s.mapping().column("RESPNUM").role()).isEqualTo(ColumnRole.RESPONDENT_ID);
        assertThat(s.mapping().column("RUN").role()).isEqualTo(ColumnRole.SEGMENT);
        assertThat(s.mapping().column("STRATA").role()).isEqualTo(ColumnRole.SEGMENT);
        for (String item : List.of("Q7ART", "Q7FOOD")) {
            assertThat(s.mapping().column(item).role()).as(item).isEqualTo(ColumnRole.TOUCHPOINT_SCORE);
            assertThat(s.mapping().column(item).scale()).as(item).isEqualTo(Scale.of(1, 5));
            assertThat(s.mapping().column(item).missingCodes()).as(item).containsExactlyInAnyOrder("0", "6");
            assertThat(warnings(s, item)).as(item).contains("mapping.warning.sixAsCode", "mapping.warning.codeOnly");
        }
        assertThat(s.mapping().column("Q7ALL").role()).isEqualTo(ColumnRole.OVERALL_SATISFACTION);
        assertThat(s.mapping().column("WEIGHT").role()).isEqualTo(ColumnRole.WEIGHT);
    }

    /** 1–5 answers, with a blank (0) every 25th row and "never used" (6) every 5th. */
    private static String airport(int i) {
        return i % 25 == 0 ? "0" : i % 5 == 0 ? "6" : Integer.toString(1 + (i * 7) % 5);
    }

    @Test
    void aTableWithoutAnyRatingsMayNotBeSurveyDataAtAll() {
        Suggestion s = suggest(Sheets.csv(columns("Product", "Colour", "Stock"),
                rows(2, "Chair|Red|12", "Table|Oak|3", "Lamp|Black|40", "Desk|White|7")));

        assertThat(s.fileWarnings()).startsWith(Message.of("mapping.warning.notSurvey"));
    }
}
