package org.cxlens.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.cxlens.domain.CxLensException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Encoding, delimiter and decimal mark fixed by the user where detection cannot know them. */
class DialectOverridesTest {

    private static final Charset CP949 = DialectNames.encoding("cp949");
    /** Relative to the repository root, where Maven runs the tests; absent outside the development set-up. */
    private static final Path KOREAN_LONG = Path.of("../shared/dev-surveys/kr-forest-long/satisfaction.csv");

    @TempDir
    Path dir;

    private static ReadOptions fixed(Charset encoding, Character delimiter, Character decimal) {
        return ReadOptions.DETECT.withOverrides(new DialectOverrides(encoding, delimiter, decimal));
    }

    @Test
    void cp949IsMicrosoftsKoreanCodePageNotIbms() {
        // Java's own "cp949" is IBM-949, which reads the bytes of 매우 (B8 C5 BF EC) otherwise.
        assertThat(CP949.name()).isEqualTo("x-windows-949");
        assertThat(new String(new byte[] {(byte) 0xB8, (byte) 0xC5, (byte) 0xBF, (byte) 0xEC}, CP949)).isEqualTo("매우");
        assertThat(DialectNames.encodingName(CP949)).isEqualTo("cp949");
        assertThat(DialectNames.encoding("Windows-1252")).isEqualTo(Charset.forName("windows-1252"));
        assertThat(DialectNames.encoding("klingon")).isNull();
    }

    @Test
    void aKoreanFileIsReadInTheEncodingTheUserNames() throws Exception {
        Path file = Files.write(dir.resolve("만족도.csv"),
                "응답자,질문,답변\nr1,숲 체험,매우 만족\nr2,숲 체험,불만족\n".getBytes(CP949));

        Preview preview = SurveyFiles.preview(file, fixed(CP949, null, null));

        assertThat(preview.dialect().charset()).isEqualTo(CP949);
        assertThat(preview.columns()).extracting(SourceColumn::name).containsExactly("응답자", "질문", "답변");
        assertThat(preview.sampleRows()).extracting(r -> r.cell(2)).containsExactly("매우 만족", "불만족");
    }

    @Test
    void anUndecodableFileNamesTheOptionThatFixesIt() throws Exception {
        // 갃 is one of the Korean syllables only Microsoft's code page has: its lead byte 0x81 is not Windows-1252.
        Path file = Files.write(dir.resolve("ko.csv"), "id,이름\n1,김갃\n".getBytes(CP949));

        CxLensException e = catchThrowableOfType(CxLensException.class,
                () -> SurveyFiles.preview(file, ReadOptions.DETECT));

        assertThat(e.userMessage().render(Locale.ENGLISH)).isEqualTo("The file ko.csv is not valid windows-1252 text on line 2;"
                + " give its encoding with --encoding (for example windows-1252, utf-8, utf-16le or cp949)"
                + " or as \"encoding\" in the mapping file.");
        assertThat(SurveyFiles.preview(file, fixed(CP949, null, null)).sampleRows().get(0).cell(1)).isEqualTo("김갃");
    }

    @Test
    void aFixedDelimiterWinsOverTheGuess() throws Exception {
        // Both ',' and ';' split every line in two; ',' is preferred on a tie, which is wrong here.
        Path file = Files.writeString(dir.resolve("tie.csv"), "id;remark,short\n1;fast,friendly\n2;slow,rude\n");

        assertThat(SurveyFiles.preview(file, ReadOptions.DETECT).dialect().delimiter()).isEqualTo(',');
        Preview preview = SurveyFiles.preview(file, fixed(null, ';', null));

        assertThat(preview.columns()).extracting(SourceColumn::name).containsExactly("id", "remark,short");
        assertThat(preview.sampleRows().get(1).cells()).containsExactly("2", "slow,rude");
        assertThat(preview.dialect().charset()).as("still detected").isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void aFixedDecimalMarkWinsOverTheGuess() throws Exception {
        // Thousands written 1,250 look like decimal commas to the sniffer.
        Path file = Files.writeString(dir.resolve("amounts.csv"), "id;amount\n1;1,250\n2;3,500\n");

        assertThat(SurveyFiles.preview(file, ReadOptions.DETECT).dialect().decimalSeparator()).isEqualTo(',');
        assertThat(SurveyFiles.preview(file, fixed(null, null, '.')).dialect().decimalSeparator()).isEqualTo('.');
    }

    @Test
    void theRealKoreanExportReadsWithCp949() throws Exception {
        assumeTrue(Files.exists(KOREAN_LONG), "the development surveys are not next to the repository");

        Preview preview = SurveyFiles.preview(KOREAN_LONG, fixed(CP949, null, null));

        assertThat(preview.columns()).extracting(SourceColumn::questionText).contains("설문 답변 일련번호");
        assertThat(preview.sampleRows()).extracting(r -> r.cell(3)).contains("남자", "여자");
    }
}
