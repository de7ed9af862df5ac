package org.cxlens.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.cxlens.domain.Comment;
import org.cxlens.domain.CxLensException;
import org.cxlens.domain.ImportCounts;
import org.cxlens.domain.ImportMeta;
import org.cxlens.domain.ImportProblem;
import org.cxlens.domain.ImportSink;
import org.cxlens.domain.Message;
import org.cxlens.domain.RespondentRecord;
import org.cxlens.domain.Scale;
import org.cxlens.domain.TouchpointSpec;

/**
 * One import into a project file, inside one transaction. Respondents, comments and problems are
 * collected as JSON arrays of rows and inserted a chunk at a time by a single
 * {@code INSERT … SELECT … FROM json_each(?)}, so JDBC costs one call per chunk instead of one
 * per value (ADR 0001).
 */
final class ProjectImport implements ImportSink {

    static final int CHUNK_ROWS = 10_000;

    private static final String INSERT_RESPONDENTS = """
            INSERT INTO respondents(id, import_id, source_row, external_id, department_id, wave, date,
                                    weight, overall, overall_expectation, recommend, scores, expectations,
                                    attributes)
            SELECT value->>0, ?, value->>1, value->>2, value->>3, value->>4, value->>5,
                   value->>6, value->>7, value->>8, value->>9, value->>10, value->>11, value->12
            FROM json_each(?)""";
    private static final String INSERT_COMMENTS = """
            INSERT INTO comments(respondent_id, question, text)
            SELECT value->>0, value->>1, value->>2 FROM json_each(?)""";
    private static final String INSERT_PROBLEMS = """
            INSERT INTO problems(import_id, row, column_name, raw_value, reason_code, reason, reason_args)
            SELECT ?, value->>0, value->>1, value->>2, value->>3, value->>4, value->5 FROM json_each(?)""";

    private record KnownTouchpoint(int slot, Scale scale) {
    }

    private final ProjectFile project;
    private final Connection connection;
    private final long importId;
    private final Map<String, KnownTouchpoint> touchpoints = new HashMap<>();
    private final Map<String, Long> departments = new HashMap<>();
    private final Set<String> attributeNames = new LinkedHashSet<>();
    private final PreparedStatement insertRespondents;
    private final PreparedStatement insertComments;
    private final PreparedStatement insertProblems;
    private final StringBuilder respondentRows = new StringBuilder(1 << 20);
    private final StringBuilder commentRows = new StringBuilder();
    private final StringBuilder problemRows = new StringBuilder();
    private int slots;
    private long nextRespondentId;
    private int chunkRespondents;
    private int chunkComments;
    private int chunkProblems;
    private boolean finished;

    private ProjectImport(ProjectFile project, Connection connection, long importId) throws SQLException {
        this.project = project;
        this.connection = connection;
        this.importId = importId;
        this.insertRespondents = connection.prepareStatement(INSERT_RESPONDENTS);
        this.insertComments = connection.prepareStatement(INSERT_COMMENTS);
        this.insertProblems = connection.prepareStatement(INSERT_PROBLEMS);
    }

