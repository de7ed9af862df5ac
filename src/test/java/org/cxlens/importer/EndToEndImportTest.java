package org.cxlens.importer;

import static org.cxlens.testing.TestFiles.sqlRows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.cxlens.domain.CxLensException;
import org.cxlens.domain.Progress;
import org.cxlens.importer.mapping.MappingProfile;
import org.cxlens.storage.ProjectFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every sample in {@code samples/} imported with its mapping profile into a real project file,
 * then read back with plain SQL through the documented views. The expected values were read by
 * hand from the sample files (row numbers are spreadsheet rows, headers included).
 */
class EndToEndImportTest {

    private static final Path SAMPLES = Path.of("samples");

    @TempDir
    Path dir;

    private Path project;

    private SurveyImport.Result importSample(String name) throws CxLensException {
        return importSample(name, false);
    }

    private SurveyImport.Result importSample(String name, boolean force) throws CxLensException {
        if (project == null) {
            project = dir.resolve("project.cxlens");
            ProjectFile.create(project).close();
        }
        try (ProjectFile target = ProjectFile.open(project)) {
            return SurveyImport.run(SAMPLES.resolve(name), ReadOptions.DETECT,
                    MappingProfile.read(SAMPLES.resolve(name + ".mapping.json")), force, target, Progress.NONE);
        }
    }

    private String one(String sql) throws SQLException {
        List<String> rows = sqlRows(project, sql);
        assertThat(rows).as(sql).hasSize(1);
        return rows.get(0);
    }

    /** Score and expectation per touchpoint of the respondent with this external id, journey order. */
    private List<String> answers(String externalId) throws SQLException {
        return sqlRows(project, "SELECT a.touchpoint, a.score, a.expectation FROM responses a "
                + "JOIN respondents r ON r.id = a.respondent_id JOIN touchpoints t ON t.id = a.touchpoint_id "
                + "WHERE r.external_id = '" + externalId + "' ORDER BY t.journey_order");
    }

    private List<String> touchpointCatalogue() throws SQLException {
        return sqlRows(project, "SELECT t.name, d.name, t.moment_type, t.scale_min || '-' || t.scale_max FROM touchpoints t "
                + "LEFT JOIN departments d ON d.id = t.department_id ORDER BY t.journey_order");
    }

    /** The project's bytes as text, with its write-ahead log if one was left behind. */
    private String fileText() throws Exception {
        Path wal = Path.of(project + "-wal");
        String text = new String(Files.readAllBytes(project), StandardCharsets.ISO_8859_1);
        return Files.exists(wal) ? text + new String(Files.readAllBytes(wal), StandardCharsets.ISO_8859_1) : text;
    }

