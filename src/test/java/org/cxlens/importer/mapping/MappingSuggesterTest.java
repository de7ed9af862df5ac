package org.cxlens.importer.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cxlens.importer.testing.Sheets.columns;
import static org.cxlens.importer.testing.Sheets.rows;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cxlens.domain.ColumnRole;
import org.cxlens.domain.MomentType;
import org.cxlens.domain.Scale;
import org.cxlens.importer.HeaderLayout;
import org.cxlens.importer.Preview;
import org.cxlens.importer.SourceColumn;
import org.cxlens.importer.testing.Sheets;
import org.junit.jupiter.api.Test;

class MappingSuggesterTest {

    private final MappingSuggester suggester = new MappingSuggester();

    private static ColumnRole role(Mapping m, String column) {
        return m.column(column).role();
    }

    /** Columns given as "tag|question text" pairs, the way a Qualtrics export names them. */
    private static List<SourceColumn> tagged(String... tagAndQuestion) {
        List<SourceColumn> out = new ArrayList<>();
        for (int i = 0; i < tagAndQuestion.length; i++) {
            String[] parts = tagAndQuestion[i].split("\\|", 2);
            out.add(new SourceColumn(i, parts[0], parts[1]));
        }
        return out;
    }

    @Test
    void qualtricsExport() {
        Preview preview = Sheets.csv(Sheets.COMMA, HeaderLayout.QUALTRICS, tagged(
                "StartDate|Start Date", "EndDate|End Date", "Status|Response Type", "IPAddress|IP Address",
                "Progress|Progress", "Duration (in seconds)|Duration (in seconds)", "Finished|Finished",
                "RecordedDate|Recorded Date", "ResponseId|Response ID", "RecipientLastName|Recipient Last Name",
                "RecipientFirstName|Recipient First Name", "RecipientEmail|Recipient Email",
                "LocationLatitude|Location Latitude", "LocationLongitude|Location Longitude",
                "DistributionChannel|Distribution Channel", "UserLanguage|User Language",
                "Q1|Overall, how satisfied are you with our service?",
                "Q2|How likely are you to recommend us to a friend or colleague?",
                "Q2_NPS_GROUP|How likely are you to recommend us to a friend or colleague? - Group",
                "Q3_1|How satisfied were you with each of the following? - Website",
                "Q3_2|How satisfied were you with each of the following? - Delivery",
                "Q4_1|Compared with what you expected, how was each of the following? - Website",
                "Q4_2|Compared with what you expected, how was each of the following? - Delivery",
                "Q5|Why did you give this score?",
                "Q6_TEXT|How did you hear about us? - Other - Text Entry"),
                rows(4,
                        "2025-03-14 09:30:00|2025-03-14 09:35:00|IP Address|192.0.2.1|100|300|True|2025-03-14 09:35:01|R_1a||||52.37|4.89|anonymous|EN|4|9|3|5|3|Better than expected|As expected|Quick and friendly service|Radio ad",
                        "2025-03-14 10:30:00|2025-03-14 10:32:00|IP Address|192.0.2.2|100|120|True|2025-03-14 10:32:01|R_2b||||52.09|5.12|anonymous|EN|5|10|3|5|4|Better than expected|Better than expected|Everything arrived on time|",
                        "2025-03-15 11:00:00|2025-03-15 11:04:00|IP Address|192.0.2.3|100|240|True|2025-03-15 11:04:10|R_3c||||51.92|4.48|anonymous|EN|2|3|1|2|1|Worse than expected|Worse than expected|The parcel came two days late|A friend",
                        "2025-03-16 08:00:00|2025-03-16 08:03:00|IP Address|192.0.2.4|100|180|True|2025-03-16 08:03:30|R_4d||||52.16|4.49|anonymous|NL|3|7|2|3|3|As expected|As expected|Nothing special to report here|"));

        Mapping m = suggester.suggest(preview);

        assertThat(m.shape()).isEqualTo(Shape.WIDE);
        assertThat(m.layout()).isEqualTo(HeaderLayout.QUALTRICS);
        for (String ignored : List.of("StartDate", "EndDate", "Status", "Progress", "Duration (in seconds)", "Finished",
                "DistributionChannel", "UserLanguage", "Q2_NPS_GROUP")) {
            assertThat(role(m, ignored)).as(ignored).isIn(ColumnRole.IGNORE, ColumnRole.SEGMENT);
        }
        for (String personal : List.of("IPAddress", "RecipientLastName", "RecipientFirstName", "RecipientEmail",
                "LocationLatitude", "LocationLongitude")) {
            assertThat(role(m, personal)).as(personal).isEqualTo(ColumnRole.PERSONAL);
        }
        assertThat(role(m, "RecordedDate")).isEqualTo(ColumnRole.DATE);
        assertThat(role(m, "ResponseId")).isEqualTo(ColumnRole.RESPONDENT_ID);
        assertThat(m.column("Q1").role()).isEqualTo(ColumnRole.OVERALL_SATISFACTION);
        assertThat(m.scaleOf(ColumnRole.OVERALL_SATISFACTION)).isEqualTo(Scale.of(1, 5));
        assertThat(m.column("Q2").role()).isEqualTo(ColumnRole.RECOMMEND);
        assertThat(m.scaleOf(ColumnRole.RECOMMEND)).isEqualTo(Scale.of(0, 10));
        assertThat(m.column("Q3_1")).isEqualTo(ColumnMapping.touchpointScore("Q3_1", "Website", Scale.of(1, 5), 1));
        assertThat(m.column("Q3_2")).isEqualTo(ColumnMapping.touchpointScore("Q3_2", "Delivery", Scale.of(1, 5), 2));
        assertThat(m.column("Q4_1")).isEqualTo(ColumnMapping.touchpointExpectation("Q4_1", "Website", 1));
        assertThat(m.column("Q4_2")).isEqualTo(ColumnMapping.touchpointExpectation("Q4_2", "Delivery", 2));
        assertThat(role(m, "Q5")).isEqualTo(ColumnRole.COMMENT);
        assertThat(role(m, "Q6_TEXT")).isEqualTo(ColumnRole.COMMENT);
    }

