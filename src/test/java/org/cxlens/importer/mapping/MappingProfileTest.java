package org.cxlens.importer.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cxlens.importer.testing.Sheets.columns;
import static org.cxlens.importer.testing.Sheets.rows;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.cxlens.domain.ColumnRole;
import org.cxlens.domain.CxLensException;
import org.cxlens.domain.Expectation;
import org.cxlens.domain.ImportProblem;
import org.cxlens.domain.Message;
import org.cxlens.domain.MomentType;
import org.cxlens.domain.Scale;
import org.cxlens.importer.DialectOverrides;
import org.cxlens.importer.HeaderLayout;
import org.cxlens.importer.Preview;
import org.cxlens.importer.testing.Sheets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MappingProfileTest {

    private static Mapping sample() {
        LabelTable labels = LabelTable.defaults()
                .withScoreLabel(Scale.of(1, 5), "Heel erg tevreden", 5)
                .withExpectationLabel("Precies zoals gedacht", Expectation.AS_EXPECTED);
        return new Mapping(Shape.WIDE, HeaderLayout.SINGLE, ',', List.of(
                ColumnMapping.of("Respondentnummer", ColumnRole.RESPONDENT_ID),
                ColumnMapping.of("Datum", ColumnRole.DATE).withDateOrder(DateOrder.DAY_MONTH),
                ColumnMapping.touchpointScore("Rapportcijfer Website", "Website", Scale.of(1, 10), 1)
                        .withDepartment("Marketing").withMomentType(MomentType.EXCEL).withMissingCodes(List.of("99")),
                ColumnMapping.touchpointExpectation("Verwachting Website", "Website", 1),
                ColumnMapping.of("Naam", ColumnRole.PERSONAL)),
                labels, List.of("N/A", "Weet niet", "-", ""));
    }

    @Test
    void jsonRoundTripGivesTheSameMapping() throws CxLensException {
        Mapping mapping = sample();

        Mapping back = MappingProfile.fromJson(MappingProfile.toJson(mapping), "profile.json");

        assertThat(back).isEqualTo(mapping);
        assertThat(back.labels().scoreValue(Scale.of(1, 5), "heel erg tevreden")).isEqualTo(5);
        assertThat(back.labels().scoreValue(Scale.of(1, 5), "Zeer tevreden")).as("defaults still there").isEqualTo(5);
    }

    @Test
    void jsonIsPrettyStableAndHoldsOnlyLabelOverrides() {
        String json = MappingProfile.toJson(sample());

        assertThat(json).startsWith("{\n  \"version\" : 1,\n  \"shape\" : \"WIDE\",\n  \"layout\" : \"SINGLE\",\n"
                + "  \"decimalSeparator\" : \",\",\n");
        assertThat(json).contains("""
                    "column" : "Rapportcijfer Website",
                    "role" : "TOUCHPOINT_SCORE",
                    "touchpoint" : "Website",
                    "department" : "Marketing",
                    "scale" : "1-10",
                    "momentType" : "EXCEL",
                    "journeyOrder" : 1,
                    "missingCodes" : [ "99" ]""".indent(4).stripTrailing());
        assertThat(json).contains("\"label\" : \"Heel erg tevreden\"").contains("\"Precies zoals gedacht\"")
                .doesNotContain("Zeer tevreden");
        assertThat(MappingProfile.toJson(sample())).isEqualTo(json);
    }

    @Test
    void handEditedProfileIsRead() throws CxLensException {
        String json = """
                {
                  "version": 1,
                  "shape": "LONG",
                  "columns": [
                    { "column": "ID", "role": "RESPONDENT_ID" },
                    { "column": "Stap", "role": "TOUCHPOINT" },
                    { "column": "Cijfer", "role": "TOUCHPOINT_SCORE", "scale": "0 – 10" }
                  ],
                  "labels": { "scores": [ { "scale": "0-10", "label": "Top", "value": 10 } ] }
                }""";

        Mapping m = MappingProfile.fromJson(json, "stappen.json");

        assertThat(m.shape()).isEqualTo(Shape.LONG);
        assertThat(m.decimalSeparator()).isNull();
        assertThat(m.encoding()).as("profiles from before the field: detect").isNull();
        assertThat(m.delimiter()).isNull();
        assertThat(m.missingCodes()).as("left out: the defaults").isEqualTo(LabelTable.DEFAULT_MISSING_CODES);
        assertThat(m.column("Cijfer").scale()).isEqualTo(Scale.of(0, 10));
        assertThat(m.column("Cijfer").labels()).as("a profile without label lists").isEmpty();
        assertThat(m.labels().scoreValue(Scale.of(0, 10), "top")).isEqualTo(10);
    }

    @Test
    void aColumnsLabelListIsSavedOnItsEntryAndReadBack() throws CxLensException {
        Mapping labelled = sample().withColumn(ColumnMapping.of("Kwaliteit", ColumnRole.OVERALL_SATISFACTION)
                .withScale(Scale.of(1, 5)).withLabels(List.of("Poor", "Fair", "Good", "Very good", "Excellent")));

        String json = MappingProfile.toJson(labelled);
        Mapping back = MappingProfile.fromJson(json, "p.json");

        assertThat(json).contains("""
                    "column" : "Kwaliteit",
                    "role" : "OVERALL_SATISFACTION",
                    "scale" : "1-5",
                    "labels" : [ "Poor", "Fair", "Good", "Very good", "Excellent" ]""".indent(4).stripTrailing());
        assertThat(back).isEqualTo(labelled);
        assertThat(back.column("Kwaliteit").labels()).containsExactly("Poor", "Fair", "Good", "Very good", "Excellent");
        assertThat(MappingProfile.toJson(sample())).as("no list, no field").doesNotContain("\"labels\" : [");
    }

    @Test
    void encodingAndDelimiterAreWrittenAsUsersWriteThem() throws CxLensException {
        Mapping korean = sample().withDialectOverrides(new DialectOverrides(Charset.forName("x-windows-949"), '\t', null));

        String json = MappingProfile.toJson(korean);
        Mapping back = MappingProfile.fromJson(json, "ko.json");

        assertThat(json).contains("""
                  "layout" : "SINGLE",
                  "encoding" : "cp949",
                  "delimiter" : "tab",
                  "decimalSeparator" : ",",
                """);
        assertThat(back).isEqualTo(korean);
        assertThat(back.dialectOverrides()).isEqualTo(new DialectOverrides(Charset.forName("x-windows-949"), '\t', ','));
        assertThat(MappingProfile.fromJson(json.replace("\"tab\"", "\";\"").replace("\"cp949\"", "\"UTF-16LE\""), "p.json")
                .dialectOverrides()).isEqualTo(new DialectOverrides(StandardCharsets.UTF_16LE, ';', ','));
    }

    @Test
    void theCommandLinesDialectPartsWinOverTheProfiles() {
        Mapping profile = sample().withDialectOverrides(new DialectOverrides(StandardCharsets.UTF_8, ';', null));

        Mapping used = profile.withDialectOverrides(new DialectOverrides(null, '|', '.'));

        assertThat(used.dialectOverrides()).isEqualTo(new DialectOverrides(StandardCharsets.UTF_8, '|', '.'));
        assertThat(used.columns()).isEqualTo(profile.columns());
    }

    @Test
    void unknownEncodingsAndDelimitersAreRefused() {
        String json = "{\"version\": 1, \"shape\": \"WIDE\", \"columns\": [], ";
        assertThatThrownBy(() -> MappingProfile.fromJson(json + "\"encoding\": \"latin-9000\"}", "x.json"))
                .hasMessage("The mapping profile x.json gives “latin-9000” as encoding, which this Java does not know;"
                        + " use a name such as utf-8, windows-1252, utf-16le or cp949.");
        assertThatThrownBy(() -> MappingProfile.fromJson(json + "\"delimiter\": \"semicolon\"}", "x.json"))
                .hasMessage("The mapping profile x.json gives “semicolon” as delimiter; use one character such as ; , | or"
                        + " the word tab.");
    }

    @Test
    void anEmptyListOfMissingCodesStaysEmpty() throws CxLensException {
        Mapping none = sample().withMissingCodes(List.of());

        String json = MappingProfile.toJson(none);

        assertThat(json).contains("\"missingCodes\" : [ ]");
        assertThat(MappingProfile.fromJson(json, "p.json").missingCodes()).isEmpty();
    }

    @Test
    void profileIsReusedForTheNextWave(@TempDir Path dir) throws CxLensException {
        Path file = dir.resolve("wave1.cxmap.json");
        MappingProfile.write(sample(), file);
        Preview wave2 = Sheets.csv(Sheets.DUTCH, HeaderLayout.SINGLE,
                columns("Respondentnummer", "Datum", "Rapportcijfer Website", "Verwachting Website", "Naam", "Regio"),
                rows(2, "1|14-09-2025|8|Zoals verwacht|An|Noord"));

        Mapping reused = MappingProfile.read(file);
        List<ImportProblem> warnings = MappingCheck.check(reused, wave2);

        assertThat(reused).isEqualTo(sample());
        assertThat(warnings).containsExactly(new ImportProblem(0, "Regio", null,
                Message.of("importer.mapping.unmappedColumn", "Regio")));
    }

    @Test
    void aProfileColumnMissingFromTheFileIsAClearError() throws CxLensException {
        Mapping reused = MappingProfile.fromJson(MappingProfile.toJson(sample()), "wave1.json");
        Preview renamed = Sheets.csv(columns("Respondent", "Datum", "Rapportcijfer Website", "Verwachting Website", "Naam"),
                List.of());

        assertThatThrownBy(() -> MappingCheck.check(reused, renamed))
                .isInstanceOf(CxLensException.class)
                .hasMessage("The mapping names column “Respondentnummer”, which is not in this file.");
    }

    @Test
    void newerOrBrokenProfilesAreRefusedWithTheReason() {
        assertThatThrownBy(() -> MappingProfile.fromJson("{\"version\": 2, \"shape\": \"WIDE\", \"columns\": []}", "x.json"))
                .hasMessage("The mapping profile x.json has format version 2, newer than this version of CX Lens reads (1).");
        assertThatThrownBy(() -> MappingProfile.fromJson("{\"version\": 1, \"shape\": \"WIDE\", \"columns\": "
                + "[{\"column\": \"Q1\", \"role\": \"OVERALL_SATISFACTION\", \"scale\": \"five\"}]}", "x.json"))
                .hasMessage("The mapping profile x.json gives “five” as the scale of “Q1”; write it from the worst answer to the best, for example 1-5, or 5-1 when 1 is the best answer.");
        assertThatThrownBy(() -> MappingProfile.fromJson("{\"version\": 1, \"shape\": \"ROUND\"}", "x.json"))
                .isInstanceOfSatisfying(CxLensException.class,
                        e -> assertThat(e.userMessage().key()).isEqualTo("importer.profile.invalid"));
        assertThatThrownBy(() -> MappingProfile.fromJson("{\"version\": 1, \"shape\": \"WIDE\"}", "x.json"))
                .isInstanceOfSatisfying(CxLensException.class,
                        e -> assertThat(e.userMessage().key()).isEqualTo("importer.profile.incomplete"));
    }

    @Test
    void scaleOfReturnsTheMappedScaleOrNull() {
        Mapping m = sample().withColumn(ColumnMapping.of("Q1", ColumnRole.OVERALL_SATISFACTION).withScale(Scale.of(1, 7)));

        assertThat(m.scaleOf(ColumnRole.OVERALL_SATISFACTION)).isEqualTo(Scale.of(1, 7));
        assertThat(m.scaleOf(ColumnRole.RECOMMEND)).isNull();
        assertThat(m.columns()).hasSize(6);
    }

    @Test
    void touchpointSettingsOfALongProfileRoundTrip() throws CxLensException {
        Mapping long_ = new Mapping(Shape.LONG, HeaderLayout.SINGLE, null, List.of(
                ColumnMapping.of("ID", ColumnRole.RESPONDENT_ID), ColumnMapping.of("Touchpoint", ColumnRole.TOUCHPOINT),
                ColumnMapping.of("Score", ColumnRole.TOUCHPOINT_SCORE).withScale(Scale.of(1, 7))), null, null,
                List.of(new TouchpointSetting("Delivery", null, MomentType.MOMENT_OF_TRUTH),
                        new TouchpointSetting("Installation", "Service", MomentType.EXCEL)));

        String json = MappingProfile.toJson(long_);
        Mapping back = MappingProfile.fromJson(json, "long.json");

        assertThat(json).contains("""
                  "touchpoints" : [ {
                    "name" : "Delivery",
                    "momentType" : "MOMENT_OF_TRUTH"
                  }, {
                    "name" : "Installation",
                    "department" : "Service",
                    "momentType" : "EXCEL"
                  } ]
                """);
        assertThat(back).isEqualTo(long_);
        assertThat(back.touchpointSetting("Installation").department()).isEqualTo("Service");
        assertThat(back.touchpointSetting("Website")).isNull();
        assertThat(MappingProfile.fromJson(MappingProfile.toJson(sample()), "wide.json").touchpoints()).isEmpty();
    }

    @Test
    void aTouchpointSettingWithoutNameIsRefused() {
        assertThatThrownBy(() -> MappingProfile.fromJson("""
                {"version": 1, "shape": "LONG", "columns": [], "touchpoints": [{"momentType": "EXCEL"}]}""", "t.json"))
                .hasMessageStartingWith("The mapping profile t.json is incomplete");
    }
}