    @Test
    void qualtricsExport() throws Exception {
        SurveyImport.Result result = importSample("qualtrics-export.csv");

        assertThat(result.counts().rowsRead()).isEqualTo(800);
        assertThat(result.counts().respondents()).isEqualTo(800);
        assertThat(result.counts().problems()).isZero();
        // source_row is the file line a record starts on: 15 comments span two lines, so the last is on 818.
        assertThat(one("SELECT count(*), count(DISTINCT wave), min(source_row), max(source_row) FROM respondents"))
                .isEqualTo("800|2|4|818");
        assertThat(touchpointCatalogue()).containsExactly(
                "Website|Marketing|STANDARD|0.0-10.0",
                "Sales advice|Sales|STANDARD|0.0-10.0",
                "Quotation|Sales|STANDARD|0.0-10.0",
                "Delivery|Logistics|MOMENT_OF_TRUTH|0.0-10.0",
                "Installation|Service|EXCEL|0.0-10.0",
                "Invoice|Finance|STANDARD|0.0-10.0",
                "Customer service|Service|MOMENT_OF_TRUTH|0.0-10.0");
        assertThat(one("SELECT count(*) FROM departments")).isEqualTo("5");
        assertThat(one("SELECT count(*) FROM responses")).isEqualTo("4463");

        // First data row (file row 4): Q1 "Satisfied" → 4 on 1–5, Q2 10, Q3_1..7 = 9 8 6 6 10 7 6.
        assertThat(one("SELECT source_row, wave, date, overall, recommend FROM respondents "
                + "WHERE external_id = 'R_muHNoQfjlsbzwN4'"))
                .isEqualTo("4|2025-Q1|2025-01-06T08:08:04|4.0|10.0");
        assertThat(answers("R_muHNoQfjlsbzwN4")).containsExactly(
                "Website|9.0|+", "Sales advice|8.0|=", "Quotation|6.0|=", "Delivery|6.0|=",
                "Installation|10.0|+", "Invoice|7.0|=", "Customer service|6.0|=");
        // Row 5 did not meet customer service (empty score and expectation) and left Q4_1 empty.
        assertThat(answers("R_bmogihofJpzJMEy")).containsExactly(
                "Website|9.0|null", "Sales advice|9.0|+", "Quotation|9.0|+", "Delivery|7.0|=",
                "Installation|9.0|+", "Invoice|7.0|=");

        // Unmapped (IGNORE) metadata is kept as attributes; personal data is not stored at all.
        assertThat(sqlRows(project, "SELECT a.name || '=' || a.value FROM respondent_attributes a "
                + "JOIN respondents r ON r.id = a.respondent_id WHERE r.external_id = 'R_muHNoQfjlsbzwN4'"))
                .contains("ExternalReference=CRM-100001", "Duration (in seconds)=245", "DistributionChannel=email");
        assertThat(one("SELECT count(*) FROM respondent_attributes WHERE name IN ('IPAddress', 'RecipientEmail', "
                + "'RecipientLastName', 'LocationLatitude')")).isEqualTo("0");
        assertThat(fileText()).contains("CRM-100001", "R_muHNoQfjlsbzwN4")
                .doesNotContain("jesse.walker@example.com", "203.0.113.215", "Hendriks");
    }

    @Test
    void surveyMonkeyExport() throws Exception {
        SurveyImport.Result result = importSample("surveymonkey-export.xlsx");

        assertThat(result.counts().respondents()).isEqualTo(600);
        assertThat(result.counts().problems()).isZero();
        assertThat(one("SELECT count(*), min(source_row), max(source_row) FROM respondents")).isEqualTo("600|3|602");
        // "Custom Data 1" holds the wave.
        assertThat(sqlRows(project, "SELECT wave, count(*) FROM respondents GROUP BY wave ORDER BY wave"))
                .containsExactly("2025-Q1|300", "2025-Q3|300");
        assertThat(one("SELECT count(*) FROM touchpoints")).isEqualTo("8");
        assertThat(one("SELECT count(*) FROM departments")).isEqualTo("5");
        assertThat(one("SELECT count(*) FROM responses")).isEqualTo("3788");

        // Row 3: Very satisfied (5), recommend 9, touchpoints in labels → 1–5 numbers.
        assertThat(one("SELECT source_row, wave, overall, recommend FROM respondents WHERE external_id = '11400000007'"))
                .isEqualTo("3|2025-Q1|5.0|9.0");
        assertThat(answers("11400000007")).containsExactly(
                "Website|5.0|null", "Sales advice|4.0|null", "Quotation|5.0|null", "Order confirmation|4.0|null",
                "Delivery|4.0|null", "Installation|5.0|null", "Invoice|3.0|null", "Customer service|4.0|null");
        // Row 7 did not meet sales advice and installation; "Dissatisfied" is 2.
        assertThat(answers("11400000035")).containsExactly(
                "Website|4.0|null", "Quotation|4.0|null", "Order confirmation|3.0|null", "Delivery|3.0|null",
                "Invoice|2.0|null", "Customer service|3.0|null");
        assertThat(sqlRows(project, "SELECT c.text FROM comments c JOIN respondents r ON r.id = c.respondent_id "
                + "WHERE r.external_id = '11400000035'")).containsExactly("The invoice from Finance was wrong, twice.");
        assertThat(sqlRows(project, "SELECT a.name || '=' || a.value FROM respondent_attributes a "
                + "JOIN respondents r ON r.id = a.respondent_id WHERE r.external_id = '11400000007' ORDER BY 1"))
                .contains("Collector ID=431288107", "In which region do you live?=North");
        assertThat(fileText()).doesNotContain("finn.devries@example.com", "203.0.113.197");
    }