    @Test
    void surveyMonkeyExport() {
        Preview preview = Sheets.csv(Sheets.COMMA, HeaderLayout.SURVEYMONKEY, columns(
                "Respondent ID", "Collector ID", "Start Date", "End Date", "IP Address", "Email Address", "First Name",
                "Last Name", "Custom Data 1",
                "Overall, how satisfied or dissatisfied are you with our company? - Response",
                "How likely is it that you would recommend this company to a friend or colleague? - Response",
                "How would you rate the following? - Sales call",
                "How would you rate the following? - Installation",
                "Do you have any other comments, questions, or concerns? - Open-Ended Response"),
                rows(3,
                        "114000001|4300001|03/14/2025 09:30:00 AM|03/14/2025 09:34:00 AM|192.0.2.1|a@example.com|Ann|Smith||Very satisfied|10|5|4|Great installer, very tidy",
                        "114000002|4300001|03/14/2025 10:30:00 AM|03/14/2025 10:31:00 AM|192.0.2.2|b@example.com|Bob|Jones||Satisfied|8|4|4|",
                        "114000003|4300001|03/15/2025 11:00:00 AM|03/15/2025 11:05:00 AM|192.0.2.3|c@example.com|Cas|Visser||Dissatisfied|2|2|1|Installer arrived three hours late",
                        "114000004|4300001|03/16/2025 08:00:00 AM|03/16/2025 08:02:00 AM|192.0.2.4|d@example.com|Dee|Brown||Neither satisfied nor dissatisfied|6|3|3|"));

        Mapping m = suggester.suggest(preview);

        assertThat(role(m, "Respondent ID")).isEqualTo(ColumnRole.RESPONDENT_ID);
        assertThat(role(m, "Collector ID")).isEqualTo(ColumnRole.IGNORE);
        assertThat(role(m, "End Date")).isEqualTo(ColumnRole.DATE);
        assertThat(m.column("End Date").dateOrder()).isEqualTo(DateOrder.MONTH_DAY);
        assertThat(role(m, "Start Date")).isNotEqualTo(ColumnRole.DATE);
        for (String personal : List.of("IP Address", "Email Address", "First Name", "Last Name")) {
            assertThat(role(m, personal)).as(personal).isEqualTo(ColumnRole.PERSONAL);
        }
        assertThat(role(m, "Custom Data 1")).isEqualTo(ColumnRole.IGNORE);
        ColumnMapping overall = m.column("Overall, how satisfied or dissatisfied are you with our company? - Response");
        assertThat(overall.role()).isEqualTo(ColumnRole.OVERALL_SATISFACTION);
        assertThat(overall.scale()).isEqualTo(Scale.of(1, 5));
        assertThat(m.scaleOf(ColumnRole.RECOMMEND)).isEqualTo(Scale.of(0, 10));
        assertThat(m.column("How would you rate the following? - Sales call"))
                .isEqualTo(ColumnMapping.touchpointScore("How would you rate the following? - Sales call", "Sales call",
                        Scale.of(1, 5), 1));
        assertThat(m.column("How would you rate the following? - Installation").touchpoint()).isEqualTo("Installation");
        assertThat(role(m, "Do you have any other comments, questions, or concerns? - Open-Ended Response"))
                .isEqualTo(ColumnRole.COMMENT);
    }

