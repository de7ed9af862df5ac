package org.cxlens.storage;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Up to {@link #CAPACITY} respondent rows (with their comments) and problems, converted to column
 * values and ready for {@link BulkInsert}. The import fills one chunk while the writer thread
 * stores the previous one.
 */
final class RowChunk {

    static final int CAPACITY = 10_000;

    static final List<String> RESPONDENT_COLUMNS = List.of("id", "import_id", "source_row", "external_id",
            "department_id", "wave", "date", "weight", "overall", "overall_expectation", "recommend", "scores",
            "expectations", "attributes");
    static final List<String> COMMENT_COLUMNS = List.of("respondent_id", "question", "text");
    static final List<String> PROBLEM_COLUMNS = List.of("import_id", "row", "column_name", "raw_value",
            "reason_code", "reason", "reason_args");

    /** A comment row: respondent id, question, text. */
    record CommentRow(long respondentId, String question, String text) {
    }

    /** A problem row as stored; reason is the English text, args a JSON array. */
    record ProblemRow(int row, String column, String rawValue, String reasonCode, String reason, String args) {
    }

    private final long importId;
    private final long[] id = new long[CAPACITY];
    private final int[] sourceRow = new int[CAPACITY];
    private final String[] externalId = new String[CAPACITY];
    private final long[] departmentId = new long[CAPACITY];
    private final String[] wave = new String[CAPACITY];
    private final String[] date = new String[CAPACITY];
    private final double[] weight = new double[CAPACITY];
    private final double[] overall = new double[CAPACITY];
    private final String[] overallExpectation = new String[CAPACITY];
    private final double[] recommend = new double[CAPACITY];
    private final String[] scores = new String[CAPACITY];
    private final String[] expectations = new String[CAPACITY];
    private final String[] attributes = new String[CAPACITY];
    private final List<CommentRow> comments = new ArrayList<>();
    private final List<ProblemRow> problems = new ArrayList<>();
    private int size;

    RowChunk(long importId) {
        this.importId = importId;
    }

    /** Adds a respondent row; departmentId is -1 when the respondent has none. */
    void add(long respondentId, int row, String external, long department, String waveName, String isoDate,
             double weightValue, double overallValue, String overallExpectationCode, double recommendValue,
             String packedScores, String packedExpectations, String attributesJson) {
        int i = size++;
        id[i] = respondentId;
        sourceRow[i] = row;
        externalId[i] = external;
        departmentId[i] = department;
        wave[i] = waveName;
        date[i] = isoDate;
        weight[i] = weightValue;
        overall[i] = overallValue;
        overallExpectation[i] = overallExpectationCode;
        recommend[i] = recommendValue;
        scores[i] = packedScores;
        expectations[i] = packedExpectations;
        attributes[i] = attributesJson;
    }

    void addComment(CommentRow comment) {
        comments.add(comment);
    }

    void addProblem(ProblemRow problem) {
        problems.add(problem);
    }

    boolean isFull() {
        return size >= CAPACITY || comments.size() >= CAPACITY || problems.size() >= CAPACITY;
    }

    boolean isEmpty() {
        return size == 0 && comments.isEmpty() && problems.isEmpty();
    }

    /** Stores the chunk through inserts made for the three column lists above. */
    void write(BulkInsert respondentRows, BulkInsert commentRows, BulkInsert problemRows) throws SQLException {
        respondentRows.insert(respondentColumns, size);
        commentRows.insert(commentColumns, comments.size());
        problemRows.insert(problemColumns, problems.size());
    }

    private final BulkInsert.Rows respondentColumns = new BulkInsert.Rows() {
        @Override
        public boolean same(int column, int from, int to) {
            return switch (column) {
                case 0, 2, 11 -> to - from == 1; // id, source row and scores differ from row to row
                case 1 -> true;
                case 3 -> allEqual(externalId, from, to);
                case 4 -> allEqual(departmentId, from, to);
                case 5 -> allEqual(wave, from, to);
                case 6 -> allEqual(date, from, to);
                case 7 -> allEqual(weight, from, to);
                case 8 -> allEqual(overall, from, to);
                case 9 -> allEqual(overallExpectation, from, to);
                case 10 -> allEqual(recommend, from, to);
                case 12 -> allEqual(expectations, from, to);
                case 13 -> allEqual(attributes, from, to);
                default -> throw new IndexOutOfBoundsException(column);
            };
        }

        @Override
        public void bind(PreparedStatement ps, int parameter, int column, int row) throws SQLException {
            switch (column) {
                case 0 -> ps.setLong(parameter, id[row]);
                case 1 -> ps.setLong(parameter, importId);
                case 2 -> ps.setInt(parameter, sourceRow[row]);
                case 3 -> ps.setString(parameter, externalId[row]);
                case 4 -> {
                    if (departmentId[row] < 0) {
                        ps.setNull(parameter, Types.INTEGER);
                    } else {
                        ps.setLong(parameter, departmentId[row]);
                    }
                }
                case 5 -> ps.setString(parameter, wave[row]);
                case 6 -> ps.setString(parameter, date[row]);
                case 7 -> setReal(ps, parameter, weight[row]);
                case 8 -> setReal(ps, parameter, overall[row]);
                case 9 -> ps.setString(parameter, overallExpectation[row]);
                case 10 -> setReal(ps, parameter, recommend[row]);
                case 11 -> ps.setString(parameter, scores[row]);
                case 12 -> ps.setString(parameter, expectations[row]);
                case 13 -> ps.setString(parameter, attributes[row]);
                default -> throw new IndexOutOfBoundsException(column);
            }
        }
    };

    private final BulkInsert.Rows commentColumns = new BulkInsert.Rows() {
        @Override
        public boolean same(int column, int from, int to) {
            return to - from == 1;
        }

        @Override
        public void bind(PreparedStatement ps, int parameter, int column, int row) throws SQLException {
            CommentRow c = comments.get(row);
            switch (column) {
                case 0 -> ps.setLong(parameter, c.respondentId());
                case 1 -> ps.setString(parameter, c.question());
                case 2 -> ps.setString(parameter, c.text());
                default -> throw new IndexOutOfBoundsException(column);
            }
        }
    };

    private final BulkInsert.Rows problemColumns = new BulkInsert.Rows() {
        @Override
        public boolean same(int column, int from, int to) {
            return column == 0 || to - from == 1;
        }

        @Override
        public void bind(PreparedStatement ps, int parameter, int column, int row) throws SQLException {
            ProblemRow p = problems.get(row);
            switch (column) {
                case 0 -> ps.setLong(parameter, importId);
                case 1 -> ps.setInt(parameter, p.row());
                case 2 -> ps.setString(parameter, p.column());
                case 3 -> ps.setString(parameter, p.rawValue());
                case 4 -> ps.setString(parameter, p.reasonCode());
                case 5 -> ps.setString(parameter, p.reason());
                case 6 -> ps.setString(parameter, p.args());
                default -> throw new IndexOutOfBoundsException(column);
            }
        }
    };

    private static boolean allEqual(String[] values, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            if (!Objects.equals(values[i], values[from])) {
                return false;
            }
        }
        return true;
    }

    private static boolean allEqual(long[] values, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            if (values[i] != values[from]) {
                return false;
            }
        }
        return true;
    }

    /** NaN (stored as NULL) equals NaN here. */
    private static boolean allEqual(double[] values, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            if (Double.compare(values[i], values[from]) != 0) {
                return false;
            }
        }
        return true;
    }

    private static void setReal(PreparedStatement ps, int index, double value) throws SQLException {
        if (Double.isNaN(value)) {
            ps.setNull(index, Types.REAL);
        } else {
            ps.setDouble(index, value);
        }
    }
}
