package org.cxlens.importer.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.cxlens.importer.SourceRow;
import org.junit.jupiter.api.Test;

class FileProfileTest {

    /** One column: "a" on the first {@code split} rows, "b" after them (a file sorted by that column). */
    private static List<SourceRow> sorted(int rows, int split) {
        List<SourceRow> out = new ArrayList<>(rows);
        for (int i = 1; i <= rows; i++) {
            out.add(new SourceRow(i + 1, new String[] {i <= split ? "a" : "b", Integer.toString(i)}));
        }
        return out;
    }

    @Test
    void aSmallFileIsCountedRowByRow() {
        FileProfile p = FileProfile.of(sorted(1_000, 300), 2, '.');

        assertThat(p.isSample()).isFalse();
        assertThat(p.rows()).isEqualTo(1_000);
        assertThat(p.column(0).count("a")).isEqualTo(300);
        assertThat(p.column(0).count("b")).isEqualTo(700);
        assertThat(p.column(1).uniqueShare()).isEqualTo(1.0);
    }

    /**
     * 120,000 rows: the first 50,000 each count once; the next 50,000 are taken every 2nd row, each
     * counting 2; the last 20,000 every 4th row, each counting 4. Rows 1–60,000 say "a": 50,000 +
     * 5,000 × 2 = 60,000; the other 60,000 say "b": 20,000 × 2 + 5,000 × 4.
     */
    @Test
    void aLargeFileIsSampledEvenlyAndItsCountsStandForEveryRow() {
        FileProfile p = FileProfile.of(sorted(120_000, 60_000), 2, '.');

        assertThat(p.isSample()).isTrue();
        assertThat(p.rows()).isEqualTo(120_000);
        assertThat(p.sampled()).isEqualTo(50_000 + 25_000 + 5_000);
        assertThat(p.column(0).rows()).isEqualTo(120_000);
        assertThat(p.column(0).count("a")).isEqualTo(60_000);
        assertThat(p.column(0).count("b")).isEqualTo(60_000);
    }

    @Test
    void distinctValuesPastTheLimitAreSummedNotKept() {
        FileProfile p = FileProfile.of(sorted(2_000, 0), 2, '.');
        ColumnValues ids = p.column(1);

        assertThat(ids.complete()).isFalse();
        assertThat(ids.counts()).hasSize(ColumnValues.MAX_DISTINCT);
        assertThat(ids.rest()).isEqualTo(2_000 - ColumnValues.MAX_DISTINCT);
        assertThat(ids.restNumeric()).isEqualTo(ids.rest());
        assertThat(ids.uniqueShare()).isEqualTo(1.0);
    }

    @Test
    void repeatingValuesAreNoId() {
        List<SourceRow> rows = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            rows.add(new SourceRow(i + 2, new String[] {Integer.toString(i % 10)}));
        }
        ColumnValues v = FileProfile.of(rows, 1, '.').column(0);

        assertThat(v.uniqueShare()).isEqualTo(-1);
        assertThat(v.distinct()).isEqualTo(10);
        assertThat(v.filled()).isEqualTo(200);
    }

    @Test
    void longTextIsNeverRememberedAsAPossibleId() {
        List<SourceRow> rows = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            rows.add(new SourceRow(i + 2, new String[] {"A long comment that differs in its number " + i + " and nothing else"}));
        }
        ColumnValues v = FileProfile.of(rows, 1, '.').column(0);

        assertThat(v.uniqueShare()).isEqualTo(-1);
        assertThat(v.distinct()).isEqualTo(100);
    }
}