    @Test
    void dutchHandMadeSheet() {
        Preview preview = Sheets.csv(Sheets.DUTCH, HeaderLayout.SINGLE, columns(
                "Respondentnummer", "Afdeling", "Datum", "Meting", "Tevredenheid", "Rapportcijfer Website",
                "Verwachting Website", "Rapportcijfer Levering", "Verwachting Levering", "Tevredenheid personeel",
                "Aanbevelen", "Toelichting", "Naam", "Telefoon", "Kanaal", "Gewicht"),
                rows(2,
                        "1001|Verkoop|14-03-2025|2025-1|Zeer tevreden|8|Beter dan verwacht|7|Zoals verwacht|4|9|Prima geholpen in de winkel|Jan Jansen|0612345678|Winkel|1,2",
                        "1002|Service|03-04-2025|2025-1|Tevreden|6|Zoals verwacht|9|Beter dan verwacht|0|6|Levering was erg snel|Piet Pietersen|0687654321|Web|0,8",
                        "1003|Verkoop|05-04-2025|2025-1|Ontevreden|9|Slechter dan verwacht|10|Zoals verwacht|5|10|Website werkt niet goed|Els de Vries|0201234567|Winkel|1",
                        "1004|Service|28-04-2025|2025-1|Neutraal|7|Zoals verwacht|5|Slechter dan verwacht|3|7|Geen bijzonderheden te melden|Kees Bakker|0301234567|Telefoon|1,1"));

        Mapping m = suggester.suggest(preview);

        assertThat(m.shape()).isEqualTo(Shape.WIDE);
        assertThat(role(m, "Respondentnummer")).isEqualTo(ColumnRole.RESPONDENT_ID);
        assertThat(role(m, "Afdeling")).isEqualTo(ColumnRole.DEPARTMENT);
        assertThat(role(m, "Datum")).isEqualTo(ColumnRole.DATE);
        assertThat(m.column("Datum").dateOrder()).isEqualTo(DateOrder.DAY_MONTH);
        assertThat(role(m, "Meting")).isEqualTo(ColumnRole.WAVE);
        assertThat(m.column("Tevredenheid").role()).isEqualTo(ColumnRole.OVERALL_SATISFACTION);
        assertThat(m.column("Tevredenheid").scale()).isEqualTo(Scale.of(1, 5));
        assertThat(m.column("Rapportcijfer Website"))
                .isEqualTo(ColumnMapping.touchpointScore("Rapportcijfer Website", "Website", Scale.of(1, 10), 1));
        assertThat(m.column("Verwachting Website"))
                .isEqualTo(ColumnMapping.touchpointExpectation("Verwachting Website", "Website", 1));
        assertThat(m.column("Rapportcijfer Levering").touchpoint()).isEqualTo("Levering");
        assertThat(m.column("Verwachting Levering").touchpoint()).isEqualTo("Levering");
        assertThat(m.column("Tevredenheid personeel")).isEqualTo(
                ColumnMapping.touchpointScore("Tevredenheid personeel", "Personeel", Scale.of(1, 5), 3)
                        .withMissingCodes(List.of("0")));
        assertThat(role(m, "Aanbevelen")).isEqualTo(ColumnRole.RECOMMEND);
        assertThat(m.scaleOf(ColumnRole.RECOMMEND)).isEqualTo(Scale.of(0, 10));
        assertThat(role(m, "Toelichting")).isEqualTo(ColumnRole.COMMENT);
        assertThat(role(m, "Naam")).isEqualTo(ColumnRole.PERSONAL);
        assertThat(role(m, "Telefoon")).isEqualTo(ColumnRole.PERSONAL);
        assertThat(role(m, "Kanaal")).isEqualTo(ColumnRole.SEGMENT);
        assertThat(role(m, "Gewicht")).isEqualTo(ColumnRole.WEIGHT);
        assertThat(m.missingCodes()).isEqualTo(LabelTable.DEFAULT_MISSING_CODES);
    }

