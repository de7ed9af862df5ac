package org.cxlens.importer.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import org.cxlens.domain.ColumnRole;
import org.cxlens.domain.CxLensException;
import org.cxlens.domain.Message;
import org.cxlens.domain.Scale;
import org.cxlens.importer.HeaderLayout;
import org.cxlens.importer.Preview;
import org.cxlens.importer.ReadOptions;
import org.cxlens.importer.SurveyFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files whose best answer is the lowest number: the suggestion says 5–1 and shows why, or warns. */
class ReversedScaleSuggestionTest {

    @TempDir
    Path dir;

    /** 40 respondents answering 1–5, most of them 1 and 2. */
    private static final IntFunction<String> ANSWER = r -> Integer.toString(new int[] {1, 1, 2, 1, 2, 3, 1, 2, 4, 5}[r % 10]);

    @Test
    void anchorsInTheHeaderThatCallOneVerySatisfiedGiveFiveToOne() throws Exception {
        Suggestion s = suggest("ratings.csv", "Respondent,Satisfaction with the delivery (1 = very satisfied … "
                + "5 = very dissatisfied)", ANSWER);

        String column = "Satisfaction with the delivery (1 = very satisfied … 5 = very dissatisfied)";
        assertThat(s.mapping().column(column).scale()).isEqualTo(Scale.of(5, 1));
        assertThat(rendered(s.note(column).evidence()))
                .contains("1 = very satisfied, 5 = very dissatisfied: so 1 is the best answer, read as 5–1");
        assertThat(s.note(column).warnings()).extracting(Message::key).doesNotContain("mapping.warning.topUnused");
    }

    @Test
    void oneEqualsExcellentAloneIsEnoughAndDutchAnchorsWorkToo() throws Exception {
        Suggestion english = suggest("excellent.csv", "Respondent,Rating of the service desk (1=excellent)", ANSWER);
        Suggestion dutch = suggest("dutch.csv", "Respondent,Oordeel over de levering (1 = zeer tevreden; 5 = zeer ontevreden)",
                ANSWER);

        assertThat(english.mapping().column("Rating of the service desk (1=excellent)").scale()).isEqualTo(Scale.of(5, 1));
        assertThat(dutch.mapping().column("Oordeel over de levering (1 = zeer tevreden; 5 = zeer ontevreden)").scale())
                .isEqualTo(Scale.of(5, 1));
    }

    @Test
    void theNoteOnTheScaleIsEvidenceNotPartOfTheTouchpointsName() throws Exception {
        String website = "Website (1 = very satisfied; 5 = very dissatisfied)";
        Suggestion s = suggest("two.csv", "Respondent,\"Overall satisfaction (1 = very satisfied; 5 = very dissatisfied)\",\""
                + website + "\"", r -> ANSWER.apply(r) + "," + ANSWER.apply(r + 3));

        assertThat(s.mapping().column(website).touchpoint()).isEqualTo("Website");
        assertThat(s.mapping().column(website).scale()).isEqualTo(Scale.of(5, 1));
        assertThat(HeaderText.withoutScaleNote("Levering (1=zeer tevreden, 5=zeer ontevreden)")).isEqualTo("Levering");
        assertThat(HeaderText.withoutScaleNote("Service (after sales)")).isEqualTo("Service (after sales)");
        assertThat(HeaderText.withoutScaleNote("(1 = best)")).isEqualTo("(1 = best)");
    }

    @Test
    void aScaleNoteInSquareBracketsIsNoMatrixItem() throws Exception {
        String checkout = "Checkout [1=very satisfied, 5=very dissatisfied]";
        String delivery = "Delivery [1=very satisfied, 5=very dissatisfied]";
        Suggestion s = suggest("brackets.csv", "Respondent,\"" + checkout + "\",\"" + delivery + "\"",
                r -> ANSWER.apply(r) + "," + ANSWER.apply(r + 3));

        assertThat(s.mapping().column(checkout).role()).isEqualTo(ColumnRole.TOUCHPOINT_SCORE);
        assertThat(s.mapping().column(checkout).touchpoint()).isEqualTo("Checkout");
        assertThat(s.mapping().column(delivery).touchpoint()).isEqualTo("Delivery");
        assertThat(s.mapping().column(delivery).scale()).isEqualTo(Scale.of(5, 1));
        assertThat(HeaderText.of(checkout).item()).isNull();
        assertThat(HeaderText.of(checkout).raw()).isEqualTo(checkout);
        assertThat(HeaderText.of("Satisfaction [Checkout]").item()).isEqualTo("Checkout");
    }

    @Test
    void answersLabelledOneVeryGoodToFiveVeryPoorAreOrientedByTheirWords() throws Exception {
        String[] labels = {"1 - Very good", "2 - Good", "3 - Fair", "4 - Poor", "5 - Very poor"};
        Suggestion s = suggest("labelled.csv", "Respondent,Rating of the installation",
                r -> labels[Integer.parseInt(ANSWER.apply(r)) - 1]);

        ColumnMapping installation = s.mapping().column("Rating of the installation");
        assertThat(installation.scale()).isEqualTo(Scale.of(5, 1));
        assertThat(rendered(s.note("Rating of the installation").evidence()))
                .anySatisfy(e -> assertThat(e).contains("1 = Very good", "so 1 is the best answer, read as 5–1"));
    }

