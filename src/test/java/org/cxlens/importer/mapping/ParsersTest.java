package org.cxlens.importer.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class ParsersTest {

    private final DecimalParser point = new DecimalParser('.');
    private final DecimalParser comma = new DecimalParser(',');

    @Test
    void decimalsWithPointOrComma() {
        assertThat(point.parse("7")).isEqualTo(7);
        assertThat(point.parse(" 7.5 ")).isEqualTo(7.5);
        assertThat(point.parse("-0.25")).isEqualTo(-0.25);
        assertThat(point.parse("0.1")).isEqualTo(0.1);
        assertThat(comma.parse("7,5")).isEqualTo(7.5);
        assertThat(comma.parse("1,25")).isEqualTo(1.25);
        assertThat(comma.parse("7.5")).as("spreadsheet cell in a comma file").isEqualTo(7.5);
        assertThat(point.parse("1e3")).isEqualTo(1000);
        assertThat(point.parse("12345678901234567")).isEqualTo(12345678901234567.0);
    }

    @Test
    void nonNumbersAreNaN() {
        assertThat(point.parse("")).isNaN();
        assertThat(point.parse("-")).isNaN();
        assertThat(point.parse("7,5")).isNaN();
        assertThat(comma.parse("1.000,5")).isNaN();
        assertThat(point.parse("seven")).isNaN();
        assertThat(point.parse("NaN")).isNaN();
        assertThat(point.parse("4 / 5")).isNaN();
    }

    @Test
    void isoAndQualtricsDates() {
        DateParser p = new DateParser(DateOrder.DAY_MONTH, '.');
        assertThat(p.parse("2025-03-14")).isEqualTo(LocalDateTime.of(2025, 3, 14, 0, 0));
        assertThat(p.parse("2025-03-14T09:30")).isEqualTo(LocalDateTime.of(2025, 3, 14, 9, 30));
        assertThat(p.parse("2025-03-14 09:30:15")).isEqualTo(LocalDateTime.of(2025, 3, 14, 9, 30, 15));
        assertThat(p.parse("2025-03-14T09:30:15.250Z")).isEqualTo(LocalDateTime.of(2025, 3, 14, 9, 30, 15));
    }

    @Test
    void textDatesInTheColumnsOrder() {
        DateParser dutch = new DateParser(DateOrder.DAY_MONTH, ',');
        assertThat(dutch.parse("14-03-2025")).isEqualTo(LocalDateTime.of(2025, 3, 14, 0, 0));
        assertThat(dutch.parse("4-3-2025 9:05")).isEqualTo(LocalDateTime.of(2025, 3, 4, 9, 5));
        assertThat(dutch.parse("04/03/2025")).isEqualTo(LocalDateTime.of(2025, 3, 4, 0, 0));
        assertThat(dutch.parse("14.03.2025")).isEqualTo(LocalDateTime.of(2025, 3, 14, 0, 0));
        DateParser us = new DateParser(DateOrder.MONTH_DAY, '.');
        assertThat(us.parse("3/14/2025 9:30:00")).isEqualTo(LocalDateTime.of(2025, 3, 14, 9, 30));
        assertThat(us.parse("3/14/2025 9:30 PM")).isEqualTo(LocalDateTime.of(2025, 3, 14, 21, 30));
        assertThat(us.parse("14/03/2025")).as("month 14 does not exist").isNull();
    }

    @Test
    void excelSerialsUseThe1900DateSystem() {
        DateParser p = new DateParser(DateOrder.DAY_MONTH, '.');
        // 45730 is 2025-03-14 in Excel; .5 is noon.
        assertThat(p.parse("45730")).isEqualTo(LocalDateTime.of(2025, 3, 14, 0, 0));
        assertThat(p.parse("45730.5")).isEqualTo(LocalDateTime.of(2025, 3, 14, 12, 0));
        assertThat(p.parse("1")).isEqualTo(LocalDateTime.of(1900, 1, 1, 0, 0));
        assertThat(p.parse("61")).isEqualTo(LocalDateTime.of(1900, 3, 1, 0, 0));
        assertThat(new DateParser(DateOrder.DAY_MONTH, ',').parse("45730,25"))
                .isEqualTo(LocalDateTime.of(2025, 3, 14, 6, 0));
    }

    @Test
    void twoDigitYearsAsExcelReadsThem() {
        DateParser dayFirst = new DateParser(DateOrder.DAY_MONTH, '.');
        DateParser monthFirst = new DateParser(DateOrder.MONTH_DAY, '.');
        assertThat(dayFirst.parse("9/8/18 15:29")).isEqualTo(LocalDateTime.of(2018, 8, 9, 15, 29));
        assertThat(monthFirst.parse("9/8/18 15:29")).isEqualTo(LocalDateTime.of(2018, 9, 8, 15, 29));
        assertThat(dayFirst.parse("14-03-25")).isEqualTo(LocalDateTime.of(2025, 3, 14, 0, 0));
        // Excel's window: 00-29 are this century, 30-99 the last one.
        assertThat(dayFirst.parse("1/1/29")).isEqualTo(LocalDateTime.of(2029, 1, 1, 0, 0));
        assertThat(dayFirst.parse("1/1/30")).isEqualTo(LocalDateTime.of(1930, 1, 1, 0, 0));
        assertThat(monthFirst.parse("13/8/18")).as("month 13").isNull();
    }

    @Test
    void twelveHourClocksAndTimeZonesKeepTheTimeAsWritten() {
        DateParser p = new DateParser(DateOrder.DAY_MONTH, '.');
        assertThat(p.parse("2019/10/01 12:01:05 PM GMT+8")).isEqualTo(LocalDateTime.of(2019, 10, 1, 12, 1, 5));
        assertThat(p.parse("2019/10/01 12:01:05 AM GMT+8")).isEqualTo(LocalDateTime.of(2019, 10, 1, 0, 1, 5));
        assertThat(p.parse("2019/10/01 1:15 pm")).isEqualTo(LocalDateTime.of(2019, 10, 1, 13, 15));
        assertThat(p.parse("2023-05-16T13:56:32Z")).isEqualTo(LocalDateTime.of(2023, 5, 16, 13, 56, 32));
        assertThat(p.parse("2023-05-16T13:56:32.123Z")).isEqualTo(LocalDateTime.of(2023, 5, 16, 13, 56, 32));
        assertThat(p.parse("2023-05-16T15:56:32+02:00")).isEqualTo(LocalDateTime.of(2023, 5, 16, 15, 56, 32));
        assertThat(p.parse("2023-05-16T08:56:32-0500")).isEqualTo(LocalDateTime.of(2023, 5, 16, 8, 56, 32));
        assertThat(p.parse("2023-05-16 13:56 UTC")).isEqualTo(LocalDateTime.of(2023, 5, 16, 13, 56));
        assertThat(p.parse("2023-05-16 21:56 UTC+05:30")).isEqualTo(LocalDateTime.of(2023, 5, 16, 21, 56));
        assertThat(p.parse("2019/10/01 13:01 PM")).as("13 o'clock PM").isNull();
        assertThat(p.parse("2019/10/01 12:01 GMT+8 extra")).isNull();
        assertThat(p.parse("2019/10/01 12:01 CEST")).as("zone abbreviations are ambiguous").isNull();
    }

    @Test
    void unixTimesInSecondsOrMillisecondsAreUtc() {
        DateParser p = new DateParser(DateOrder.DAY_MONTH, '.');
        // 1684245392 s = 19,493 days (2023-05-16) and 50,192 s (13:56:32); the .123 is dropped like ISO fractions.
        assertThat(p.parse("1684245392.123")).isEqualTo(LocalDateTime.of(2023, 5, 16, 13, 56, 32));
        assertThat(p.parse("1684245392")).isEqualTo(LocalDateTime.of(2023, 5, 16, 13, 56, 32));
        assertThat(p.parse("1684245392123")).isEqualTo(LocalDateTime.of(2023, 5, 16, 13, 56, 32));
        assertThat(new DateParser(DateOrder.DAY_MONTH, ',').parse("1684245392,5"))
                .isEqualTo(LocalDateTime.of(2023, 5, 16, 13, 56, 32));
        assertThat(p.parse("5000000")).as("beyond Excel's last day, before 1973").isNull();
        assertThat(p.parse("50000000000")).as("between seconds and milliseconds").isNull();
    }

    @Test
    void nonDatesAreNull() {
        DateParser p = new DateParser(DateOrder.DAY_MONTH, '.');
        assertThat(p.parse("gisteren")).isNull();
        assertThat(p.parse("31-02-2025")).isNull();
        assertThat(p.parse("2025-03-14 25:00")).isNull();
        assertThat(p.parse("-5")).isNull();
    }
}
