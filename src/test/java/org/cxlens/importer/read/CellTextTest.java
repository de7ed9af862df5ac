package org.cxlens.importer.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CellTextTest {

    @Test
    void numbersArePlainWithoutTrailingZerosOrBinaryNoise() {
        assertThat(CellText.number(new BigDecimal("7.0"))).isEqualTo("7");
        assertThat(CellText.number(new BigDecimal("7.50"))).isEqualTo("7.5");
        assertThat(CellText.number(new BigDecimal("1.5E-7"))).isEqualTo("0.00000015");
        assertThat(CellText.number(new BigDecimal("1E+21"))).isEqualTo("1000000000000000000000");
        assertThat(CellText.number(new BigDecimal("0.30000000000000004"))).isEqualTo("0.3");
        assertThat(CellText.number(new BigDecimal("-0.0"))).isEqualTo("0");
        assertThat(CellText.number(123456789012.0)).isEqualTo("123456789012");
    }

    @Test
    void dateSerialsOfThe1900System() {
        // Excel's serial 1 is 1900-01-01; it counts a 1900-02-29 (serial 60), so serial 61 is 1900-03-01.
        assertThat(CellText.date(1, false)).isEqualTo("1900-01-01");
        assertThat(CellText.date(59, false)).isEqualTo("1900-02-28");
        assertThat(CellText.date(61, false)).isEqualTo("1900-03-01");
        assertThat(CellText.date(45730, false)).isEqualTo("2025-03-14");
        assertThat(CellText.date(45730.395833333336, false)).isEqualTo("2025-03-14T09:30");
        assertThat(CellText.date(45730.396006944444, false)).isEqualTo("2025-03-14T09:30:15");
        // Rounding to the second can carry into the next day.
        assertThat(CellText.date(45730.999999999, false)).isEqualTo("2025-03-15");
    }

    @Test
    void timesWithoutADate() {
        assertThat(CellText.date(0.5, false)).isEqualTo("12:00");
        assertThat(CellText.date(0.75001157407, false)).isEqualTo("18:00:01");
    }

    @Test
    void dateSerialsOfThe1904System() {
        assertThat(CellText.date(0, true)).isEqualTo("1904-01-01");
        assertThat(CellText.date(44268, true)).isEqualTo("2025-03-14");
    }

    @Test
    void serialsThatAreNoDateShowAsExcelShowsThem() {
        // 9999-12-31 is Excel's last day: serial 2958465, or 2958465 - 1462 in the 1904 system.
        assertThat(CellText.date(2_958_465, false)).isEqualTo("9999-12-31");
        assertThat(CellText.date(2_957_003, true)).isEqualTo("9999-12-31");
        assertThat(CellText.date(2_958_466, false)).isEqualTo("########");
        assertThat(CellText.date(2_957_004, true)).isEqualTo("########");
        assertThat(CellText.date(-5, false)).isEqualTo("########");
        assertThat(CellText.date(-0.25, true)).isEqualTo("########");
        assertThat(CellText.date(1e300, false)).isEqualTo("########");
        assertThat(CellText.date(Double.NaN, false)).isEqualTo("########");
    }

    @Test
    void isoDateCellsInTheFormOfSerialDates() {
        assertThat(CellText.isoDate("2023-03-15T00:00:00Z")).isEqualTo("2023-03-15");
        assertThat(CellText.isoDate("2023-03-16T12:00:00.000")).isEqualTo("2023-03-16T12:00");
        assertThat(CellText.isoDate("2023-03-16T12:00:30+02:00")).isEqualTo("2023-03-16T12:00:30");
        assertThat(CellText.isoDate(" 2023-03-17 ")).isEqualTo("2023-03-17");
        assertThat(CellText.isoDate("13:45:30")).isEqualTo("13:45:30");
        assertThat(CellText.isoDate("gisteren")).isEqualTo("gisteren");
    }
}
