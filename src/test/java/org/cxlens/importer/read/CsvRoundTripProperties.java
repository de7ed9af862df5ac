package org.cxlens.importer.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.cxlens.importer.CsvDialect;
import org.cxlens.importer.DialectOverrides;
import org.cxlens.importer.FileFormat;
import org.cxlens.importer.SourceRow;

/**
 * Any table written as CSV in any dialect the reader supports reads back, through format
 * detection and the sniffer (no dialect given), as the same cells.
 *
 * <p>Dialects: delimiter , ; tab or |; UTF-8 with or without BOM, UTF-16 LE or BE with BOM, or
 * Windows-1252; records ending in LF, CR LF or CR, with or without a last line end; line breaks
 * inside cells written as LF or as the record's line end; cells quoted only when needed, or all.
 * The double quote is the only quote character (the one Excel and the survey tools write).
 *
 * <p>What is generated is what can fairly be sniffed: two to six columns and a header plus two
 * to seven data rows, all with the same number of cells; a header of distinct, non-empty names
 * of letters, digits and spaces; a first column that is never blank (a record of blank cells is
 * skipped, as a blank line is). Cells mix letters, digits, spaces, quotes, line breaks, every
 * candidate delimiter, a no-break space, U+FEFF and characters outside Latin-1 (a CJK ideograph,
 * an emoji beyond the BMP) where the encoding has them. A cell holding any candidate delimiter is
 * quoted, as RFC 4180 allows: unquoted, a second delimiter splitting every row the same way
 * could win the vote. What the reader changes on purpose is expected: a line break in a cell
 * reads as LF; control characters are not generated (the reader removes them).
 */
class CsvRoundTripProperties {

    private static final char[] DELIMITERS = {',', ';', '\t', '|'};
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    enum Encoding {
        UTF_8(StandardCharsets.UTF_8, new byte[0]),
        UTF_8_BOM(StandardCharsets.UTF_8, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}),
        UTF_16LE_BOM(StandardCharsets.UTF_16LE, new byte[] {(byte) 0xFF, (byte) 0xFE}),
        UTF_16BE_BOM(StandardCharsets.UTF_16BE, new byte[] {(byte) 0xFE, (byte) 0xFF}),
        CP_1252(WINDOWS_1252, new byte[0]);

        final Charset charset;
        final byte[] bom;

        Encoding(Charset charset, byte[] bom) {
            this.charset = charset;
            this.bom = bom;
        }
    }

    record Dialect(char delimiter, Encoding encoding, String lineEnd, boolean cellBreaksAsLineEnd,
                   boolean quoteAll, boolean finalLineEnd) {
    }

    record Case(Dialect dialect, List<List<String>> table) {
    }

    @Property(tries = 300)
    void anyTableReadsBackAsTheSameCells(@ForAll("cases") Case c) throws Exception {
        Path file = Files.createTempFile("roundtrip", ".csv");
        try {
            Files.write(file, write(c.table(), c.dialect()));

            assertThat(FormatDetector.detect(file)).isEqualTo(FileFormat.CSV);
            CsvDialect sniffed = CsvSniffer.sniff(file, DialectOverrides.NONE);
            assertThat(sniffed.delimiter()).isEqualTo(c.dialect().delimiter());
            assertThat(sniffed.charset()).isEqualTo(c.dialect().encoding().charset);
            TextKind.requireTable(file, sniffed);
            assertThat(read(file, sniffed)).isEqualTo(c.table());
        } finally {
            Files.delete(file);
        }
    }

    private static List<List<String>> read(Path file, CsvDialect dialect) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        try (CsvRowSource source = CsvRowSource.open(file, dialect)) {
            SourceRow row;
            while ((row = source.next()) != null) {
                assertThat(source.cleanedColumns()).isEmpty();
                rows.add(List.of(row.cells()));
            }
            assertThat(source.cutOff()).isNull();
        }
        return rows;
    }

    private static byte[] write(List<List<String>> table, Dialect d) {
        StringBuilder text = new StringBuilder();
        for (int r = 0; r < table.size(); r++) {
            List<String> row = table.get(r);
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    text.append(d.delimiter());
                }
                text.append(field(row.get(i), d));
            }
            if (r < table.size() - 1 || d.finalLineEnd()) {
                text.append(d.lineEnd());
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(d.encoding().bom);
        out.writeBytes(text.toString().getBytes(d.encoding().charset));
        return out.toByteArray();
    }

    private static String field(String cell, Dialect d) {
        boolean quote = d.quoteAll() || cell.contains("\"") || cell.contains("\n");
        for (char delimiter : DELIMITERS) {
            quote |= cell.indexOf(delimiter) >= 0;
        }
        String breaks = d.cellBreaksAsLineEnd() ? cell.replace("\n", d.lineEnd()) : cell;
        return quote ? "\"" + breaks.replace("\"", "\"\"") + "\"" : breaks;
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<Dialect> dialects = Combinators.combine(
                Arbitraries.of(',', ';', '\t', '|'), Arbitraries.of(Encoding.class), Arbitraries.of("\n", "\r\n", "\r"),
                Arbitraries.of(true, false), Arbitraries.of(true, false), Arbitraries.of(true, false))
                .as(Dialect::new);
        return dialects.flatMap(d -> tables(d.encoding()).map(t -> new Case(d, t)));
    }

    private static Arbitrary<List<List<String>>> tables(Encoding encoding) {
        List<String> cellTokens = new ArrayList<>(List.of("a", "Z", "é", "ß", "7", "0.5", " ", "\"", "\n", ",", ";",
                "\t", "|", "'", "\u00A0", "ë"));
        List<String> nameTokens = new ArrayList<>(List.of("a", "b", "Q", "é", "ü", "1", "2", " "));
        if (encoding != Encoding.CP_1252) {
            cellTokens.addAll(List.of("中", "\uD83D\uDE00", "\uFEFF", "Ω"));
            nameTokens.addAll(List.of("中", "Ω"));
        }
        Arbitrary<String> cells = Arbitraries.of(cellTokens).list().ofMaxSize(8).map(l -> String.join("", l));
        Arbitrary<String> firstCells = cells.filter(s -> !s.isBlank());
        Arbitrary<String> names = Arbitraries.of(nameTokens).list().ofMinSize(1).ofMaxSize(6)
                .map(l -> String.join("", l)).filter(s -> !s.isBlank());
        return Arbitraries.integers().between(2, 6).flatMap(width -> Combinators.combine(
                names.list().ofSize(width).uniqueElements(),
                Combinators.combine(firstCells, cells.list().ofSize(width - 1))
                        .as((first, rest) -> {
                            List<String> row = new ArrayList<>(List.of(first));
                            row.addAll(rest);
                            return List.copyOf(row);
                        }).list().ofMinSize(2).ofMaxSize(7))
                .as((header, data) -> {
                    List<List<String>> table = new ArrayList<>();
                    table.add(List.copyOf(header));
                    table.addAll(data);
                    return List.copyOf(table);
                }));
    }
}
