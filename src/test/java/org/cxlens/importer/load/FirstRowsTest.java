package org.cxlens.importer.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FirstRowsTest {

    @Test
    void aRepeatedIdGivesTheRowItFirstAppearedOn() {
        FirstRows rows = new FirstRows();
        assertThat(rows.putIfAbsent("17", 2)).isZero();
        assertThat(rows.putIfAbsent("R-9", 3)).isZero();
        assertThat(rows.putIfAbsent("17", 4)).isEqualTo(2);
        assertThat(rows.putIfAbsent("R-9", 5)).isEqualTo(3);
        assertThat(rows.putIfAbsent("17", 6)).isEqualTo(2);
    }

    @Test
    void numbersSpelledDifferentlyAreDifferentIds() {
        FirstRows rows = new FirstRows();
        assertThat(rows.putIfAbsent("7", 2)).isZero();
        assertThat(rows.putIfAbsent("07", 3)).isZero();
        assertThat(rows.putIfAbsent("+7", 4)).isZero();
        assertThat(rows.putIfAbsent("7.0", 5)).isZero();
        assertThat(rows.putIfAbsent("0", 6)).isZero();
        assertThat(rows.putIfAbsent("00", 7)).isZero();
        assertThat(rows.putIfAbsent("07", 8)).isEqualTo(3);
        assertThat(rows.putIfAbsent("0", 9)).isEqualTo(6);
    }

    @Test
    void plainNumbersAreDigitsWithoutLeadingZeroUpTo18Digits() {
        assertThat(FirstRows.plainNumber("0")).isZero();
        assertThat(FirstRows.plainNumber("1234")).isEqualTo(1234);
        assertThat(FirstRows.plainNumber("999999999999999999")).isEqualTo(999_999_999_999_999_999L);
        assertThat(FirstRows.plainNumber("1000000000000000000")).isEqualTo(-1);
        assertThat(FirstRows.plainNumber("012")).isEqualTo(-1);
        assertThat(FirstRows.plainNumber("-5")).isEqualTo(-1);
        assertThat(FirstRows.plainNumber("12a")).isEqualTo(-1);
        assertThat(FirstRows.plainNumber("")).isEqualTo(-1);
    }

    @Test
    void aLongIdThatIsNotAPlainNumberIsStillChecked() {
        FirstRows rows = new FirstRows();
        assertThat(rows.putIfAbsent("1000000000000000000", 2)).isZero();
        assertThat(rows.putIfAbsent("1000000000000000000", 3)).isEqualTo(2);
    }

    @Test
    void manyIdsSurviveTheTableGrowing() {
        FirstRows rows = new FirstRows();
        for (int id = 1; id <= 5000; id++) {
            assertThat(rows.putIfAbsent(Integer.toString(id), id + 1)).isZero();
        }
        assertThat(rows.putIfAbsent("1", 9000)).isEqualTo(2);
        assertThat(rows.putIfAbsent("2500", 9001)).isEqualTo(2501);
        assertThat(rows.putIfAbsent("5000", 9002)).isEqualTo(5001);
        assertThat(rows.putIfAbsent("5001", 9003)).isZero();
    }

    @Test
    void idsOutOfOrderAreCheckedAgainstTheAscendingOnesAndEachOther() {
        FirstRows rows = new FirstRows();
        for (int id = 10; id <= 3000; id += 10) {
            assertThat(rows.putIfAbsent(Integer.toString(id), id)).isZero();
        }
        assertThat(rows.putIfAbsent("15", 5000)).isZero();
        assertThat(rows.putIfAbsent("2990", 5001)).isEqualTo(2990);
        assertThat(rows.putIfAbsent("10", 5002)).isEqualTo(10);
        assertThat(rows.putIfAbsent("15", 5003)).isEqualTo(5000);
        assertThat(rows.putIfAbsent("3000", 5004)).isEqualTo(3000);
        assertThat(rows.putIfAbsent("3001", 5005)).isZero();
        assertThat(rows.putIfAbsent("16", 5006)).isZero();
        assertThat(rows.putIfAbsent("3001", 5007)).isEqualTo(5005);
    }
}