    /** Starts the transaction and records the import's provenance. */
    static ProjectImport begin(ProjectFile project, Connection c, ImportMeta meta) throws SQLException {
        c.setAutoCommit(false);
        try {
            long importId = Sql.insert(c, """
                    INSERT INTO imports(file_name, sha256, sheet, mapping_json, imported_at,
                        overall_scale_min, overall_scale_max, recommend_scale_min, recommend_scale_max)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    meta.fileName(), meta.sha256(), meta.sheet(), meta.mappingJson(), meta.importedAt().toString(),
                    meta.overallScale() == null ? null : meta.overallScale().min(),
                    meta.overallScale() == null ? null : meta.overallScale().max(),
                    meta.recommendScale() == null ? null : meta.recommendScale().min(),
                    meta.recommendScale() == null ? null : meta.recommendScale().max());
            ProjectImport sink = new ProjectImport(project, c, importId);
            sink.loadCatalogue();
            return sink;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            c.setAutoCommit(true);
            throw e;
        }
    }

    private void loadCatalogue() throws SQLException {
        try (Statement st = connection.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT name, slot, scale_min, scale_max FROM touchpoints")) {
                while (rs.next()) {
                    int slot = rs.getInt(2);
                    touchpoints.put(rs.getString(1), new KnownTouchpoint(slot, Scale.of(rs.getDouble(3), rs.getDouble(4))));
                    slots = Math.max(slots, slot + 1);
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT name, id FROM departments")) {
                while (rs.next()) {
                    departments.put(rs.getString(1), rs.getLong(2));
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT coalesce(max(id), 0) + 1 FROM respondents")) {
                nextRespondentId = rs.next() ? rs.getLong(1) : 1;
            }
        }
    }

    long importId() {
        return importId;
    }

    @Override
    public int touchpoint(TouchpointSpec spec) throws CxLensException {
        ensureOpen();
        KnownTouchpoint known = touchpoints.get(spec.name());
        if (known != null) {
            if (!known.scale().equals(spec.scale())) {
                throw new CxLensException(Message.of("storage.import.scaleMismatch", spec.name(),
                        spec.scale().label(), known.scale().label(), project.path()));
            }
            return known.slot();
        }
        int slot = slots;
        try {
            Sql.update(connection, """
                    INSERT INTO touchpoints(slot, name, department_id, moment_type, journey_order, scale_min, scale_max)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""",
                    slot, spec.name(), departmentId(spec.department()), spec.momentType().name(),
                    spec.journeyOrder(), spec.scale().min(), spec.scale().max());
        } catch (SQLException e) {
            throw project.writeFailed(e);
        }
        touchpoints.put(spec.name(), new KnownTouchpoint(slot, spec.scale()));
        slots = slot + 1;
        return slot;
    }

    private Long departmentId(String name) throws SQLException {
        if (name == null || name.isBlank()) {
            return null;
        }
        Long id = departments.get(name);
        if (id == null) {
            id = Sql.insert(connection, "INSERT INTO departments(name) VALUES (?)", name);
            departments.put(name, id);
        }
        return id;
    }

    @Override
    public void respondent(RespondentRecord r) throws CxLensException {
        ensureOpen();
        if (Double.isInfinite(r.weight()) || Double.isInfinite(r.overall()) || Double.isInfinite(r.recommend())) {
            throw new CxLensException(Message.of("storage.import.notFinite", r.sourceRow(), project.path()));
        }
        Long departmentId;
        try {
            departmentId = departmentId(r.department());
        } catch (SQLException e) {
            throw project.writeFailed(e);
        }
        long id = nextRespondentId;
        StringBuilder out = respondentRows;
        int rollbackLength = out.length();
        out.append(chunkRespondents == 0 ? '[' : ',').append('[').append(id).append(',').append(r.sourceRow()).append(',');
        JsonText.string(out, r.externalId());
        out.append(',');
        if (departmentId == null) {
            out.append("null");
        } else {
            out.append(departmentId.longValue());
        }
        out.append(',');
        JsonText.string(out, r.wave());
        out.append(',');
        appendDate(out, r.date());
        out.append(',');
        JsonText.number(out, r.weight());
        out.append(',');
        JsonText.number(out, r.overall());
        out.append(',');
        if (r.overallExpectation() == null) {
            out.append("null");
        } else {
            out.append('"').append(r.overallExpectation().code()).append('"');
        }
        out.append(',');
        JsonText.number(out, r.recommend());
        out.append(",\"");
        try {
            PackedAnswers.packScores(r.scores(), slots, out, r.sourceRow());
        } catch (CxLensException e) {
            out.setLength(rollbackLength);
            throw e;
        }
        out.append("\",\"");
        PackedAnswers.packExpectations(r.expectations(), slots, out);
        out.append("\",{");
        boolean first = true;
        for (Map.Entry<String, String> a : r.attributes().entrySet()) {
            if (!first) {
                out.append(',');
            }
            first = false;
            JsonText.string(out, a.getKey());
            out.append(':');
            JsonText.string(out, a.getValue());
            attributeNames.add(a.getKey());
        }
        out.append("}]");
        nextRespondentId++;
        chunkRespondents++;
        for (Comment comment : r.comments()) {
            commentRows.append(chunkComments == 0 ? '[' : ',').append('[').append(id).append(',');
            JsonText.string(commentRows, comment.question());
            commentRows.append(',');
            JsonText.string(commentRows, comment.text());
            commentRows.append(']');
            chunkComments++;
        }
        if (chunkRespondents >= CHUNK_ROWS || chunkComments >= CHUNK_ROWS) {
            flush();
        }
    }

    private static void appendDate(StringBuilder out, LocalDateTime date) {
        if (date == null) {
            out.append("null");
        } else if (date.toLocalTime().equals(LocalTime.MIDNIGHT)) {
            out.append('"').append(date.toLocalDate()).append('"');
        } else {
            out.append('"').append(date).append('"');
        }
    }

    @Override
    public void problem(ImportProblem p) throws CxLensException {
        ensureOpen();
        StringBuilder out = problemRows;
        out.append(chunkProblems == 0 ? '[' : ',').append('[').append(p.row()).append(',');
        JsonText.string(out, p.column());
        out.append(',');
        JsonText.string(out, p.rawValue());
        out.append(',');
        JsonText.string(out, p.reason().key());
        out.append(',');
        JsonText.string(out, p.reason().render(Locale.ENGLISH));
        out.append(",[");
        Object[] args = p.reason().args();
        for (int i = 0; i < args.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            if (args[i] instanceof Number n && Double.isFinite(n.doubleValue())) {
                JsonText.number(out, n.doubleValue());
            } else {
                JsonText.string(out, args[i] == null ? null : args[i].toString());
            }
        }
        out.append("]]");
        chunkProblems++;
        if (chunkProblems >= CHUNK_ROWS) {
            flush();
        }
    }

    private void flush() throws CxLensException {
        try {
            if (chunkRespondents > 0) {
                respondentRows.append(']');
                insertRespondents.setLong(1, importId);
                insertRespondents.setString(2, respondentRows.toString());
                insertRespondents.executeUpdate();
            }
            if (chunkComments > 0) {
                commentRows.append(']');
                insertComments.setString(1, commentRows.toString());
                insertComments.executeUpdate();
            }
            if (chunkProblems > 0) {
                problemRows.append(']');
                insertProblems.setLong(1, importId);
                insertProblems.setString(2, problemRows.toString());
                insertProblems.executeUpdate();
            }
        } catch (SQLException e) {
            throw project.writeFailed(e);
        } finally {
            respondentRows.setLength(0);
            commentRows.setLength(0);
            problemRows.setLength(0);
            chunkRespondents = 0;
            chunkComments = 0;
            chunkProblems = 0;
        }
    }

    @Override
    public long commit(ImportCounts counts) throws CxLensException {
        ensureOpen();
        flush();
        try {
            try (PreparedStatement ps = connection.prepareStatement(
                    "INSERT INTO attribute_columns(import_id, name) VALUES (?, ?)")) {
                for (String name : attributeNames) {
                    ps.setLong(1, importId);
                    ps.setString(2, name);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            Sql.update(connection, """
                    UPDATE imports SET rows_read = ?, respondents = ?, rows_skipped = ?, problems = ?
                    WHERE id = ?""",
                    counts.rowsRead(), counts.respondents(), counts.rowsSkipped(), counts.problems(), importId);
            ProjectSettings.bumpDataGeneration(connection);
            connection.commit();
        } catch (SQLException e) {
            throw project.writeFailed(e);
        }
        finish();
        return importId;
    }

    @Override
    public void close() throws CxLensException {
        if (finished) {
            return;
        }
        try {
            connection.rollback();
        } catch (SQLException e) {
            throw project.writeFailed(e);
        } finally {
            finish();
        }
    }

    private void finish() throws CxLensException {
        finished = true;
        try {
            insertRespondents.close();
            insertComments.close();
            insertProblems.close();
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            throw project.writeFailed(e);
        } finally {
            project.importFinished(this);
        }
    }

    private void ensureOpen() {
        if (finished) {
            throw new IllegalStateException("import already committed or closed");
        }
    }
}
