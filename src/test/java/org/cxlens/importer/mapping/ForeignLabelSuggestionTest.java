package org.cxlens.importer.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cxlens.importer.testing.Sheets.columns;
import static org.cxlens.importer.testing.Sheets.rows;

import java.util.ArrayList;
import java.util.List;
import org.cxlens.domain.ColumnRole;
import org.cxlens.domain.Message;
import org.cxlens.domain.Scale;
import org.cxlens.importer.Preview;
import org.cxlens.importer.testing.Sheets;
import org.junit.jupiter.api.Test;

/**
 * Answer labels in French, German and Korean, and a long file whose headers the tool cannot read,
 * suggested from their values: small hand-written files with the quirks of real exports.
 */
class ForeignLabelSuggestionTest {

    private final MappingSuggester suggester = new MappingSuggester();

    private Suggestion suggest(Preview p) {
        return suggester.suggest(p, FileProfile.of(p.sampleRows(), p.columns().size(), '.'));
    }

    private static Message warning(Suggestion s, String column, String key) {
        return s.note(column).warnings().stream().filter(w -> w.key().equals(key)).findFirst().orElse(null);
    }

    /** A LimeSurvey export: "N/A" for questions not shown, a four-point label scale whose lowest step is an idiom. */
    @Test
    void frenchLabelScalesWithAnIdiomAtTheLowEndAreFourPointTouchpointScores() {
        String welcome = "Globalement, comment jugez-vous l'accueil?";
        String offer = "Comment jugez-vous l'offre pour des activités de loisirs}?";
        String[] welcomeAnswers = {"Excellent", "Bien", "Bien", "Moyen", "Accueil laisse à désirer", "N/A"};
        String[] offerAnswers = {"Bonne", "Excellente", "Moyenne", "L'offre devrait être améliorée", "Bonne", "N/A"};
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            lines.add((i + 1) + "|fr|" + welcomeAnswers[i % 6] + "|" + offerAnswers[(i / 6) % 6] + "|" + (i % 3 == 0 ? "Oui" : "Non"));
        }
        Suggestion s = suggest(Sheets.csv(columns("ID réponse", "Langue", welcome, offer,
                "Quel(s) jour(s) avez-vous fait des visites? [Samedi]"), rows(2, lines.toArray(String[]::new))));
        Mapping m = s.mapping();

        assertThat(m.column(welcome).role()).isEqualTo(ColumnRole.TOUCHPOINT_SCORE);
        assertThat(m.column(welcome).scale()).isEqualTo(Scale.of(1, 4));
        assertThat(m.column(welcome).labels()).containsExactly("Accueil laisse à désirer", "Moyen", "Bien", "Excellent");
        assertThat(m.column(offer).role()).isEqualTo(ColumnRole.TOUCHPOINT_SCORE);
        assertThat(m.column(offer).scale()).isEqualTo(Scale.of(1, 4));
        assertThat(m.column(offer).labels())
                .containsExactly("L'offre devrait être améliorée", "Moyenne", "Bonne", "Excellente");
        assertThat(m.column("Quel(s) jour(s) avez-vous fait des visites? [Samedi]").role())
                .as("a ticked option is no rating").isEqualTo(ColumnRole.SEGMENT);