    @Test
    void googleFormsWithGridQuestions() {
        Preview preview = Sheets.csv(columns("Timestamp", "Email address", "Score",
                "Hoe tevreden bent u over onze dienstverlening? [Website]",
                "Hoe tevreden bent u over onze dienstverlening? [Klantenservice]",
                "Hoe waarschijnlijk is het dat u ons aanbeveelt?", "Heeft u nog opmerkingen?"),
                rows(2,
                        "3/14/2025 9:30:00|a@example.com|4 / 5|4|5|9|Heel vriendelijke medewerkers",
                        "3/15/2025 14:02:11|b@example.com|3 / 5|2|3|0|Ik moest erg lang wachten aan de telefoon",
                        "3/16/2025 8:15:40|c@example.com|5 / 5|5|4|10|"));

        Mapping m = suggester.suggest(preview);

        assertThat(role(m, "Timestamp")).isEqualTo(ColumnRole.DATE);
        assertThat(m.column("Timestamp").dateOrder()).isEqualTo(DateOrder.MONTH_DAY);
        assertThat(role(m, "Email address")).isEqualTo(ColumnRole.PERSONAL);
        assertThat(role(m, "Score")).isEqualTo(ColumnRole.IGNORE);
        assertThat(m.column("Hoe tevreden bent u over onze dienstverlening? [Website]").touchpoint()).isEqualTo("Website");
        assertThat(m.column("Hoe tevreden bent u over onze dienstverlening? [Klantenservice]"))
                .isEqualTo(ColumnMapping.touchpointScore("Hoe tevreden bent u over onze dienstverlening? [Klantenservice]",
                        "Klantenservice", Scale.of(1, 5), 2));
        assertThat(role(m, "Hoe waarschijnlijk is het dat u ons aanbeveelt?")).isEqualTo(ColumnRole.RECOMMEND);
        assertThat(m.scaleOf(ColumnRole.RECOMMEND)).isEqualTo(Scale.of(0, 10));
        assertThat(m.column("Hoe waarschijnlijk is het dat u ons aanbeveelt?").missingCodes()).isEmpty();
        assertThat(role(m, "Heeft u nog opmerkingen?")).isEqualTo(ColumnRole.COMMENT);
    }

    @Test
    void microsoftFormsMetadata() {
        Preview preview = Sheets.csv(columns("ID", "Start time", "Completion time", "Email", "Name",
                "Last modified time", "Overall satisfaction"),
                rows(2, "1|3/14/2025 9:30:00|3/14/2025 9:34:00|anonymous||| 4", "2|3/14/2025 9:40:00|3/14/2025 9:44:00|anonymous|||5"));

        Mapping m = suggester.suggest(preview);

        assertThat(role(m, "ID")).isEqualTo(ColumnRole.RESPONDENT_ID);
        assertThat(role(m, "Completion time")).isEqualTo(ColumnRole.DATE);
        assertThat(role(m, "Start time")).isEqualTo(ColumnRole.IGNORE);
        assertThat(suggester.suggest(preview, FileProfile.of(preview.sampleRows(), preview.columns().size(), '.'))
                .note("Start time").warnings()).extracting(w -> w.render(Locale.ENGLISH))
                .contains("another column already has the role date; this one is not imported");
        assertThat(role(m, "Email")).isEqualTo(ColumnRole.PERSONAL);
        assertThat(role(m, "Name")).isEqualTo(ColumnRole.PERSONAL);
        assertThat(role(m, "Last modified time")).isEqualTo(ColumnRole.IGNORE);
        assertThat(role(m, "Overall satisfaction")).isEqualTo(ColumnRole.OVERALL_SATISFACTION);
    }

