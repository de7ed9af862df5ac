package org.cxlens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportWriterTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "=SUM(A1:A9)|'=SUM(A1:A9)",
            "+31 6 1234|'+31 6 1234",
            "-x|'-x",
            "@cmd|'@cmd",
            "-12.5|-12.5",
            "+3|+3",
            "North|North"})
    void formulaLikeCellsGetAnApostropheButNumbersDoNot(String cell, String written) {
        assertThat(ReportWriter.safeCsvCell(cell)).isEqualTo(written);
    }

    private static Report report() {
        return new Report.Builder("T").context("base", "Base", Cell.count(1234))
                .column("group", "Group").column("share", "share %").column("ci", "95 % CI").column("low", "low base")
                .row(List.of(Cell.text("a \"quoted\", name"), Cell.percent(0.12345), Cell.percentInterval(0.1, 0.15),
                        Cell.flag(true)))
                .row(List.of(Cell.text("b"), Cell.percent(Double.NaN), Cell.percentInterval(Double.NaN, Double.NaN),
                        Cell.flag(false)))
                .build();
    }

    @Test
    void csvQuotesAndSplitsIntervals() {
        assertThat(render(OutputFormat.csv)).isEqualTo("group,share,ci_low,ci_high,low\r\n"
                + "\"a \"\"quoted\"\", name\",12.3,10.0,15.0,true\r\n"
                + "b,,,,false\r\n");
    }

    @Test
    void jsonKeepsNumbersAsNumbersAndMissingAsNull() {
        String json = render(OutputFormat.json).replaceAll("\\s", "");
        assertThat(json).contains("\"base\":1234")
                .contains("\"share\":12.3,\"ci\":{\"low\":10.0,\"high\":15.0},\"low\":true")
                .contains("\"share\":null,\"ci\":{\"low\":null,\"high\":null},\"low\":false");
    }

    @Test
    void tableRightAlignsNumbers() {
        List<String> lines = render(OutputFormat.table).lines().toList();
        assertThat(lines).containsSubsequence("  Base: 1,234", "Group             share %    95 % CI  low base");
        assertThat(lines).contains("a \"quoted\", name     12.3  10.0–15.0       yes", "b                       -          -");
    }

    private static String render(OutputFormat format) {
        StringWriter out = new StringWriter();
        ReportWriter.write(report(), format, new PrintWriter(out));
        return out.toString();
    }
}
