package org.cxlens.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.cxlens.domain.Progress;
import org.junit.jupiter.api.Test;

class RespondentsCsvWriterTest {

    @Test
    void writesUtf8WithAByteOrderMarkEveryFormulaNeutralisedAndNumbersPlain() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new RespondentsCsvWriter(CsvDialect.COMMA).write(OfficeBooks.book(Locale.forLanguageTag("nl")), ListedRespondents.three(), out,
                Progress.NONE);
        byte[] bytes = out.toByteArray();
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("\uFEFF"
                + "Respondent,Region,Website: class,Score\r\n"
                + "R01,Zürich,Delighted,9\r\n"
                + "'=SUM(A1:A9),'@North,Satisfied,-2.5\r\n"
                + "-12,\"'\tTab, \"\"quoted\"\"\",,7\r\n");
    }

    @Test
    void forExcelWithADecimalCommaSeparatesBySemicolonsAndWritesDecimalCommas() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new RespondentsCsvWriter(CsvDialect.SEMICOLON).write(OfficeBooks.book(Locale.forLanguageTag("nl")),
                ListedRespondents.three(), out, Progress.NONE);
        assertThat(new String(out.toByteArray(), StandardCharsets.UTF_8)).isEqualTo("\uFEFF"
                + "Respondent;Region;Website: class;Score\r\n"
                + "R01;Zürich;Delighted;9\r\n"
                + "'=SUM(A1:A9);'@North;Satisfied;-2,5\r\n"
                + "-12;\"'\tTab, \"\"quoted\"\"\";;7\r\n");
    }
}