    @Test
    void dutchExport() throws Exception {
        SurveyImport.Result result = importSample("dutch-export.csv");

        assertThat(result.counts().respondents()).isEqualTo(1000);
        assertThat(result.counts().problems()).as("n.v.t. and Weet niet are missing codes, not problems").isZero();
        // The last record starts on line 1018 of the file: 17 comments before it span two lines.
        assertThat(one("SELECT count(*), min(source_row), max(source_row) FROM respondents")).isEqualTo("1000|2|1018");
        assertThat(one("SELECT source_row FROM respondents WHERE external_id = '1000'")).isEqualTo("1018");
        assertThat(touchpointCatalogue()).containsExactly(
                "Website|Marketing|STANDARD|1.0-10.0",
                "Verkoopadvies|Verkoop|STANDARD|1.0-10.0",
                "Offerte|Verkoop|STANDARD|1.0-10.0",
                "Orderbevestiging|Verkoop|STANDARD|1.0-10.0",
                "Levering|Logistiek|MOMENT_OF_TRUTH|1.0-10.0",
                "Installatie|Service|EXCEL|1.0-10.0",
                "Factuur|Financiën|STANDARD|1.0-10.0",
                "Klantenservice|Service|MOMENT_OF_TRUTH|1.0-10.0");
        assertThat(one("SELECT count(*) FROM responses")).isEqualTo("6311");

        // Respondent 229 (file line 232): decimal commas, n.v.t. for installation, Weet niet for the
        // website expectation, "Neutraal" overall (3), recommend 8, a comment with ë (Windows-1252).
        assertThat(one("SELECT source_row, wave, date, overall, recommend FROM respondents WHERE external_id = '229'"))
                .isEqualTo("232|2025-Q1|2025-02-12|3.0|8.0");
        assertThat(answers("229")).containsExactly(
                "Website|7.5|null", "Verkoopadvies|8.5|+", "Offerte|5.5|=", "Orderbevestiging|7.0|=",
                "Levering|7.5|=", "Factuur|6.5|=", "Klantenservice|4.0|-");
        assertThat(sqlRows(project, "SELECT c.text FROM comments c JOIN respondents r ON r.id = c.respondent_id "
                + "WHERE r.external_id = '229'")).containsExactly("Goede ideeën, maar de verkoopadvies kan beter.");
        assertThat(sqlRows(project, "SELECT a.name || '=' || a.value FROM respondent_attributes a "
                + "JOIN respondents r ON r.id = a.respondent_id WHERE r.external_id = '229' ORDER BY 1"))
                .containsExactly("Kanaal=Telefoon", "Regio=West");
    }

    @Test
    void longFormatGroupsRowsPerRespondent() throws Exception {
        SurveyImport.Result result = importSample("long-format.xlsx");

        assertThat(result.counts().rowsRead()).isEqualTo(2517);
        assertThat(result.counts().respondents()).isEqualTo(400);
        assertThat(result.counts().problems()).isZero();
        assertThat(one("SELECT count(*) FROM responses")).as("one answer per data row").isEqualTo("2517");
        assertThat(one("SELECT count(*) FROM touchpoints")).isEqualTo("8");
        assertThat(sqlRows(project, "SELECT d.name FROM departments d ORDER BY d.name"))
                .containsExactly("Finance", "Logistics", "Marketing", "Sales", "Service");
        // RSP-00001 skipped sales advice; the journey order still puts it second. Owners come from the
        // Department column, moment types from the profile's touchpoint settings.
        assertThat(touchpointCatalogue()).containsExactly(
                "Website|Marketing|STANDARD|1.0-7.0",
                "Sales advice|Sales|STANDARD|1.0-7.0",
                "Quotation|Sales|STANDARD|1.0-7.0",
                "Order confirmation|Sales|STANDARD|1.0-7.0",
                "Delivery|Logistics|MOMENT_OF_TRUTH|1.0-7.0",
                "Installation|Service|EXCEL|1.0-7.0",
                "Invoice|Finance|STANDARD|1.0-7.0",
                "Customer service|Service|MOMENT_OF_TRUTH|1.0-7.0");

        // RSP-00001: rows 2–8, seven touchpoints (no sales advice), overall 6 and recommend 6 on each row.
        assertThat(one("SELECT source_row, wave, date, overall, recommend FROM respondents "
                + "WHERE external_id = 'RSP-00001'")).isEqualTo("2|2025-Q1|2025-01-06|6.0|6.0");
        assertThat(answers("RSP-00001")).containsExactly(
                "Website|5.0|=", "Quotation|5.0|=", "Order confirmation|6.0|null", "Delivery|4.0|=",
                "Installation|7.0|+", "Invoice|5.0|=", "Customer service|5.0|=");
        assertThat(one("SELECT r.source_row FROM respondents r WHERE external_id = 'RSP-00002'")).isEqualTo("9");
        assertThat(sqlRows(project, "SELECT a.name || '=' || a.value FROM respondent_attributes a "
                + "JOIN respondents r ON r.id = a.respondent_id WHERE r.external_id = 'RSP-00001'"))
                .containsExactly("Segment=Private");
        assertThat(sqlRows(project, "SELECT c.text FROM comments c JOIN respondents r ON r.id = c.respondent_id "
                + "WHERE r.external_id = 'RSP-00001'")).containsExactly("The installation was excellent, thank you!");
    }

