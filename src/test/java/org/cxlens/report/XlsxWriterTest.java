package org.cxlens.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cxlens.domain.Progress;
import org.junit.jupiter.api.Test;

class XlsxWriterTest {

    @Test
    void writesAWorkbook() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XlsxWriter().write(OfficeBooks.book(Locale.ENGLISH), ListedRespondents.three(), out, Progress.NONE);
        Files.write(Path.of("/tmp/office-test.xlsx"), out.toByteArray());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(11);
        }
    }
}
