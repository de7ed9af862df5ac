package org.cxlens.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cxlens.domain.CancelledException;
import org.cxlens.domain.Comment;
import org.cxlens.domain.CxLensException;
import org.cxlens.domain.ImportCounts;
import org.cxlens.domain.ImportMeta;
import org.cxlens.domain.ImportProblem;
import org.cxlens.domain.ImportSink;
import org.cxlens.domain.Message;
import org.cxlens.domain.Progress;
import org.cxlens.domain.RespondentRecord;
import org.cxlens.domain.Scale;
import org.cxlens.domain.TouchpointSpec;

/**
 * One import into a project file, inside one transaction (ADR 0001). Records are converted to
 * column values here, on the caller's thread, and stored in chunks by a {@link ChunkWriter}.
 */
final class ProjectImport implements ImportSink {

    private record KnownTouchpoint(int slot, Scale scale) {
    }

    /**
     * An attribute column of this import that holds values: its name, its position in the
     * respondents' JSON arrays and its column in the column cache. Attribute values repeat a lot
     * (segments), so each distinct value is escaped to JSON once, under the code its column gives it.
     */
    private static final class AttributeColumn {
        final String name;
        final int position;
        final Dictionary values;
        final List<String> jsonValues = new ArrayList<>();

        AttributeColumn(String name, int position, Dictionary values) {
            this.name = name;
            this.position = position;
            this.values = values;
        }

        /** Appends the value of the given row as JSON and codes it into the column. */
        void append(StringBuilder out, int row, String value) {
            int code = values.set(row, value);
            if (code < 0) {
                JsonText.string(out, value);
                return;
            }
            if (code == jsonValues.size()) {
                StringBuilder json = new StringBuilder(value.length() + 2);
                JsonText.string(json, value);
                jsonValues.add(json.toString());
            }
            out.append(jsonValues.get(code));
        }
    }

    private final ProjectFile project;
    private final Connection connection;
    private final long importId;
    private final Map<String, KnownTouchpoint> touchpoints = new HashMap<>();
    private final Map<String, Long> departments = new HashMap<>();
    /** The declared attribute columns' names (none until declared); their AttributeColumn once a value came. */
    private List<String> attributeNames = List.of();
    private AttributeColumn[] attributeColumns = new AttributeColumn[0];
    private boolean anyRespondent;
    /** In order of first value, which is the order attribute_columns lists them in. */
    private final List<AttributeColumn> attributesWithValues = new ArrayList<>();
    private final StringBuilder text = new StringBuilder(256);
    /** One character per touchpoint slot, reused from respondent to respondent. */
    private char[] slotChars = new char[0];
    private LocalDateTime lastDate;
    private String lastIsoDate;
    private final ChunkWriter writer;
    private final ImportColumns columns;
    private int slotsAtBegin;
    private boolean projectWasEmpty;
    /** The data generation when the import began. */
    private long generationAtBegin;
    /** The column cache the import extends; null when it was stale, and is then dropped at the commit. */
    private ColumnCache.Meta cacheAtBegin;
    /** Blocks in the column cache, this import's written so far included. */
    private int cacheBlocks;
    private RowChunk chunk;
    private int slots;
    private long nextRespondentId;
    private boolean finished;
    /** The first write failure; every later call reports it again instead of writing on. */
    private CxLensException failure;

    private ProjectImport(ProjectFile project, Connection connection, long importId, int importIndex)
            throws SQLException {
        this.project = project;
        this.connection = connection;
        this.importId = importId;
        this.writer = new ChunkWriter(connection, importId);
        this.chunk = new RowChunk(importId);
        this.columns = new ImportColumns(importIndex, ColumnCache.BLOCK_ROWS);
    }

