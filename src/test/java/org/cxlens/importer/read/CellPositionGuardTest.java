package org.cxlens.importer.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A sheet part is refused at the first cell position beyond column XFD, however it is read. */
class CellPositionGuardTest {

    private static final String PART = "xl/worksheets/sheet1.xml";

    @Test
    void positionsUpToThreeLettersPassWhateverTheQuotesAndSpaces() throws IOException {
        String sheet = "<row r=\"1\"><c r=\"A1\" t=\"n\"><v>5</v></c><c r = 'XFD1'><v>1</v></c>"
                + "<c\tr=\"ab12\"/></row>";

        assertThat(readInChunks(sheet, 4096)).isEqualTo(sheet);
        assertThat(readByteByByte(sheet)).isEqualTo(sheet);
    }

    @Test
    void aPositionWithFourLettersIsRefusedWhereverTheReadsSplitIt() {
        String sheet = "<row r=\"3\"><c r=\"A3\"><v>1</v></c><c r=\"ZZZZ3\"><v>2</v></c></row>";

        for (int chunk = 1; chunk <= sheet.length(); chunk++) {
            int size = chunk;
            assertThatThrownBy(() -> readInChunks(sheet, size)).as("chunks of %d", size)
                    .isInstanceOf(PartLimitException.class).hasMessageContaining("XFD").hasMessageContaining(PART);
        }
        assertThatThrownBy(() -> readByteByByte(sheet)).isInstanceOf(PartLimitException.class);
    }

    @Test
    void lettersOutsideAPositionAttributeAreNotPositions() throws IOException {
        String sheet = "<row><c r=\"B2\" ref=\"ABCDEF1\" xr=\"ZZZZZ9\"><is><t>r=\"ZZZZZZ1\"</t></is></c></row>";

        assertThat(readInChunks(sheet, 7)).isEqualTo(sheet);
    }

    private static String readInChunks(String sheet, int chunk) throws IOException {
        try (InputStream in = guard(sheet)) {
            StringBuilder read = new StringBuilder();
            byte[] buffer = new byte[chunk];
            for (int n = in.read(buffer, 0, chunk); n >= 0; n = in.read(buffer, 0, chunk)) {
                read.append(new String(buffer, 0, n, StandardCharsets.US_ASCII));
            }
            return read.toString();
        }
    }

    private static String readByteByByte(String sheet) throws IOException {
        try (InputStream in = guard(sheet)) {
            StringBuilder read = new StringBuilder();
            for (int b = in.read(); b >= 0; b = in.read()) {
                read.append((char) b);
            }
            return read.toString();
        }
    }

    private static InputStream guard(String sheet) {
        return new CellPositionGuard(new ByteArrayInputStream(sheet.getBytes(StandardCharsets.US_ASCII)),
                Path.of("survey.xlsx"), PART);
    }
}
