package org.cxlens.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.cxlens.testing.TestFiles.sqlRows;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.cxlens.domain.ColumnRole;
import org.cxlens.domain.CxLensException;
import org.cxlens.domain.ImportCounts;
import org.cxlens.domain.Progress;
import org.cxlens.domain.Scale;
import org.cxlens.importer.mapping.ColumnMapping;
import org.cxlens.importer.mapping.Mapping;
import org.cxlens.importer.mapping.MappingProfile;
import org.cxlens.importer.mapping.Shape;
import org.cxlens.storage.ProjectFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whole imports with the reading options a user gives, and files that end in the middle of a row. */
class ImportOptionsTest {

    @TempDir
    Path dir;

    /** Into a project named after the file, created by the first import of the file. */
    private SurveyImport.Result importFile(Path file, ReadOptions options, Mapping mapping, String wave)
            throws CxLensException {
        Path project = dir.resolve(file.getFileName() + ".cxlens");
        try (ProjectFile target = Files.exists(project) ? ProjectFile.open(project) : ProjectFile.create(project)) {
            return SurveyImport.run(file, options, mapping, wave, false, target, Progress.NONE);
        }
    }

    private static Mapping websiteMapping(Character delimiter) {
        Mapping m = new Mapping(Shape.WIDE, HeaderLayout.SINGLE, null, List.of(
                ColumnMapping.of("id", ColumnRole.RESPONDENT_ID),
                ColumnMapping.touchpointScore("Website", "Website", Scale.of(0, 10), 1)), null, null);
        return m.withDialectOverrides(new DialectOverrides(null, delimiter, null));
    }

    @Test
    void theCommandLineWinsOverTheMappingFileWhichWinsOverDetection() throws Exception {
        Path file = Files.writeString(dir.resolve("pipes.csv"), "id|Website\nA1|8\nA2|7,5\n");
        ReadOptions commandLine = ReadOptions.DETECT.withOverrides(new DialectOverrides(null, '|', ','));

        CxLensException wrongDelimiter = catchThrowableOfType(CxLensException.class,
                () -> importFile(file, ReadOptions.DETECT, websiteMapping(';'), null));
        SurveyImport.Result result = importFile(file, commandLine, websiteMapping(';'), null);

        assertThat(wrongDelimiter.userMessage().render(Locale.ENGLISH)).as("the mapping's ';' was used over the detected '|'")
                .isEqualTo("The mapping names column “id”, which is not in pipes.csv; remove it from the mapping or choose the right file.");
        assertThat(result.counts()).isEqualTo(new ImportCounts(2, 2, 0, 0));
        assertThat(result.preview().dialect().delimiter()).isEqualTo('|');
        Mapping stored = MappingProfile.fromJson(sqlRows(dir.resolve("pipes.csv.cxlens"),
                "SELECT mapping_json FROM imports").get(0), "stored");
        assertThat(stored.dialectOverrides()).as("what the command line fixed is kept with the import")
                .isEqualTo(new DialectOverrides(null, '|', ','));
        assertThat(sqlRows(dir.resolve("pipes.csv.cxlens"), "SELECT score FROM responses ORDER BY respondent_id"))
                .as("7,5 read with the decimal comma given").containsExactly("8.0", "7.5");
    }

    @Test
    void theMappingFilesEncodingIsUsedWhenTheCommandLineGivesNone() throws Exception {
        Charset cp949 = DialectNames.encoding("cp949");
        Path file = Files.write(dir.resolve("ko.csv"), "id,Website,지역\nA1,8,서울\n".getBytes(cp949));
        Mapping mapping = websiteMapping(null).withDialectOverrides(new DialectOverrides(cp949, null, null));

        SurveyImport.Result result = importFile(file, ReadOptions.DETECT, mapping, null);

        assertThat(result.preview().dialect().charset()).isEqualTo(cp949);
        assertThat(sqlRows(dir.resolve("ko.csv.cxlens"), "SELECT name || '=' || value FROM respondent_attributes"))
                .containsExactly("지역=서울");
    }

    @Test
    void aWaveGivenForTheFileIsStoredForEveryRespondent() throws Exception {
        Path file = Files.writeString(dir.resolve("2018.csv"), "id,Website\nA1,8\nA2,7\n");

        importFile(file, ReadOptions.DETECT, websiteMapping(null), "2018");

        assertThat(sqlRows(dir.resolve("2018.csv.cxlens"), "SELECT external_id || ':' || wave FROM respondents ORDER BY id"))
                .containsExactly("A1:2018", "A2:2018");
    }

    @Test
    void aQuoteLeftOpenInTheLastRowSkipsThatRowWithAProblem() throws Exception {
        Path file = Files.writeString(dir.resolve("cut.csv"), "id,Website,Comment\nA1,8,fine\nA2,9,\"Friendly but\nslo");

        SurveyImport.Result result = importFile(file, ReadOptions.DETECT, null, null);

        assertThat(result.counts()).isEqualTo(new ImportCounts(2, 1, 1, 1));
        assertThat(sqlRows(dir.resolve("cut.csv.cxlens"), "SELECT row || '|' || reason_code FROM problems"))
                .containsExactly("3|importer.load.cutOffRecord");
        try (ProjectFile project = ProjectFile.open(dir.resolve("cut.csv.cxlens"))) {
            assertThat(project.problems(result.importId(), 5).get(0).reason().render(Locale.ENGLISH)).isEqualTo(
                    "The file ends inside a quoted field that starts on line 3 (the file ends on line 4): the file looks"
                            + " cut off, and this last row is not imported.");
        }
    }

    @Test
    void aLastLineWithTooFewCellsIsImportedAndFlagged() throws Exception {
        Path file = Files.writeString(dir.resolve("kort.csv"), "id,Website,Delivery\nA1,8,7\nA2,9");

        SurveyImport.Result result = importFile(file, ReadOptions.DETECT, null, null);

        assertThat(result.counts().respondents()).isEqualTo(2);
        assertThat(sqlRows(dir.resolve("kort.csv.cxlens"), "SELECT row || '|' || reason_code FROM problems ORDER BY rowid"))
                .containsExactly("3|importer.load.shortRow", "3|importer.load.shortLastRow");
    }
}
