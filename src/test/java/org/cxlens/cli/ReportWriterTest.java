package org.cxlens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import org.cxlens.domain.Message;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportWriterTest {

    private static final String ENGLISH_CSV = "group,delighted_pct,delighted_ci_low,delighted_ci_high,low_base,quadrant\r\n"
            + "\"a \"\"quoted\"\", name\",12.3,10.0,15.0,true,keep up\r\n"
            + "b,,,,false,\r\n"
            + "c,1234.6,-11.7,36.7,false,\r\n";

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
        assertThat(org.cxlens.report.CsvCells.neutralised(cell)).isEqualTo(written);
    }

    private static Report report() {
        return new Report.Builder(Message.of("cli.summary.title.wave"), Report.ANALYSIS_LABELS)
                .context("respondents", Cell.count(1234)).context("filter", FilterArguments.describe(List.of()))
                .column("group", "Group").column("delighted_pct").column("delighted_ci").column("low_base")
                .column("quadrant")
                .row(List.of(Cell.text("a \"quoted\", name"), Cell.percent(0.12345), Cell.percentInterval(0.1, 0.15),
                        Cell.flag(true), Cell.phrase(Message.of("cli.quadrant.KEEP_UP"))))
                .row(List.of(Cell.text("b"), Cell.percent(Double.NaN), Cell.percentInterval(Double.NaN, Double.NaN),
                        Cell.flag(false), Cell.EMPTY))
                .row(List.of(Cell.text("c"), Cell.number(1234.56, 1), new Cell.Interval(-11.72, 36.7, 1),
                        Cell.flag(false), Cell.EMPTY))
                .build();
    }

    @Test
    void csvQuotesAndSplitsIntervals() {
        assertThat(render(OutputFormat.csv)).isEqualTo(ENGLISH_CSV);
    }

    @Test
    void jsonKeepsNumbersAsNumbersAndMissingAsNull() {
        String json = render(OutputFormat.json).replaceAll("\\s", "");
        assertThat(json).contains("\"title\":\"Summarybywave(respondents)\"", "\"respondents\":1234")
                .contains("\"delighted_pct\":12.3,\"delighted_ci\":{\"low\":10.0,\"high\":15.0},\"low_base\":true,"
                        + "\"quadrant\":\"keepup\"")
                .contains("\"delighted_pct\":null,\"delighted_ci\":{\"low\":null,\"high\":null},\"low_base\":false");
    }

    @Test
    void tableRightAlignsNumbers() {
        List<String> lines = render(OutputFormat.table).lines().toList();
        assertThat(lines).containsSubsequence("Summary by wave (respondents)", "  Respondents selected: 1,234",
                "  Filter:               none (all respondents)",
                "Group             delighted %        95 % CI  low base  quadrant");
        assertThat(lines).contains("a \"quoted\", name         12.3      10.0–15.0       yes  keep up",
                "b                           -              -",
                "c                      1234.6  -11.7 to 36.7");
    }

    @Test
    void dutchTableHasDutchWordsAndNumbersWhileCsvAndJsonStayEnglish() {
        String englishJson = render(OutputFormat.json);
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(new Locale("nl", "NL"));
            List<String> lines = render(OutputFormat.table).lines().toList();
            assertThat(lines).containsSubsequence("Samenvatting per meting (respondenten)",
                    "  Geselecteerde respondenten: 1.234", "  Filter:                     geen (alle respondenten)",
                    "Group             enthousiast %         95 %-BI  lage basis  kwadrant");
            // Decimals keep no grouping in either language: 1234.6 in English, 1234,6 in Dutch.
            assertThat(lines).contains("a \"quoted\", name           12,3       10,0–15,0          ja  vasthouden",
                    "c                        1234,6  -11,7 tot 36,7");
            assertThat(render(OutputFormat.csv)).isEqualTo(ENGLISH_CSV);
            assertThat(render(OutputFormat.json)).isEqualTo(englishJson);
        } finally {
            Locale.setDefault(before);
        }
    }

    private static String render(OutputFormat format) {
        StringWriter out = new StringWriter();
        ReportWriter.write(report(), format, new PrintWriter(out));
        return out.toString();
    }
}