    @Test
    void sameFileAgainIsRefusedUnlessForced() throws Exception {
        importSample("dutch-export.csv");

        assertThatThrownBy(() -> importSample("dutch-export.csv"))
                .isInstanceOf(CxLensException.class)
                .hasMessageStartingWith("The file dutch-export.csv was imported before (import 1,")
                .hasMessageContaining("--force");
        assertThat(one("SELECT count(*) FROM imports")).isEqualTo("1");

        SurveyImport.Result again = importSample("dutch-export.csv", true);

        assertThat(again.importId()).isEqualTo(2);
        assertThat(one("SELECT count(*), count(DISTINCT import_id) FROM respondents")).isEqualTo("2000|2");
        assertThat(one("SELECT count(*) FROM touchpoints")).as("touchpoints reused by name").isEqualTo("8");
    }

    @Test
    void secondWaveReusesTouchpoints() throws Exception {
        Path dutch = SAMPLES.resolve("dutch-export.csv");
        List<String> lines = Files.readAllLines(dutch, java.nio.charset.Charset.forName("windows-1252"));
        // Split the sample in its two waves, as a consultant would receive them.
        Path wave1 = dir.resolve("meting-q1.csv");
        Path wave3 = dir.resolve("meting-q3.csv");
        List<String> first = new ArrayList<>(List.of(lines.get(0)));
        List<String> second = new ArrayList<>(List.of(lines.get(0)));
        for (String line : lines.subList(1, lines.size())) {
            if (line.contains(";2025-Q1;")) {
                first.add(line);
            } else if (line.contains(";2025-Q3;")) {
                second.add(line);
            } else {
                // A comment continued on the next line belongs to the previous respondent.
                (second.size() > 1 ? second : first).add(line);
            }
        }
        Files.write(wave1, first, java.nio.charset.Charset.forName("windows-1252"));
        Files.write(wave3, second, java.nio.charset.Charset.forName("windows-1252"));
        project = dir.resolve("waves.cxlens");
        ProjectFile.create(project).close();
        var mapping = MappingProfile.read(SAMPLES.resolve("dutch-export.csv.mapping.json"));

        for (Path wave : List.of(wave1, wave3)) {
            try (ProjectFile target = ProjectFile.open(project)) {
                SurveyImport.Result r = SurveyImport.run(wave, ReadOptions.DETECT, mapping, false, target, Progress.NONE);
                assertThat(r.counts().respondents()).isEqualTo(500);
                assertThat(r.counts().problems()).isZero();
            }
        }

        assertThat(one("SELECT count(*) FROM touchpoints")).isEqualTo("8");
        assertThat(one("SELECT count(*) FROM departments")).isEqualTo("5");
        assertThat(sqlRows(project, "SELECT import_id, wave, count(*) FROM respondents GROUP BY import_id, wave ORDER BY 1"))
                .containsExactly("1|2025-Q1|500", "2|2025-Q3|500");
        assertThat(one("SELECT count(DISTINCT touchpoint_id) FROM responses r JOIN respondents p "
                + "ON p.id = r.respondent_id WHERE p.import_id = 2")).isEqualTo("8");
    }
}
