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

    /** Bits of {@link #nullColumns()}: the respondent columns that may be NULL. */
    static final int NO_EXTERNAL_ID = 1;
    static final int NO_DEPARTMENT = 1 << 1;
    static final int NO_WAVE = 1 << 2;
    static final int NO_DATE = 1 << 3;
    static final int NO_WEIGHT = 1 << 4;
    static final int NO_OVERALL = 1 << 5;
    static final int NO_OVERALL_EXPECTATION = 1 << 6;
    static final int NO_RECOMMEND = 1 << 7;

    /**
     * The import id is written into the statement, and so is NULL for every column that is NULL
     * in the whole chunk (weight, department, overall expectation are often absent from a file):
     * each bound value costs the writer thread about 7% of a row.
     *
     * @param nullColumns the columns written as NULL, as {@link #nullColumns()} gives them
     */
    static String insertRespondent(long importId, int nullColumns) {
        return """
                INSERT INTO respondents(id, import_id, source_row, external_id, department_id, wave, date,
                                        weight, overall, overall_expectation, recommend, scores, expectations,
                                        attributes)
                VALUES (?, %d, ?, %s, %s, %s, %s, %s, %s, %s, %s, ?, ?, ?)""".formatted(importId,
                value(nullColumns, NO_EXTERNAL_ID), value(nullColumns, NO_DEPARTMENT), value(nullColumns, NO_WAVE),
                value(nullColumns, NO_DATE), value(nullColumns, NO_WEIGHT), value(nullColumns, NO_OVERALL),
                value(nullColumns, NO_OVERALL_EXPECTATION), value(nullColumns, NO_RECOMMEND));
    }

    private static String value(int nullColumns, int column) {
        return (nullColumns & column) != 0 ? "NULL" : "?";
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

    /** The respondent columns that are NULL in every row of this chunk (all of them when it has no rows). */
    int nullColumns() {
        int nulls = NO_EXTERNAL_ID | NO_DEPARTMENT | NO_WAVE | NO_DATE | NO_WEIGHT | NO_OVERALL
                | NO_OVERALL_EXPECTATION | NO_RECOMMEND;
        for (int i = 0; i < size && nulls != 0; i++) {
            nulls &= (externalId[i] == null ? NO_EXTERNAL_ID : 0) | (departmentId[i] < 0 ? NO_DEPARTMENT : 0)
                    | (wave[i] == null ? NO_WAVE : 0) | (date[i] == null ? NO_DATE : 0)
                    | (Double.isNaN(weight[i]) ? NO_WEIGHT : 0) | (Double.isNaN(overall[i]) ? NO_OVERALL : 0)
                    | (overallExpectation[i] == null ? NO_OVERALL_EXPECTATION : 0)
                    | (Double.isNaN(recommend[i]) ? NO_RECOMMEND : 0);
        }
        return nulls;
    }

    /**
     * Stores the chunk and empties it.
     *
     * @param respondents prepared from {@link #insertRespondent} with this chunk's {@link #nullColumns()}
     * @param nullColumns the columns that statement writes as NULL
     */
    void write(long importId, PreparedStatement respondents, int nullColumns, PreparedStatement commentRows,
               PreparedStatement problemRows) throws SQLException {
        for (int i = 0; i < size; i++) {
            int p = 1;
            respondents.setLong(p++, id[i]);
            respondents.setInt(p++, sourceRow[i]);
            if ((nullColumns & NO_EXTERNAL_ID) == 0) {
                respondents.setString(p++, externalId[i]);
            }
            if ((nullColumns & NO_DEPARTMENT) == 0) {
                if (departmentId[i] < 0) {
                    respondents.setNull(p++, Types.INTEGER);
                } else {
                    respondents.setLong(p++, departmentId[i]);
                }
            }
            if ((nullColumns & NO_WAVE) == 0) {
                respondents.setString(p++, wave[i]);
            }
            if ((nullColumns & NO_DATE) == 0) {
                respondents.setString(p++, date[i]);
            }
            if ((nullColumns & NO_WEIGHT) == 0) {
                setReal(respondents, p++, weight[i]);
            }
            if ((nullColumns & NO_OVERALL) == 0) {
                setReal(respondents, p++, overall[i]);
            }
            if ((nullColumns & NO_OVERALL_EXPECTATION) == 0) {
                respondents.setString(p++, overallExpectation[i]);
            }
            if ((nullColumns & NO_RECOMMEND) == 0) {
                setReal(respondents, p++, recommend[i]);
            }
            respondents.setString(p++, scores[i]);
            respondents.setString(p++, expectations[i]);
            respondents.setString(p, attributes[i]);
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