        Message guess = warning(s, welcome, "mapping.warning.labelByPhraseLow");
        assertThat(guess).isNotNull();
        assertThat(guess.args()).containsExactly("Accueil laisse à désirer", 1.0, "laisse à désirer");
        assertThat(warning(s, offer, "mapping.warning.labelByPhraseLow").args()[2]).isEqualTo("devrait être améliorée");
        assertThat(warning(s, welcome, "mapping.warning.unknownScale")).isNull();
    }

    @Test
    void germanSatisfactionLabelsInAnyCaseAreAFivePointScore() {
        String advice = "Wie zufrieden sind Sie mit der Beratung?";
        String[] answers = {"sehr zufrieden", "Zufrieden", "zufrieden", "Weder zufrieden noch unzufrieden", "Unzufrieden",
                "Sehr unzufrieden", "Sehr zufrieden"};
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 35; i++) {
            lines.add((i + 1) + "|" + answers[i % answers.length]);
        }
        Suggestion s = suggest(Sheets.csv(columns("Nr", advice), rows(2, lines.toArray(String[]::new))));

        ColumnMapping c = s.mapping().column(advice);
        assertThat(c.role()).isEqualTo(ColumnRole.TOUCHPOINT_SCORE);
        assertThat(c.scale()).isEqualTo(Scale.of(1, 5));
        // case does not matter to the import either, so the family's own spelling is listed
        assertThat(c.labels()).containsExactly("Sehr unzufrieden", "Unzufrieden", "Weder zufrieden noch unzufrieden",
                "Zufrieden", "Sehr zufrieden");
        assertThat(s.note(advice).warnings()).isEmpty();
    }

    /**
     * One row per respondent × question, sorted by question, headers the tool does not know:
     * two demographic questions and three rated ones share the answer column, and a second header
     * row of field codes sits above the data.
     */
    @Test
    void aKoreanLongFileIsFoundFromItsValues() {
        String[] ratings = {"매우 만족", "만족", "매우 만족", "보통", "매우 만족", "불만족", "만족", "매우 불만족"};
        List<String> lines = new ArrayList<>();
        lines.add("ANSWER_NO|QUESTION_NO|RESP_NO|ANSWER|LOADED_AT");
        int serial = 1;
        for (int question = 101; question <= 105; question++) {
            for (int respondent = 1; respondent <= 30; respondent++) {
                String answer = question == 101 ? (respondent % 2 == 0 ? "남자" : "여자")
                        : question == 102 ? (respondent % 3 == 0 ? "40대" : "30대")
                        : ratings[(respondent + question) % ratings.length];
                lines.add(serial++ + "|" + question + "|" + (1000 + respondent) + "|" + answer + "|2019-12-12 5:05");
            }
        }
        Suggestion s = suggest(Sheets.csv(columns("답변 번호", "문항 번호", "응답자 번호", "답변", "등록 일시"),
                rows(2, lines.toArray(String[]::new))));
        Mapping m = s.mapping();

        assertThat(m.shape()).isEqualTo(Shape.LONG);
        assertThat(m.column("응답자 번호").role()).isEqualTo(ColumnRole.RESPONDENT_ID);
        assertThat(m.column("문항 번호").role()).isEqualTo(ColumnRole.TOUCHPOINT);
        assertThat(m.column("답변 번호").role()).as("unique per row: the answer's own number").isNotEqualTo(ColumnRole.RESPONDENT_ID);
        ColumnMapping answer = m.column("답변");
        assertThat(answer.role()).isEqualTo(ColumnRole.TOUCHPOINT_SCORE);
        assertThat(answer.scale()).isEqualTo(Scale.of(1, 5));
        assertThat(answer.labels()).containsExactly("매우 불만족", "불만족", "보통", "만족", "매우 만족");

        // 61 of the 151 answers (two demographic questions, and the header row's field code) are no labels
        Message notLabels = warning(s, "답변", "mapping.warning.longNotLabels");
        assertThat(notLabels).isNotNull();
        assertThat((double) notLabels.args()[0]).isCloseTo(61.0 / 151, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(notLabels.args()[1]).isEqualTo(61L);
        assertThat(notLabels.args()[2]).isEqualTo(151L);
        assertThat(warning(s, "응답자 번호", "mapping.warning.longNotCodes").args()).containsExactly(1L, "RESP_NO");
        assertThat(s.note("문항 번호").evidence()).extracting(Message::key).contains("mapping.why.longQuestionByAnswers");
        assertThat(warning(s, "응답자 번호", "mapping.warning.longRespondentGuessed")).isNull();
    }

    @Test
    void whenEveryQuestionIsRatedTheColumnWithMoreValuesIsTakenAsTheRespondentWithAWarning() {
        String[] ratings = {"Very satisfied", "Satisfied", "Neutral", "Dissatisfied", "Very dissatisfied", "Satisfied"};
        List<String> lines = new ArrayList<>();
        for (int respondent = 1; respondent <= 40; respondent++) {
            for (int item = 1; item <= 4; item++) {
                // item codes in words: numbers 1-4 alone would read as a rating column, and the file as wide
                lines.add(respondent + "|Q" + item + "|" + ratings[(respondent * item) % ratings.length]);
            }
        }
        Suggestion s = suggest(Sheets.csv(columns("Kod1", "Kod2", "Cevap"), rows(2, lines.toArray(String[]::new))));

        assertThat(s.mapping().shape()).isEqualTo(Shape.LONG);
        assertThat(s.mapping().column("Kod1").role()).isEqualTo(ColumnRole.RESPONDENT_ID);
        assertThat(s.mapping().column("Kod2").role()).isEqualTo(ColumnRole.TOUCHPOINT);
        assertThat(warning(s, "Kod1", "mapping.warning.longRespondentGuessed")).isNotNull();
        assertThat(warning(s, "Cevap", "mapping.warning.longNotLabels")).as("every answer is a label").isNull();
    }

    @Test
    void aWideFileWithRepeatingCodesAndOneLabelColumnBesideNumericRatingsStaysWide() {
        String[] labels = {"Very satisfied", "Satisfied", "Neutral", "Dissatisfied"};
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            lines.add((i % 30 + 1) + "|" + (i % 7 + 1) + "|" + labels[i % 4] + "|" + (i % 10));
        }
        Suggestion s = suggest(Sheets.csv(columns("Store", "Region", "How satisfied are you with the staff?",
                "Rate the delivery (0-10)"), rows(2, lines.toArray(String[]::new))));

        assertThat(s.mapping().shape()).isEqualTo(Shape.WIDE);
        assertThat(s.mapping().columns()).extracting(ColumnMapping::role).doesNotContain(ColumnRole.TOUCHPOINT);
    }
}
