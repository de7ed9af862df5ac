package org.cxlens.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DutchCsvWriterTest {

    @TempDir
    Path dir;

    private Path file;
    private List<String[]> rows;

    @BeforeEach
    void write() throws Exception {
        SurveyGenerator generator = new SurveyGenerator(Journey.standard(), GeneratorOptions.of(Language.DUTCH),
                41L, 600);
        file = TestFiles.write(SampleLayout.DUTCH_CSV, generator, dir.resolve("nl.csv"));
        rows = TestFiles.readCsv(file, DutchCsvWriter.WINDOWS_1252, ';');
    }

    @Test
    void headerUsesDutchNamesSeparatedBySemicolons() throws Exception {
        assertThat(rows.get(0)).containsExactly("Respondentnummer", "Meting", "Datum", "Rapportcijfer Website",
                "Rapportcijfer Verkoopadvies", "Rapportcijfer Offerte", "Rapportcijfer Orderbevestiging",
                "Rapportcijfer Levering", "Rapportcijfer Installatie", "Rapportcijfer Factuur",
                "Rapportcijfer Klantenservice", "Verwachting Website", "Verwachting Verkoopadvies",
                "Verwachting Offerte", "Verwachting Orderbevestiging", "Verwachting Levering",
                "Verwachting Installatie", "Verwachting Factuur", "Verwachting Klantenservice",
                "Tevredenheid algemeen", "Aanbevelen", "Regio", "Kanaal", "Toelichting");
        String firstLine = Files.readAllLines(file, DutchCsvWriter.WINDOWS_1252).get(0);
        assertThat(firstLine).startsWith("Respondentnummer;Meting;Datum;Rapportcijfer Website;");
    }

    @Test
    void isWindows1252NotUtf8() throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        // "ë" is the single byte EB in Windows-1252 and C3 AB in UTF-8.
        assertThat(indexOf(bytes, new byte[] {'i', (byte) 0xEB, 'n'})).isNotNegative();
        assertThat(indexOf(bytes, new byte[] {(byte) 0xC3, (byte) 0xAB})).isNegative();
        assertThat(new String(bytes, DutchCsvWriter.WINDOWS_1252)).contains("Financiën");
        assertThat(new String(bytes, StandardCharsets.UTF_8)).doesNotContain("Financiën");
    }

    @Test
    void gradesUseDecimalCommasAndNvtAndLabelsAreDutch() {
        List<String> grades = new ArrayList<>();
        for (String[] row : rows.subList(1, rows.size())) {
            assertThat(row).hasSize(24);
            assertThat(row[2]).matches("\\d\\d-\\d\\d-2025");
            for (int c = 3; c < 11; c++) {
                grades.add(row[c]);
                assertThat(row[c]).matches("n\\.v\\.t\\.|10|[1-9](,5)?");
                if (row[c].equals("n.v.t.")) {
                    assertThat(row[c + 8]).isEmpty();
                } else {
                    assertThat(row[c + 8]).isIn("Slechter dan verwacht", "Zoals verwacht", "Beter dan verwacht",
                            "Weet niet");
                }
            }
            assertThat(row[19]).isIn(Labels.SATISFACTION_NL);
            assertThat(Integer.parseInt(row[20])).isBetween(0, 10);
            assertThat(row[21]).isIn("Noord", "Oost", "Zuid", "West");
            assertThat(row[22]).isIn("Web", "Telefoon", "Winkel");
        }
        assertThat(rows).hasSize(601);
        assertThat(grades).contains("n.v.t.", "8", "10").anyMatch(g -> g.endsWith(",5"));
        long halves = grades.stream().filter(g -> g.endsWith(",5")).count();
        assertThat(halves).isBetween(100L, 600L);
        assertThat(rows.get(1)[1]).isEqualTo("2025-Q1");
        assertThat(rows.get(600)[1]).isEqualTo("2025-Q3");
    }

    @Test
    void commentsWithSemicolonsQuotesAndLineBreaksSurvive() {
        List<String> comments = rows.subList(1, rows.size()).stream().map(r -> r[23]).toList();
        assertThat(comments).anyMatch(c -> c.contains("\n")).anyMatch(c -> c.contains("\""))
                .anyMatch(c -> c.contains(";"));
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