    @Test
    void longFileWithTouchpointColumn() {
        Preview preview = Sheets.csv(columns("Respondent ID", "Touchpoint", "Department", "Satisfaction", "Expectation",
                "Comment"),
                rows(2,
                        "1|Website|Marketing|8|Better than expected|Clear and easy to use",
                        "1|Invoice|Finance|6|As expected|Clear enough, paid it the same day",
                        "2|Website|Marketing|9|As expected|",
                        "2|Delivery|Logistics|4|Worse than expected|",
                        "2|Invoice|Finance|4|Worse than expected|The invoice amount was wrong twice"));

        Mapping m = suggester.suggest(preview);

        assertThat(m.shape()).isEqualTo(Shape.LONG);
        assertThat(role(m, "Respondent ID")).isEqualTo(ColumnRole.RESPONDENT_ID);
        assertThat(role(m, "Touchpoint")).isEqualTo(ColumnRole.TOUCHPOINT);
        assertThat(role(m, "Department")).isEqualTo(ColumnRole.DEPARTMENT);
        assertThat(m.column("Satisfaction").role()).isEqualTo(ColumnRole.TOUCHPOINT_SCORE);
        assertThat(m.column("Satisfaction").touchpoint()).isNull();
        // 4 to 9 without a 0: long scales are asked 0–10 unless the header names a grade (Cijfer).
        assertThat(m.column("Satisfaction").scale()).isEqualTo(Scale.of(0, 10));
        assertThat(role(m, "Expectation")).isEqualTo(ColumnRole.TOUCHPOINT_EXPECTATION);
        assertThat(role(m, "Comment")).isEqualTo(ColumnRole.COMMENT);
        // Listed in journey order (respondent 2 shows Delivery before Invoice) for the consultant to
        // mark moments of truth in the profile.
        assertThat(m.touchpoints()).containsExactly(
                new TouchpointSetting("Website", null, MomentType.STANDARD),
                new TouchpointSetting("Delivery", null, MomentType.STANDARD),
                new TouchpointSetting("Invoice", null, MomentType.STANDARD));
    }

    @Test
    void longShapeFoundFromRepeatingIdsWithoutATouchpointHeader() {
        Preview preview = Sheets.csv(columns("Respondentnummer", "Stap", "Cijfer"),
                rows(2, "7|Offerte|8", "7|Montage|6", "8|Offerte|9", "8|Montage|7", "8|Factuur|5"));

        Mapping m = suggester.suggest(preview);

        assertThat(m.shape()).isEqualTo(Shape.LONG);
        assertThat(role(m, "Stap")).isEqualTo(ColumnRole.TOUCHPOINT);
        assertThat(m.column("Cijfer").role()).isEqualTo(ColumnRole.TOUCHPOINT_SCORE);
        assertThat(m.column("Cijfer").scale()).isEqualTo(Scale.of(1, 10));
    }

    @Test
    void handMadeColumnsNamedAfterATouchpointAreItsScores() {
        Preview preview = Sheets.csv(columns("RespondentID", "Website", "Delivery", "Age", "Region"),
                rows(2, "1|9|7|34|North", "2|6|10|58|South", "3|8|3|41|North", "4|10|8|27|East"));

        Mapping m = suggester.suggest(preview);

        assertThat(m.column("Website")).isEqualTo(ColumnMapping.touchpointScore("Website", "Website", Scale.of(0, 10), 1));
        assertThat(m.column("Delivery").touchpoint()).isEqualTo("Delivery");
        // Ages are numbers but no rating scale: kept as an attribute, not read as a touchpoint.
        assertThat(role(m, "Age")).isIn(ColumnRole.SEGMENT, ColumnRole.IGNORE);
        assertThat(role(m, "Region")).isEqualTo(ColumnRole.SEGMENT);
    }

