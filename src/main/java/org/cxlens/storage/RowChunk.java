package org.cxlens.storage;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Up to {@link #CAPACITY} respondent rows (with their comments) and problems, converted to column
 * values and ready for one {@code executeBatch} each. The import fills one chunk while the writer
 * thread stores the previous one.
 */
final class RowChunk {

    static final int CAPACITY = 10_000;

    /** The import id is written into the statement: one bound value less per row, ~7% of the row's cost. */
    static String insertRespondent(long importId) {
        return """
                INSERT INTO respondents(id, import_id, source_row, external_id, department_id, wave, date,
                                        weight, overall, overall_expectation, recommend, scores, expectations,
                                        attributes)
                VALUES (?, %d, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""".formatted(importId);
    }

    static final String INSERT_COMMENT = "INSERT INTO comments(respondent_id, question, text) VALUES (?, ?, ?)";
    static final String INSERT_PROBLEM = """
            INSERT INTO problems(import_id, row, column_name, raw_value, reason_code, reason, reason_args)
            VALUES (?, ?, ?, ?, ?, ?, ?)""";

    /** A comment row: respondent id, question, text. */
    record CommentRow(long respondentId, String question, String text) {
    }

    /** A problem row as stored; reason is the English text, args a JSON array. */
    record ProblemRow(int row, String column, String rawValue, String reasonCode, String reason, String args) {
    }

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

    /** Stores the chunk with the given statements (prepared from the texts above) and empties it. */
    void write(long importId, PreparedStatement respondents, PreparedStatement commentRows,
               PreparedStatement problemRows) throws SQLException {
        for (int i = 0; i < size; i++) {
            respondents.setLong(1, id[i]);
            respondents.setInt(2, sourceRow[i]);
            respondents.setString(3, externalId[i]);
            if (departmentId[i] < 0) {
                respondents.setNull(4, Types.INTEGER);
            } else {
                respondents.setLong(4, departmentId[i]);
            }
            respondents.setString(5, wave[i]);
            respondents.setString(6, date[i]);
            setReal(respondents, 7, weight[i]);
            setReal(respondents, 8, overall[i]);
            respondents.setString(9, overallExpectation[i]);
            setReal(respondents, 10, recommend[i]);
            respondents.setString(11, scores[i]);
            respondents.setString(12, expectations[i]);
            respondents.setString(13, attributes[i]);
            respondents.addBatch();
        }
        if (size > 0) {
            respondents.executeBatch();
        }
        for (CommentRow c : comments) {
            commentRows.setLong(1, c.respondentId());
            commentRows.setString(2, c.question());
            commentRows.setString(3, c.text());
            commentRows.addBatch();
        }
        if (!comments.isEmpty()) {
            commentRows.executeBatch();
        }
        for (ProblemRow p : problems) {
            problemRows.setLong(1, importId);
            problemRows.setInt(2, p.row());
            problemRows.setString(3, p.column());
            problemRows.setString(4, p.rawValue());
            problemRows.setString(5, p.reasonCode());
            problemRows.setString(6, p.reason());
            problemRows.setString(7, p.args());
            problemRows.addBatch();
        }
        if (!problems.isEmpty()) {
            problemRows.executeBatch();
        }
        clear();
    }

    private void clear() {
        Arrays.fill(externalId, 0, size, null);
        Arrays.fill(wave, 0, size, null);
        Arrays.fill(date, 0, size, null);
        Arrays.fill(overallExpectation, 0, size, null);
        Arrays.fill(scores, 0, size, null);
        Arrays.fill(expectations, 0, size, null);
        Arrays.fill(attributes, 0, size, null);
        size = 0;
        comments.clear();
        problems.clear();
    }

    private static void setReal(PreparedStatement ps, int index, double value) throws SQLException {
        if (Double.isNaN(value)) {
            ps.setNull(index, Types.REAL);
        } else {
            ps.setDouble(index, value);
        }
    }
}