    /** Starts the transaction and records the import's provenance. */
    static ProjectImport begin(ProjectFile project, Connection c, ImportMeta meta) throws SQLException {
        // Every key the import writes is its own (respondent ids, import id, departments it just
        // looked up or created), so checking them per row only costs the writer thread B-tree
        // look-ups. The pragma is connection state, not file content, and cannot change inside a
        // transaction: off before BEGIN, on again after COMMIT or ROLLBACK.
        setForeignKeys(c, false);
        c.setAutoCommit(false);
        try {
            long importId = Sql.insert(c, """
                    INSERT INTO imports(file_name, sha256, sheet, mapping_json, imported_at,
                        overall_scale_min, overall_scale_max, recommend_scale_min, recommend_scale_max)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    meta.fileName(), meta.sha256(), meta.sheet(), meta.mappingJson(), meta.importedAt().toString(),
                    meta.overallScale() == null ? null : meta.overallScale().worst(),
                    meta.overallScale() == null ? null : meta.overallScale().best(),
                    meta.recommendScale() == null ? null : meta.recommendScale().worst(),
                    meta.recommendScale() == null ? null : meta.recommendScale().best());
            int importIndex = (int) Sql.queryLong(c, "SELECT count(*) FROM imports") - 1;
            ProjectImport sink = new ProjectImport(project, c, importId, importIndex);
            sink.loadCatalogue();
            sink.readColumnCache();
            return sink;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            c.setAutoCommit(true);
            setForeignKeys(c, true);
            throw e;
        }
    }

    private static void setForeignKeys(Connection c, boolean on) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("PRAGMA foreign_keys = " + (on ? "ON" : "OFF"));
        }
    }

    private void loadCatalogue() throws SQLException {
        try (Statement st = connection.createStatement()) {
            Map<Long, KnownTouchpoint> byId = new HashMap<>();
            try (ResultSet rs = st.executeQuery("SELECT name, slot, scale_min, scale_max, id FROM touchpoints")) {
                while (rs.next()) {
                    int slot = rs.getInt(2);
                    KnownTouchpoint known = new KnownTouchpoint(slot, Scale.of(rs.getDouble(3), rs.getDouble(4)));
                    touchpoints.put(rs.getString(1), known);
                    byId.put(rs.getLong(5), known);
                    slots = Math.max(slots, slot + 1);
                }
            }
            // A column still named as before a rename or merge feeds the touchpoint that name became.
            TouchpointAliases.read(connection).forEach((alias, id) -> touchpoints.putIfAbsent(alias, byId.get(id)));
            try (ResultSet rs = st.executeQuery("SELECT name, id FROM departments")) {
                while (rs.next()) {
                    departments.put(rs.getString(1), rs.getLong(2));
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT coalesce(max(id), 0) + 1 FROM respondents")) {
                nextRespondentId = rs.next() ? rs.getLong(1) : 1;
            }
            projectWasEmpty = nextRespondentId == 1;
            slotsAtBegin = slots;
        }
    }

    /**
     * Whether the import can extend the column cache: it must be current, or the project empty
     * (whose cache, if any, holds nothing and is replaced).
     */
    private void readColumnCache() throws SQLException {
        generationAtBegin = ProjectSettings.dataGeneration(connection);
        if (projectWasEmpty) {
            Sql.update(connection, "DELETE FROM column_cache");
        }
        cacheAtBegin = projectWasEmpty ? new ColumnCache.Meta(0, slotsAtBegin, 0, false, List.of())
                : ColumnCache.meta(connection, generationAtBegin, slotsAtBegin);
        cacheBlocks = cacheAtBegin == null ? 0 : cacheAtBegin.blocks();
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
            writer.await();
            Sql.update(connection, """
                    INSERT INTO touchpoints(slot, name, department_id, moment_type, journey_order, scale_min, scale_max)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""",
                    slot, spec.name(), departmentId(spec.department()), spec.momentType().name(),
                    spec.journeyOrder(), spec.scale().worst(), spec.scale().best());
        } catch (SQLException e) {
            throw failed(project.writeFailed(e));
        } catch (InterruptedException e) {
            throw cancelled();
        }
        touchpoints.put(spec.name(), new KnownTouchpoint(slot, spec.scale()));
        slots = slot + 1;
        return slot;
    }

    /** The department's id, created on first use; null for no department. */
    private Long departmentId(String name) throws SQLException, InterruptedException {
        if (name == null || name.isBlank()) {
            return null;
        }
        Long id = departments.get(name);
        if (id == null) {
            writer.await();
            id = Sql.insert(connection, "INSERT INTO departments(name) VALUES (?)", name);
            departments.put(name, id);
        }
        return id;
    }

    @Override
    public void attributes(List<String> names) throws CxLensException {
        ensureOpen();
        if (anyRespondent || !attributeNames.isEmpty()) {
            throw new IllegalStateException("attribute columns are declared once, before the first respondent");
        }
        attributeNames = List.copyOf(names);
        attributeColumns = new AttributeColumn[names.size()];
    }

    @Override
    public void respondent(RespondentRecord r) throws CxLensException {
        ensureOpen();
        if (r.attributes().length != attributeColumns.length) {
            throw new IllegalArgumentException("respondent of row " + r.sourceRow() + " has "
                    + r.attributes().length + " attribute values; declared: " + attributeNames);
        }
        anyRespondent = true;
        if (Double.isInfinite(r.weight()) || Double.isInfinite(r.overall()) || Double.isInfinite(r.recommend())) {
            throw new CxLensException(Message.of("storage.import.notFinite", r.sourceRow(), project.path()));
        }
        if (slotChars.length < slots) {
            slotChars = new char[slots];
        }
        String scores = PackedAnswers.packScores(r.scores(), slots, slotChars, r.sourceRow());
        int row = columns.add(r, slotChars, slots);
        String expectations = PackedAnswers.packExpectations(r.expectations(), slots, slotChars);
        try {
            Long departmentId = departmentId(r.department());
            long id = nextRespondentId++;
            String attributes = attributesJson(r.attributes(), row);
            chunk.add(id, r.sourceRow(), r.externalId(), departmentId == null ? -1 : departmentId, r.wave(),
                    isoDate(r.date()), r.weight(), r.overall(),
                    r.overallExpectation() == null ? null : String.valueOf(r.overallExpectation().code()),
                    r.recommend(), scores, expectations, attributes);
            for (Comment comment : r.comments()) {
                chunk.addComment(new RowChunk.CommentRow(id, comment.question(), comment.text()));
            }
            if (columns.isFull()) {
                storeCacheBlock();
            }
        } catch (SQLException e) {
            throw failed(project.writeFailed(e));
        } catch (InterruptedException e) {
            throw cancelled();
        }
        submitIfFull();
    }

    /** Queues the collected block of the column cache for the writer thread; dropped when the cache is not kept. */
    private void storeCacheBlock() {
        byte[] block = columns.takeBlock();
        if (cacheAtBegin != null) {
            writer.queueCacheBlock(generationAtBegin + 1, cacheBlocks++, block);
        }
    }

    /**
     * The attribute values as a JSON array in declared order, null where empty and without trailing
     * nulls; also codes them into the column cache's row {@code row}.
     */
    private String attributesJson(String[] values, int row) {
        int last = values.length - 1;
        while (last >= 0 && values[last] == null) {
            last--;
        }
        if (last < 0) {
            return "[]";
        }
        text.setLength(0);
        text.append('[');
        for (int a = 0; a <= last; a++) {
            if (a > 0) {
                text.append(',');
            }
            if (values[a] == null) {
                text.append("null");
                continue;
            }
            AttributeColumn column = attributeColumns[a];
            if (column == null) {
                String name = attributeNames.get(a);
                column = new AttributeColumn(name, a, columns.segment(name));
                attributeColumns[a] = column;
                attributesWithValues.add(column);
            }
            column.append(text, row, values[a]);
        }
        return text.append(']').toString();
    }

    /**
     * ISO date, with the time only when the source gave one. Consecutive respondents mostly share
     * a date, so the last text is reused.
     */
    private String isoDate(LocalDateTime date) {
        if (date == null) {
            return null;
        }
        if (!date.equals(lastDate)) {
            lastIsoDate = date.toLocalTime().equals(LocalTime.MIDNIGHT) ? date.toLocalDate().toString() : date.toString();
            lastDate = date;
        }
        return lastIsoDate;
    }

    @Override
    public void problem(ImportProblem p) throws CxLensException {
        ensureOpen();
        text.setLength(0);
        text.append('[');
        Object[] args = p.reason().args();
        for (int i = 0; i < args.length; i++) {
            if (i > 0) {
                text.append(',');
            }
            if (args[i] instanceof Number n && Double.isFinite(n.doubleValue())) {
                JsonText.number(text, n.doubleValue());
            } else {
                JsonText.string(text, args[i] == null ? null : args[i].toString());
            }
        }
        text.append(']');
        chunk.addProblem(new RowChunk.ProblemRow(p.row(), p.column(), p.rawValue(), p.reason().key(),
                p.reason().render(Locale.ENGLISH), text.toString()));
        submitIfFull();
    }

    /** Hands the chunk to the writer thread once it is full. */
    private void submitIfFull() throws CxLensException {
        if (!chunk.isFull()) {
            return;
        }
        try {
            chunk = writer.submit(chunk);
        } catch (SQLException e) {
            throw failed(project.writeFailed(e));
        } catch (InterruptedException e) {
            throw cancelled();
        }
    }

    @Override
    public long commit(ImportCounts counts) throws CxLensException {
        return commit(counts, Progress.NONE);
    }

    /** Looks for a cancel between the steps of finishing the writes, the last just before the commit itself. */
    @Override
    public long commit(ImportCounts counts, Progress progress) throws CxLensException {
        ensureOpen();
        try {
            if (!columns.isEmpty()) {
                storeCacheBlock();
            }
            // Also when empty: it takes the last cache blocks along.
            chunk = writer.submit(chunk);
            writer.await();
            checkCancel(progress);
            try (PreparedStatement ps = connection.prepareStatement(
                    "INSERT INTO attribute_columns(import_id, name, position) VALUES (?, ?, ?)")) {
                for (AttributeColumn column : attributesWithValues) {
                    ps.setLong(1, importId);
                    ps.setString(2, column.name);
                    ps.setInt(3, column.position);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            Sql.update(connection, """
                    UPDATE imports SET rows_read = ?, respondents = ?, rows_skipped = ?, problems = ?
                    WHERE id = ?""",
                    counts.rowsRead(), counts.respondents(), counts.rowsSkipped(), counts.problems(), importId);
            ChangeLog.recordImport(connection, importId, counts.respondents());
            checkCancel(progress);
            updateColumnCache();
            checkCancel(progress);
            connection.commit();
        } catch (SQLException e) {
            throw failed(project.writeFailed(e));
        } catch (InterruptedException e) {
            throw cancelled();
        }
        finish();
        return importId;
    }

    /**
     * Makes the column cache, extended by the blocks of this import's rows, current again when it
     * was current before the import, so the next {@link ProjectFile#loadSurveyData} is fast;
     * otherwise drops it, to be rebuilt from the tables on the next load.
     */
    private void updateColumnCache() throws SQLException {
        long before = ProjectSettings.dataGeneration(connection);
        ProjectSettings.bumpDataGeneration(connection);
        if (cacheAtBegin == null || before != generationAtBegin) {
            Sql.update(connection, "DELETE FROM column_cache");
            return;
        }
        List<String> segments = new ArrayList<>(cacheAtBegin.segments());
        for (String name : columns.segmentNames()) {
            if (!segments.contains(name)) {
                segments.add(name);
            }
        }
        ColumnCache.setGeneration(connection, before + 1);
        ColumnCache.putMeta(connection, before + 1, new ColumnCache.Meta(cacheAtBegin.size() + columns.respondents(),
                slots, cacheBlocks, cacheAtBegin.weighted() || columns.weighted(), List.copyOf(segments)));
    }

    /** Rolls back unless committed; the file is left as it was before {@code begin}. */
    @Override
    public void close() throws CxLensException {
        if (finished) {
            return;
        }
        try {
            writer.shutdown();
            connection.rollback();
        } catch (SQLException e) {
            throw failed(project.writeFailed(e));
        } finally {
            finish();
        }
    }

    private void finish() throws CxLensException {
        finished = true;
        try {
            writer.shutdown();
            connection.setAutoCommit(true);
            setForeignKeys(connection, true);
        } catch (SQLException e) {
            throw failed(project.writeFailed(e));
        } finally {
            project.importFinished(this);
        }
    }

    private static void checkCancel(Progress progress) throws CancelledException {
        if (progress.isCancelled()) {
            throw new CancelledException();
        }
    }

    private CancelledException cancelled() {
        Thread.currentThread().interrupt();
        return new CancelledException();
    }

    private CxLensException failed(CxLensException e) {
        if (failure == null) {
            failure = e;
        }
        return e;
    }

    private void ensureOpen() throws CxLensException {
        if (finished) {
            throw new IllegalStateException("import already committed or closed");
        }
        if (failure != null) {
            throw failure;
        }
    }
}