    @Test
    void scoreColumnOfALongFileIsTheTouchpointRating() {
        Preview preview = Sheets.csv(columns("RespondentID", "Department", "Touchpoint", "Score", "Overall satisfaction"),
                rows(2, "R1|Sales|Website|6|6", "R1|Logistics|Delivery|7|6", "R2|Sales|Website|1|3",
                        "R2|Logistics|Delivery|4|3", "R2|Finance|Invoice|5|3"));

        Mapping m = suggester.suggest(preview);

        assertThat(m.shape()).isEqualTo(Shape.LONG);
        assertThat(m.column("Score").role()).isEqualTo(ColumnRole.TOUCHPOINT_SCORE);
        assertThat(m.column("Score").scale()).isEqualTo(Scale.of(1, 7));
        assertThat(role(m, "Overall satisfaction")).isEqualTo(ColumnRole.OVERALL_SATISFACTION);
    }

    @Test
    void matrixHeadersWithoutSamplesStillNameTouchpoints() {
        Preview preview = Sheets.csv(columns("Satisfaction - Website", "Satisfaction - Delivery", "Overall satisfaction",
                "NPS", "Expectation - Delivery"), List.of());

        Mapping m = suggester.suggest(preview);

        assertThat(m.column("Satisfaction - Website").touchpoint()).isEqualTo("Website");
        assertThat(m.column("Satisfaction - Delivery").journeyOrder()).isEqualTo(2);
        assertThat(m.column("Expectation - Delivery"))
                .isEqualTo(ColumnMapping.touchpointExpectation("Expectation - Delivery", "Delivery", 2));
        assertThat(role(m, "Overall satisfaction")).isEqualTo(ColumnRole.OVERALL_SATISFACTION);
        assertThat(m.scaleOf(ColumnRole.RECOMMEND)).isEqualTo(Scale.of(0, 10));
    }

    @Test
    void anItemThatSaysOverallIsTheOverallItemAndAPlainSatisfactionItemATouchpoint() {
        Preview preview = Sheets.csv(columns("Tevredenheid", "Algemene tevredenheid"),
                rows(2, "4|4", "5|5", "3|4", "4|4", "5|5", "4|3", "4|4", "5|5", "3|3", "4|4"));

        Mapping m = suggester.suggest(preview);

        assertThat(m.columnsWith(ColumnRole.OVERALL_SATISFACTION)).extracting(ColumnMapping::column)
                .containsExactly("Algemene tevredenheid");
        assertThat(role(m, "Tevredenheid")).isEqualTo(ColumnRole.TOUCHPOINT_SCORE);
    }

    @Test
    void roleWordsInsideAQuestionDoNotMakeAWaveOrTouchpointColumn() {
        Preview preview = Sheets.csv(columns("Op welk moment van de dag belde u?", "In which period did you buy?"),
                rows(2, "Ochtend|Spring", "Middag|Summer", "Ochtend|Spring", "Avond|Winter"));

        Mapping m = suggester.suggest(preview);

        assertThat(m.shape()).isEqualTo(Shape.WIDE);
        assertThat(role(m, "Op welk moment van de dag belde u?")).isEqualTo(ColumnRole.SEGMENT);
        assertThat(role(m, "In which period did you buy?")).isEqualTo(ColumnRole.SEGMENT);
    }

    @Test
    void aColumnOfPeriodsIsTheWaveWhenNoHeaderSaysSo() {
        Preview preview = Sheets.csv(columns("Respondent ID", "Custom Data 1", "Custom Data 2", "Region"),
                rows(3, "11|2025-Q1|Q3 2024|North", "12|2025-Q1|Q3 2024|South", "13|2025-Q3|Q4 2024|North",
                        "14|2025-Q3|Q4 2024|East"));

        Mapping m = suggester.suggest(preview);

        assertThat(role(m, "Custom Data 1")).isEqualTo(ColumnRole.WAVE);
        assertThat(role(m, "Custom Data 2")).as("one wave column").isEqualTo(ColumnRole.SEGMENT);
        assertThat(role(m, "Region")).isEqualTo(ColumnRole.SEGMENT);
    }

    @Test
    void aWaveHeaderWinsOverPeriodValues() {
        Preview preview = Sheets.csv(columns("id", "Custom Data 1", "Meting"),
                rows(2, "1|2025 K1|1", "2|2025 K2|2", "3|2025 K1|1", "4|2025 K2|2"));

        Mapping m = suggester.suggest(preview);

        assertThat(role(m, "Meting")).isEqualTo(ColumnRole.WAVE);
        assertThat(role(m, "Custom Data 1")).isEqualTo(ColumnRole.SEGMENT);
    }
}
