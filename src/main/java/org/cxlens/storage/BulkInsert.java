package org.cxlens.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Inserts rows into one table through multi-row {@code INSERT ... VALUES (...), (...)} statements
 * of up to {@link #ROWS_PER_STATEMENT} rows, so SQLite runs one statement per group instead of per
 * row (a fifth of the writing time of a million-row import). A column that holds the same value in
 * every row of a group (the import id, a wave, an absent weight) is bound once for the group: each
 * bound value costs about 5 % of a row's insert. Statements are prepared per shape (group size and
 * shared columns) and the most recently used ones are kept.
 */
final class BulkInsert implements AutoCloseable {

    static final int ROWS_PER_STATEMENT = 100;
    private static final int KEPT_STATEMENTS = 32;

    /** Rows held column by column. */
    interface Rows {

        /** Whether column {@code column} holds the same value in rows {@code from} (inclusive) to {@code to}. */
        boolean same(int column, int from, int to);

        /** Binds the value of one cell to a statement parameter. */
        void bind(PreparedStatement ps, int parameter, int column, int row) throws SQLException;
    }

    /** A prepared shape: the shared columns, bound once, and the columns every row binds. */
    private record Statement(PreparedStatement ps, int[] sharedColumns, int[] rowColumns) {
    }

    private final Connection connection;
    private final String head;
    private final int columns;
    /** By shape: the shared columns' bit mask shifted left by 7 bits, which hold the group's size (≤ 100). */
    private final Map<Long, Statement> statements = new LinkedHashMap<>(16, 0.75f, true);

    BulkInsert(Connection connection, String table, List<String> columns) {
        if (columns.size() > Long.SIZE - 7) {
            throw new IllegalArgumentException("at most 57 columns: " + columns);
        }
        this.connection = connection;
        this.head = "INSERT INTO " + table + "(" + String.join(", ", columns) + ") VALUES ";
        this.columns = columns.size();
    }

    /** Inserts rows 0 to {@code size} (exclusive). */
    void insert(Rows rows, int size) throws SQLException {
        for (int from = 0; from < size; from += ROWS_PER_STATEMENT) {
            int to = Math.min(size, from + ROWS_PER_STATEMENT);
            long shared = 0;
            for (int c = 0; c < columns; c++) {
                if (rows.same(c, from, to)) {
                    shared |= 1L << c;
                }
            }
            Statement statement = statement(to - from, shared);
            bind(statement, rows, from, to);
            statement.ps().executeUpdate();
        }
    }

    // No branch on the shape inside the loops: a branch that goes the other way in a later group
    // made the JIT throw away and recompile this code, which it had inlined the driver into.
    private static void bind(Statement statement, Rows rows, int from, int to) throws SQLException {
        PreparedStatement ps = statement.ps();
        int parameter = 1;
        for (int c : statement.sharedColumns()) {
            rows.bind(ps, parameter++, c, from);
        }
        int[] rowColumns = statement.rowColumns();
        for (int r = from; r < to; r++) {
            for (int c : rowColumns) {
                rows.bind(ps, parameter++, c, r);
            }
        }
    }

    private static boolean isShared(long shared, int column) {
        return (shared & 1L << column) != 0;
    }

    private Statement statement(int rows, long shared) throws SQLException {
        long shape = shared << 7 | rows;
        Statement statement = statements.get(shape);
        if (statement == null) {
            int[] sharedColumns = new int[Long.bitCount(shared)];
            int[] rowColumns = new int[columns - sharedColumns.length];
            for (int c = 0, s = 0, r = 0; c < columns; c++) {
                if (isShared(shared, c)) {
                    sharedColumns[s++] = c;
                } else {
                    rowColumns[r++] = c;
                }
            }
            statement = new Statement(connection.prepareStatement(sql(rows, shared)), sharedColumns, rowColumns);
            statements.put(shape, statement);
            if (statements.size() > KEPT_STATEMENTS) {
                Iterator<Statement> eldest = statements.values().iterator();
                eldest.next().ps().close();
                eldest.remove();
            }
        }
        return statement;
    }

    /** Shared columns take parameters 1, 2, ... in column order; the rows' own values follow, row by row. */
    private String sql(int rows, long shared) {
        int[] sharedParameter = new int[columns];
        int next = 1;
        for (int c = 0; c < columns; c++) {
            if (isShared(shared, c)) {
                sharedParameter[c] = next++;
            }
        }
        StringBuilder sql = new StringBuilder(head.length() + rows * columns * 7);
        sql.append(head);
        for (int r = 0; r < rows; r++) {
            sql.append(r == 0 ? "(" : ", (");
            for (int c = 0; c < columns; c++) {
                sql.append(c == 0 ? "?" : ", ?").append(isShared(shared, c) ? sharedParameter[c] : next++);
            }
            sql.append(')');
        }
        return sql.toString();
    }

    @Override
    public void close() throws SQLException {
        SQLException first = null;
        for (Statement statement : statements.values()) {
            try {
                statement.ps().close();
            } catch (SQLException e) {
                if (first == null) {
                    first = e;
                }
            }
        }
        statements.clear();
        if (first != null) {
            throw first;
        }
    }
}