    @Test
    void aGermanSchoolGradeRunsFromSixToOne() throws Exception {
        IntFunction<String> grades = r -> Integer.toString(new int[] {1, 2, 2, 3, 1, 2, 4, 6, 5, 2}[r % 10]);
        Suggestion s = suggest("noten.csv", "Respondent,Schulnote für den Kundendienst", grades);

        ColumnMapping grade = s.mapping().column("Schulnote für den Kundendienst");
        assertThat(grade.scale()).isEqualTo(Scale.of(6, 1));
        assertThat(grade.missingCodes()).doesNotContain("6");
        assertThat(rendered(s.note("Schulnote für den Kundendienst").evidence()))
                .anySatisfy(e -> assertThat(e).contains("so 1 is the best answer, read as 6–1"));
    }

    @Test
    void anchorsThatDisagreeGiveAWarningInsteadOfAGuess() throws Exception {
        String[] labels = {"1 - Very dissatisfied", "2", "3", "4", "5 - Very satisfied"};
        Suggestion s = suggest("contradicting.csv", "Respondent,Satisfaction with the invoice (1 = very satisfied)",
                r -> labels[Integer.parseInt(ANSWER.apply(r)) - 1]);

        String column = "Satisfaction with the invoice (1 = very satisfied)";
        assertThat(s.mapping().column(column).scale()).isEqualTo(Scale.of(1, 5));
        assertThat(s.note(column).warnings()).extracting(Message::key).contains("mapping.warning.anchorsDisagree");
        assertThat(rendered(s.note(column).warnings())).anySatisfy(w -> assertThat(w)
                .contains("“1 = very satisfied” against", "read as 1–5", "set the scale to 5–1"));
    }

    @Test
    void anchorsInWordsThatDoNotSayWhichEndIsBestGiveAWarning() throws Exception {
        String[] labels = {"1 - Never", "2 - Rarely", "3 - Sometimes", "4 - Often", "5 - Always"};
        Suggestion s = suggest("frequency.csv", "Respondent,Rating of the opening hours",
                r -> labels[Integer.parseInt(ANSWER.apply(r)) - 1]);

        String column = "Rating of the opening hours";
        assertThat(s.mapping().column(column).scale()).isEqualTo(Scale.of(1, 5));
        assertThat(s.note(column).warnings()).extracting(Message::key).contains("mapping.warning.anchorsUnjudged");
    }

    @Test
    void aHeaderThatPutsTheBestAnswerOnTopKeepsOneToFiveAndSaysWhy() throws Exception {
        Suggestion s = suggest("usual.csv", "Respondent,Satisfaction with the website (1 = very dissatisfied, "
                + "5 = very satisfied)", ANSWER);

        String column = "Satisfaction with the website (1 = very dissatisfied, 5 = very satisfied)";
        assertThat(s.mapping().column(column).scale()).isEqualTo(Scale.of(1, 5));
        assertThat(rendered(s.note(column).evidence())).anySatisfy(e -> assertThat(e).contains("read as 1–5"));
        assertThat(s.note(column).warnings()).extracting(Message::key)
                .doesNotContain("mapping.warning.anchorsDisagree", "mapping.warning.anchorsUnjudged");
    }

    @Test
    void aQuestionNumberIsNoAnchor() {
        ScaleAnchors.Reading r = ScaleAnchors.read(List.of("Q1: How good was the delivery?",
                "Question 1: how satisfied were you?", "Q1=good service"), List.of()).orient(Scale.of(1, 5));

        assertThat(r.scale()).isEqualTo(Scale.of(1, 5));
        assertThat(r.evidence()).isEmpty();
        assertThat(r.warnings()).isEmpty();
    }

    @Test
    void aReversedScaleSurvivesTheMappingJson() throws CxLensException {
        Mapping m = new Mapping(Shape.WIDE, HeaderLayout.SINGLE, null, List.of(
                ColumnMapping.of("ID", ColumnRole.RESPONDENT_ID),
                ColumnMapping.of("Delivery", ColumnRole.TOUCHPOINT_SCORE).withScale(Scale.of(5, 1))),
                LabelTable.defaults(), LabelTable.DEFAULT_MISSING_CODES);

        String json = MappingProfile.toJson(m);
        Mapping back = MappingProfile.fromJson(json, "reversed.json");

        assertThat(json).contains("\"scale\" : \"5-1\"");
        assertThat(back.column("Delivery").scale()).isEqualTo(Scale.of(5, 1));
        assertThat(back).isEqualTo(m);
        assertThat(MappingProfile.parseScale("5 – 1", "x.json", "Delivery")).isEqualTo(Scale.of(5, 1));
    }

    private Suggestion suggest(String name, String header, IntFunction<String> answer) throws IOException,
            CxLensException {
        List<String> lines = new ArrayList<>();
        lines.add(header.contains("\"") ? header : quoteSecond(header));
        for (int r = 0; r < 40; r++) {
            lines.add("R" + (r + 1) + "," + answer.apply(r));
        }
        Path file = dir.resolve(name);
        Files.write(file, lines, StandardCharsets.UTF_8);
        Preview preview = SurveyFiles.preview(file, ReadOptions.DETECT);
        return new MappingSuggester().suggest(preview, SurveyFiles.profile(file, preview));
    }

    /** The second header holds commas of its own. */
    private static String quoteSecond(String header) {
        int comma = header.indexOf(',');
        return header.substring(0, comma + 1) + "\"" + header.substring(comma + 1) + "\"";
    }

    private static List<String> rendered(List<Message> messages) {
        return messages.stream().map(m -> m.render(Locale.ENGLISH)).toList();
    }
}
