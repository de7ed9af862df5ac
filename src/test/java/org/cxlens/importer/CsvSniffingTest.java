package org.cxlens.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cxlens.domain.CxLensException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvSniffingTest {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }

    @ParameterizedTest
    @ValueSource(chars = {',', ';', '\t', '|'})
    void detectsEachDelimiter(char d) throws Exception {
        String text = String.join("\n",
                "Respondent" + d + "Afdeling" + d + "Tevredenheid",
                "1" + d + "Klantenservice" + d + "4",
                "2" + d + "\"Verkoop" + d + " binnendienst\"" + d + "5",
                "3" + d + "Logistiek" + d + "3") + "\n";
        Path file = write("data.csv", text.getBytes(StandardCharsets.UTF_8));

        Preview preview = SurveyFiles.preview(file, ReadOptions.DETECT);

        assertThat(preview.dialect().delimiter()).isEqualTo(d);
        assertThat(preview.columns()).extracting(SourceColumn::name)
                .containsExactly("Respondent", "Afdeling", "Tevredenheid");
        assertThat(preview.sampleRows()).hasSize(3);
        assertThat(preview.sampleRows().get(1).cells()).containsExactly("2", "Verkoop" + d + " binnendienst", "5");
    }

    @Test
    void commasInsideQuotedQuestionTextsDoNotMakeCommaTheDelimiter() throws Exception {
        String text = """
                id;"Hoe tevreden bent u, alles bij elkaar?";"Toelichting, indien gewenst"
                1;8;"Snel, vriendelijk, goed"
                2;6;"Traag, maar netjes"
                3;9;Prima
                """;
        Path file = write("semi.csv", text.getBytes(StandardCharsets.UTF_8));

        Preview preview = SurveyFiles.preview(file, ReadOptions.DETECT);

        assertThat(preview.dialect().delimiter()).isEqualTo(';');
        assertThat(preview.columns().get(1).name()).isEqualTo("Hoe tevreden bent u, alles bij elkaar?");
    }

    @Test
    void excelSeparatorHintSetsTheDelimiterAndIsNoHeader() throws Exception {
        // Without the hint, the comma would win: every line has exactly one.
        Path file = write("hint.csv", "sep=;\nnaam,afdeling\nAnna,Verkoop\nBram,Inkoop\n".getBytes(StandardCharsets.UTF_8));

        Preview preview = SurveyFiles.preview(file, ReadOptions.DETECT);

        assertThat(preview.dialect().delimiter()).isEqualTo(';');
        assertThat(preview.columns()).extracting(SourceColumn::name).containsExactly("naam,afdeling");
        assertThat(preview.sampleRows()).extracting(SourceRow::rowNumber).containsExactly(3, 4);
    }

    @Test
    void utf8WithoutBom() throws Exception {
        Path file = write("utf8.csv", "naam,opmerking\nRenée,\"Café — prima € 5\"\n".getBytes(StandardCharsets.UTF_8));

        Preview preview = SurveyFiles.preview(file, ReadOptions.DETECT);

        assertThat(preview.dialect().charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(preview.dialect().bom()).isFalse();
        assertThat(preview.sampleRows().get(0).cells()).containsExactly("Renée", "Café — prima € 5");
    }

    @Test
    void utf8WithBomKeepsTheBomOutOfTheFirstHeader() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        Path file = write("bom.csv", concat(bom, "Respondent,Score\n1,ë\n".getBytes(StandardCharsets.UTF_8)));

        Preview preview = SurveyFiles.preview(file, ReadOptions.DETECT);

        assertThat(preview.dialect().charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(preview.dialect().bom()).isTrue();
        assertThat(preview.columns().get(0).name()).isEqualTo("Respondent");
        assertThat(preview.sampleRows().get(0).cells()).containsExactly("1", "ë");
    }

    @Test
    void aByteOrderMarkIsSkippedAlsoWhenTheUserChoseTheDialect() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        Path file = write("bom2.csv", concat(bom, "Respondent;Score\n1;8\n".getBytes(StandardCharsets.UTF_8)));
        CsvDialect chosen = new CsvDialect(';', StandardCharsets.UTF_8, false, ',');

        Preview preview = SurveyFiles.preview(file, new ReadOptions(null, chosen, null));

        assertThat(preview.columns().get(0).name()).isEqualTo("Respondent");
    }

    @Test
    void utf16LittleEndianWithBom() throws Exception {
        byte[] bom = {(byte) 0xFF, (byte) 0xFE};
        byte[] body = "Naam\tStad\nZoë\tÉpinal\n".getBytes(StandardCharsets.UTF_16LE);
        Path file = write("utf16.txt", concat(bom, body));

        Preview preview = SurveyFiles.preview(file, ReadOptions.DETECT);

        assertThat(preview.format()).isEqualTo(FileFormat.CSV);
        assertThat(preview.dialect().charset()).isEqualTo(StandardCharsets.UTF_16LE);
        assertThat(preview.dialect().delimiter()).isEqualTo('\t');
        assertThat(preview.columns()).extracting(SourceColumn::name).containsExactly("Naam", "Stad");
        assertThat(preview.sampleRows().get(0).cells()).containsExactly("Zoë", "Épinal");
    }

    @Test
    void windows1252IsDecodedRight() throws Exception {
        String text = "Afdeling;Opmerking;Bedrag\nRéception;Heel geïnteresseerd;€ 12\n";
        Path file = write("dutch-excel.csv", text.getBytes(WINDOWS_1252));

        Preview preview = SurveyFiles.preview(file, ReadOptions.DETECT);

        assertThat(preview.dialect().charset()).isEqualTo(WINDOWS_1252);
        assertThat(preview.sampleRows().get(0).cells()).containsExactly("Réception", "Heel geïnteresseerd", "€ 12");
        try (RowSource rows = SurveyFiles.openData(file, preview)) {
            assertThat(rows.next().cells()).containsExactly("Réception", "Heel geïnteresseerd", "€ 12");
            assertThat(rows.next()).isNull();
        }
    }

    @Test
    void multiByteCharacterCutAtTheEndOfTheProbeStillCountsAsUtf8() throws Exception {
        // The encoding probe reads the first 1 MiB; put an "é" (C3 A9) right across that boundary.
        int probe = 1 << 20;
        StringBuilder text = new StringBuilder("id,tekst\n");
        while (text.length() + 13 + 3 <= probe - 1) {
            text.append("1,abcdefghij\n");
        }
        int rest = probe - 1 - text.length();
        text.append("2,").append("x".repeat(rest - 2)).append("é\n");
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        assertThat(bytes[probe - 1]).isEqualTo((byte) 0xC3);
        Path file = write("cut.csv", bytes);

        Preview preview = SurveyFiles.preview(file, ReadOptions.DETECT);

        assertThat(preview.dialect().charset()).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void decimalCommaWithSemicolons() throws Exception {
        String text = "id;cijfer;gewicht\n1;7,5;1\n2;8;0,75\n3;6,5;1,25\n";
        Path file = write("komma.csv", text.getBytes(StandardCharsets.UTF_8));

        CsvDialect dialect = SurveyFiles.preview(file, ReadOptions.DETECT).dialect();

        assertThat(dialect.delimiter()).isEqualTo(';');
        assertThat(dialect.decimalSeparator()).isEqualTo(',');
    }

    @Test
    void decimalPointWhenNumbersUseDots() throws Exception {
        String text = "id;cijfer\n1;7.5\n2;8\n";
        Path file = write("punt.csv", text.getBytes(StandardCharsets.UTF_8));

        assertThat(SurveyFiles.preview(file, ReadOptions.DETECT).dialect().decimalSeparator()).isEqualTo('.');
    }

    @Test
    void givenDialectOverridesSniffing() throws Exception {
        Path file = write("pipe.txt", "a|b,c\n1|2,3\n".getBytes(StandardCharsets.UTF_8));
        CsvDialect pipe = new CsvDialect('|', StandardCharsets.UTF_8, false, '.');

        Preview preview = SurveyFiles.preview(file, new ReadOptions(null, pipe, null));

        assertThat(preview.dialect()).isEqualTo(pipe);
        assertThat(preview.columns()).extracting(SourceColumn::name).containsExactly("a", "b,c");
    }

    @Test
    void invalidBytesLaterInAUtf8FileAreReportedWithTheirLine() throws Exception {
        StringBuilder text = new StringBuilder("id,tekst\n");
        for (int i = 0; i < 120_000; i++) {
            text.append(i).append(",regel\n");
        }
        byte[] start = text.toString().getBytes(StandardCharsets.UTF_8);
        byte[] bad = "999999,caf\u00e9\n".getBytes(WINDOWS_1252);
        Path file = write("mixed.csv", concat(start, bad));
        Preview preview = SurveyFiles.preview(file, ReadOptions.DETECT);
        assertThat(preview.dialect().charset()).isEqualTo(StandardCharsets.UTF_8);

        try (RowSource rows = SurveyFiles.openData(file, preview)) {
            CxLensException error = null;
            try {
                while (rows.next() != null) {
                    // read on until the bad line
                }
            } catch (CxLensException e) {
                error = e;
            }
            assertThat(error).isNotNull();
            assertThat(error.userMessage().key()).isEqualTo("importer.read.csvEncoding");
            assertThat(error.getMessage()).contains("mixed.csv").contains("line 120002;");
        }
    }
}
