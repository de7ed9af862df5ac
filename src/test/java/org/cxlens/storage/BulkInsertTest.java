package org.cxlens.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

class BulkInsertTest {

    /** Rows of (id, wave, score): the wave changes every 70 rows, the score is null on every third row. */
    private static final class Table implements BulkInsert.Rows {
        final Object[][] cells;

        Table(int n, int firstId) {
            cells = new Object[n][];
            for (int r = 0; r < n; r++) {
                cells[r] = new Object[] {(long) firstId + r, "W" + (r / 70), r % 3 == 0 ? null : r * 0.5};
            }
        }

        @Override
        public boolean same(int column, int from, int to) {
            for (int r = from + 1; r < to; r++) {
                if (!Objects.equals(cells[r][column], cells[from][column])) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public void bind(PreparedStatement ps, int parameter, int column, int row) throws SQLException {
            ps.setObject(parameter, cells[row][column]);
        }
    }

    @Test
    void everyRowArrivesWithItsOwnValuesWhateverTheGroupsShare() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            try (Statement st = c.createStatement()) {
                st.execute("CREATE TABLE t(id INTEGER PRIMARY KEY, wave TEXT, score REAL)");
            }
            // 250 rows: groups of 100, 100 and 50; the waves W0..W3 are shared by some groups only.
            Table first = new Table(250, 1);
            Table second = new Table(1, 1000);
            try (BulkInsert insert = new BulkInsert(c, "t", List.of("id", "wave", "score"))) {
                insert.insert(first, 250);
                insert.insert(second, 1);
                insert.insert(first, 0);
            }
            List<List<Object>> expected = new ArrayList<>();
            for (Object[] row : first.cells) {
                expected.add(Arrays.asList(row));
            }
            expected.add(Arrays.asList(second.cells[0]));
            assertThat(rows(c)).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void manyShapesRecycleTheirStatements() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            try (Statement st = c.createStatement()) {
                st.execute("CREATE TABLE t(id INTEGER PRIMARY KEY, wave TEXT, score REAL)");
            }
            int id = 1;
            try (BulkInsert insert = new BulkInsert(c, "t", List.of("id", "wave", "score"))) {
                // Group sizes 1..60: sixty shapes, more than are kept prepared.
                for (int size = 1; size <= 60; size++) {
                    insert.insert(new Table(size, id), size);
                    id += size;
                }
            }
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*), sum(id) FROM t")) {
                rs.next();
                int n = id - 1;
                assertThat(rs.getInt(1)).isEqualTo(n);
                assertThat(rs.getLong(2)).isEqualTo((long) n * (n + 1) / 2);
            }
        }
    }

    private static List<List<Object>> rows(Connection c) throws SQLException {
        List<List<Object>> rows = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT id, wave, score FROM t ORDER BY id")) {
            while (rs.next()) {
                rows.add(Arrays.asList(rs.getLong(1), rs.getString(2), rs.getObject(3) == null ? null : rs.getDouble(3)));
            }
        }
        return rows;
    }
}
