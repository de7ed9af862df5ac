package org.cxlens.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class CsvDialectTest {

    @Test
    void theRegionsDecimalMarkDecidesTheDialectExcelOpens() {
        assertThat(CsvDialect.of(Locale.US)).isEqualTo(CsvDialect.COMMA);
        assertThat(CsvDialect.of(Locale.UK)).isEqualTo(CsvDialect.COMMA);
        assertThat(CsvDialect.of(Locale.forLanguageTag("nl-NL"))).isEqualTo(CsvDialect.SEMICOLON);
        assertThat(CsvDialect.of(Locale.GERMANY)).isEqualTo(CsvDialect.SEMICOLON);
        assertThat(CsvDialect.of(Locale.FRANCE)).isEqualTo(CsvDialect.SEMICOLON);
    }

    @Test
    void aFieldIsQuotedOnlyWhenItHoldsItsOwnSeparatorAQuoteOrALineBreak() {
        assertThat(CsvDialect.COMMA.field("late, but fine")).isEqualTo("\"late, but fine\"");
        assertThat(CsvDialect.SEMICOLON.field("late, but fine")).isEqualTo("late, but fine");
        assertThat(CsvDialect.COMMA.field("a;b")).isEqualTo("a;b");
        assertThat(CsvDialect.SEMICOLON.field("a;b")).isEqualTo("\"a;b\"");
        assertThat(CsvDialect.SEMICOLON.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CsvDialect.SEMICOLON.field("two\nlines")).isEqualTo("\"two\nlines\"");
    }

    @Test
    void numbersArePlainWithTheDialectsDecimalMark() {
        assertThat(CsvDialect.COMMA.number(7.5)).isEqualTo("7.5");
        assertThat(CsvDialect.SEMICOLON.number(7.5)).isEqualTo("7,5");
        assertThat(CsvDialect.SEMICOLON.number(-2.25)).isEqualTo("-2,25");
        assertThat(CsvDialect.SEMICOLON.number(12345)).isEqualTo("12345");
        assertThat(CsvDialect.COMMA.number(1_000_000)).isEqualTo("1000000");
    }

    @Test
    void aNumberWithADecimalCommaIsNoFormulaAndStaysAsItIs() {
        assertThat(CsvCells.neutralised("-2,5")).isEqualTo("-2,5");
        assertThat(CsvCells.neutralised("-2.5")).isEqualTo("-2.5");
        assertThat(CsvCells.neutralised("-2,5x")).isEqualTo("'-2,5x");
    }
}
