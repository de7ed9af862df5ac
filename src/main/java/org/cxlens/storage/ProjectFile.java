package org.cxlens.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.cxlens.domain.ChangeEntry;
import org.cxlens.domain.ChangeKind;
import org.cxlens.domain.ClassificationScheme;
import org.cxlens.domain.CxLensException;
import org.cxlens.domain.ImportCounts;
import org.cxlens.domain.ImportInfo;
import org.cxlens.domain.ImportMeta;
import org.cxlens.domain.ImportProblem;
import org.cxlens.domain.ImportSink;
import org.cxlens.domain.ImportTarget;
import org.cxlens.domain.Message;
import org.cxlens.domain.SurveyData;
import org.cxlens.domain.Touchpoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;

/**
 * An open project file (DESIGN §6). One SQLite connection, used by one caller at a time: the
 * class is not thread-safe. While an import is open only reads are allowed, and they see the
 * import's uncommitted rows. A report file (ADR 0007) is opened through a read-only connection
 * and every change to it is refused, so SQLite never writes to it, not even a journal.
 */
public final class ProjectFile implements ImportTarget, AutoCloseable {

    /** Respondent count below which a result is flagged as a low base, unless the project says otherwise. */
    public static final int DEFAULT_LOW_BASE_MINIMUM = 30;

    private static final Logger LOG = LoggerFactory.getLogger(ProjectFile.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path path;
    private final Connection connection;
    /** The file's quick_check, still running after {@link #openChecking}; done otherwise. */
    private final CompletableFuture<Void> contentChecked;
    /** The mark of a report file; null for a project. */
    private final ReportMark report;
    /** This process's hold on the project (ADR 0008); null for a report file, which any number may read. */
    private final ProjectLock lock;
    private ProjectImport openImport;
    /** Whether {@link ProblemReasons}' SQL function is known to this connection yet. */
    private boolean reasonsRegistered;

    private ProjectFile(Path path, Connection connection, ProjectLock lock) {
        this(path, connection, CompletableFuture.completedFuture(null), null, lock);
    }

    private ProjectFile(Path path, Connection connection, CompletableFuture<Void> contentChecked, ReportMark report,
                        ProjectLock lock) {
        this.path = path;
        this.connection = connection;
        this.contentChecked = contentChecked;
        this.report = report;
        this.lock = lock;
    }

    /** Creates a new, empty project; refuses to overwrite an existing file, or one another process is making. */
    public static ProjectFile create(Path file) throws CxLensException {
        if (Files.exists(file)) {
            throw new CxLensException(Message.of("storage.create.exists", file));
        }
        ProjectLock lock = ProjectLock.acquire(file);
        Connection c = null;
        try {
            c = readWrite(file);
            try (Statement st = c.createStatement()) {
                // Larger pages made a million-row import ~8% cheaper. The journal stays SQLite's
                // rollback journal (ADR 0001): an import's new pages are written once, not twice.
                st.execute("PRAGMA page_size = 16384");
                st.executeUpdate("PRAGMA application_id = " + Schema.APPLICATION_ID);
            }
            ProjectFile project = new ProjectFile(file, c, lock);
            project.migrate();
            return project;
        } catch (SQLException e) {
            abandon(c, file, lock);
            throw new CxLensException(Message.of("storage.create.failed", file, e.getMessage()), e);
        } catch (CxLensException | RuntimeException | Error e) {
            abandon(c, file, lock);
            throw e;
        }
    }

    /** Removes a project {@link #create} could not finish, and gives its lock back. */
    private static void abandon(Connection c, Path file, ProjectLock lock) {
        closeQuietly(c);
        deleteQuietly(file);
        lock.close();
    }

    /**
     * Opens an existing project, after checking without changing anything that it is a CX Lens
     * project, not newer than this version, and not corrupt; then brings its schema up to date.
     * A project another process has open is refused ("in use", ADR 0008); a report file is not.
     */
    public static ProjectFile open(Path file) throws CxLensException {
        ProjectLock lock = ProjectLock.acquire(file);
        try {
            ProjectFile opened = openHolding(file, lock);
            if (opened.lock == null) {
                lock.close();
            }
            return opened;
        } catch (CxLensException | RuntimeException | Error e) {
            lock.close();
            throw e;
        }
    }

    /** {@link #open} once the lock is held; a report comes back without it. */
    private static ProjectFile openHolding(Path file, ProjectLock lock) throws CxLensException {
        ProjectFileCheck.check(file);
        ProjectFile report = openIfReport(file, CompletableFuture.completedFuture(null));
        if (report != null) {
            return report;
        }
        Connection c = null;
        try {
            c = readWrite(file);
            if (ReportTable.read(c) != null) {
                // A report beside a journal someone else's writing left: now rolled back, read-only from here.
                c.close();
                return openIfReport(file, CompletableFuture.completedFuture(null));
            }
            ProjectFile project = new ProjectFile(file, c, lock);
            project.migrate();
            return project;
        } catch (SQLException e) {
            closeQuietly(c);
            throw new CxLensException(Message.of("storage.open.failed", file, e.getMessage()), e);
        } catch (CxLensException e) {
            closeQuietly(c);
            throw e;
        }
    }

    /**
     * Opens an existing project as {@link #open} does, but lets the caller read while SQLite's
     * quick_check, a read of the whole file, runs on a thread of its own: opening a large project
     * then takes the longer of the two, not both. Nothing is written until the check has passed
     * (every write waits for it); call {@link #checked()} before trusting anything read. A project
     * that needs a schema update or has a cut-off import beside it is checked first, as by {@link #open}.
     */
    public static ProjectFile openChecking(Path file) throws CxLensException {
        if (!ProjectFileCheck.checkedButForContent(file)) {
            return open(file);
        }
        // Before the check, which reads the whole file: a project in use elsewhere is refused at once.
        ProjectLock lock = ProjectLock.acquire(file);
        try {
            return openCheckingHolding(file, lock);
        } catch (CxLensException | RuntimeException | Error e) {
            lock.close();
            throw e;
        }
    }

    private static ProjectFile openCheckingHolding(Path file, ProjectLock lock) throws CxLensException {
        CompletableFuture<Void> check = new CompletableFuture<>();
        Thread checking = new Thread(() -> {
            try {
                ProjectFileCheck.quickCheck(file, false);
                check.complete(null);
            } catch (Throwable e) {
                // Whatever stops the check (running out of memory too) must reach checked(), which would wait forever.
                check.completeExceptionally(e);
            }
        }, "cxlens-check");
        checking.setDaemon(true);
        checking.start();
        ProjectFile report = openIfReport(file, check);
        if (report != null) {
            lock.close();
            return report;
        }
        try {
            return new ProjectFile(file, readWrite(file), check, null, lock);
        } catch (SQLException e) {
            throw new CxLensException(Message.of("storage.open.failed", file, e.getMessage()), e);
        }
    }

    /** Waits for the check of {@link #openChecking}; a damaged file gives the same message as {@link #open}. */
    public void checked() throws CxLensException {
        try {
            contentChecked.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof CxLensException cx) {
                throw cx;
            }
            throw e;
        }
    }

    /**
     * The number of respondents of a project, read without changing the file (no schema update),
     * for lists of projects such as the app's recent files.
     */
    public static long respondentCount(Path file) throws CxLensException {
        ProjectFileCheck.check(file);
        try (Connection c = ProjectFileCheck.readOnly(file)) {
            return Sql.queryLong(c, "SELECT count(*) FROM respondents");
        } catch (SQLException e) {
            throw new CxLensException(Message.of("storage.open.unreadable", file, e.getMessage()), e);
        }
    }

    /**
     * A report file through a read-only connection, or null (its connection closed) for a project.
     * A report of an older schema is refused: it cannot be brought up to date without writing to it.
     */
    private static ProjectFile openIfReport(Path file, CompletableFuture<Void> contentChecked) throws CxLensException {
        if (Files.exists(Path.of(file + "-journal"))) {
            // A read-only connection cannot roll the journal back; the read-write open does first.
            return null;
        }
        Connection c = null;
        try {
            c = ProjectFileCheck.readOnly(file);
            ReportMark mark = ReportTable.read(c);
            if (mark == null) {
                c.close();
                return null;
            }
            long version = Sql.queryLong(c, "PRAGMA user_version");
            if (version < Schema.currentVersion()) {
                throw new CxLensException(Message.of("storage.report.older", file));
            }
            return new ProjectFile(file, c, contentChecked, mark, null);
        } catch (SQLException e) {
            // A file whose first pages cannot be read is damaged: its check says so before
            // anything is read from or written to it as a project.
            closeQuietly(c);
            return null;
        } catch (CxLensException e) {
            closeQuietly(c);
            throw e;
        }
    }

    private static Connection readWrite(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        // FULL: a committed import survives a power cut; the cost is one fsync per commit.
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setCacheSize(-64_000);
        config.setTempStore(SQLiteConfig.TempStore.MEMORY);
        config.setBusyTimeout(5_000);
        // Ids come from last_insert_rowid(); the driver's generated-keys support would scan the SQL
        // text of every executed insert with a regular expression.
        config.setGetGeneratedKeys(false);
        return config.createConnection("jdbc:sqlite:" + file);
    }

    private void migrate() throws CxLensException {
        try (Statement st = connection.createStatement()) {
            int version;
            try (ResultSet rs = st.executeQuery("PRAGMA user_version")) {
                version = rs.next() ? rs.getInt(1) : 0;
            }
            if (version >= Schema.currentVersion()) {
                return;
            }
            connection.setAutoCommit(false);
            try {
                for (int v = version; v < Schema.currentVersion(); v++) {
                    st.executeUpdate(Schema.MIGRATIONS.get(v));
                    st.executeUpdate("PRAGMA user_version = " + (v + 1));
                    LOG.info("Migrated {} to schema version {}", path, v + 1);
                }
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new CxLensException(Message.of("storage.open.migrationFailed", path, e.getMessage()), e);
        }
    }

    public Path path() {
        return path;
    }

    /** The mark of a report file: what it opens on; empty for a project. */
    public Optional<ReportMark> reportMark() {
        return Optional.ofNullable(report);
    }

    /** Refuses, with one sentence naming the file, any change to a report file. */
    public void requireWritable() throws CxLensException {
        if (report != null) {
            throw new CxLensException(Message.of("storage.report.readOnly", path));
        }
    }

    // ---- imports -------------------------------------------------------------------------

    @Override
    public Optional<ImportInfo> importWithSha256(String sha256) throws CxLensException {
        List<ImportInfo> found = imports("WHERE sha256 = ? ORDER BY id LIMIT 1", sha256);
        return found.stream().findFirst();
    }

    @Override
    public ImportSink begin(ImportMeta meta) throws CxLensException {
        requireWritable();
        requireNoImport();
        try {
            openImport = ProjectImport.begin(this, connection, meta);
            return openImport;
        } catch (SQLException e) {
            throw writeFailed(e);
        }
    }

    void importFinished(ProjectImport finished) {
        if (openImport == finished) {
            openImport = null;
        }
    }

    CxLensException writeFailed(SQLException e) {
        return new CxLensException(Message.of("storage.write.failed", path, e.getMessage()), e);
    }

    CxLensException readFailed(SQLException e) {
        return new CxLensException(Message.of("storage.read.failed", path, e.getMessage()), e);
    }

    /**
     * Before a change: no import may be open, and the file must have passed its check, as the
     * change log reads the values it replaces before the change is written.
     */
    private void requireNoImport() throws CxLensException {
        if (openImport != null) {
            throw new IllegalStateException("an import is still open on " + path);
        }
        checked();
    }

    // ---- queries -------------------------------------------------------------------------

    public ProjectSummary summary() throws CxLensException {
        try {
            return new ProjectSummary(
                    Sql.queryLong(connection, "SELECT count(*) FROM respondents"),
                    (int) Sql.queryLong(connection, "SELECT count(*) FROM touchpoints"),
                    (int) Sql.queryLong(connection, "SELECT count(*) FROM departments"),
                    Sql.queryLong(connection, "SELECT count(*) FROM problems"),
                    imports("ORDER BY id"));
        } catch (SQLException e) {
            throw readFailed(e);
        }
    }

    /** Every import in the order they were made. */
    public List<ImportInfo> imports() throws CxLensException {
        return imports("ORDER BY id");
    }

    private List<ImportInfo> imports(String where, Object... args) throws CxLensException {
        String sql = "SELECT id, file_name, sha256, sheet, imported_at, rows_read, respondents, rows_skipped, "
                + "problems FROM imports " + where;
        List<ImportInfo> result = new ArrayList<>();
        try (PreparedStatement ps = Sql.prepare(connection, sql, args); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                result.add(new ImportInfo(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        Instant.parse(rs.getString(5)),
                        new ImportCounts(rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9))));
            }
        } catch (SQLException e) {
            throw readFailed(e);
        }
        return result;
    }

    /**
     * The weight columns the imports' stored mappings name, each once, in import order: the
     * column the analysis outputs name when they say by what figures are weighted. Imports
     * without one weight their respondents 1.
     */
    public List<String> weightColumns() throws CxLensException {
        List<String> result = new ArrayList<>();
        try (PreparedStatement ps = Sql.prepare(connection, """
                SELECT coalesce(json_extract(c.value, '$.column'), json_extract(c.value, '$.pattern'))
                FROM imports i, json_each(i.mapping_json, '$.columns') c
                WHERE json_valid(i.mapping_json) AND json_extract(c.value, '$.role') = 'WEIGHT'
                ORDER BY i.id, c.key""");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String column = rs.getString(1);
                if (column != null && !result.contains(column)) {
                    result.add(column);
                }
            }
        } catch (SQLException e) {
            throw readFailed(e);
        }
        return result;
    }

    /**
     * The mapping each import was made with, as the JSON of a mapping profile, keyed by import id
     * in import order; imports stored without one are left out. The next wave reuses them.
     */
    public Map<Long, String> importMappings() throws CxLensException {
        Map<Long, String> result = new LinkedHashMap<>();
        try (PreparedStatement ps = Sql.prepare(connection,
                "SELECT id, mapping_json FROM imports WHERE mapping_json IS NOT NULL ORDER BY id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                result.put(rs.getLong(1), rs.getString(2));
            }
        } catch (SQLException e) {
            throw readFailed(e);
        }
        return result;
    }

    /** The first {@code limit} problems of an import, in row order. */
    public List<ImportProblem> problems(long importId, int limit) throws CxLensException {
        return problems(importId, "", 0, limit);
    }

    /**
     * One page of an import's problems in row order: those whose row number, column, value or
     * (English) reason contains {@code search}, ignoring case for ASCII letters; all when it is blank.
     */
    public List<ImportProblem> problems(long importId, String search, long offset, int limit) throws CxLensException {
        return problems(importId, search, Locale.ENGLISH, offset, limit);
    }

    /** As {@link #problems(long, String, long, int)}, the reason also searched as it reads in {@code language}. */
    public List<ImportProblem> problems(long importId, String search, Locale language, long offset, int limit)
            throws CxLensException {
        List<ImportProblem> result = new ArrayList<>();
        try (PreparedStatement ps = Sql.prepare(connection, """
                SELECT row, column_name, raw_value, reason_code, reason_args FROM problems
                WHERE import_id = ? AND %s ORDER BY row, rowid LIMIT ? OFFSET ?""".formatted(problemSearch()),
                importId, like(search), like(search), like(search), like(search), like(search),
                language.toLanguageTag(), like(search), limit, offset);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Object[] args = JSON.readValue(rs.getString(5), new TypeReference<List<Object>>() { }).toArray();
                result.add(new ImportProblem(rs.getInt(1), rs.getString(2), rs.getString(3),
                        new Message(rs.getString(4), args)));
            }
        } catch (SQLException e) {
            throw readFailed(e);
        } catch (JsonProcessingException e) {
            throw new CxLensException(Message.of("storage.read.failed", path, e.getOriginalMessage()), e);
        }
        return result;
    }

    public long problemCount(long importId) throws CxLensException {
        return problemCount(importId, "");
    }

    /** How many of an import's problems {@link #problems(long, String, long, int)} finds for the search. */
    public long problemCount(long importId, String search) throws CxLensException {
        return problemCount(importId, search, Locale.ENGLISH);
    }

    /** How many of an import's problems {@link #problems(long, String, Locale, long, int)} finds. */
    public long problemCount(long importId, String search, Locale language) throws CxLensException {
        try {
            return Sql.queryLong(connection, "SELECT count(*) FROM problems WHERE import_id = ? AND " + problemSearch(),
                    importId, like(search), like(search), like(search), like(search), like(search),
                    language.toLanguageTag(), like(search));
        } catch (SQLException e) {
            throw readFailed(e);
        }
    }

    /** The search condition; the reason in the user's language is rendered only for rows nothing else matched. */
    private String problemSearch() throws SQLException {
        if (!reasonsRegistered) {
            ProblemReasons.register(connection);
            reasonsRegistered = true;
        }
        return PROBLEM_SEARCH;
    }

    private static final String PROBLEM_SEARCH = """
            (? IS NULL OR CAST(row AS TEXT) LIKE ? ESCAPE '\\' OR column_name LIKE ? ESCAPE '\\'
             OR raw_value LIKE ? ESCAPE '\\' OR reason LIKE ? ESCAPE '\\'
             OR reason_in(reason_code, reason_args, ?) LIKE ? ESCAPE '\\')""";

    /** A LIKE pattern finding the text anywhere, its wildcards taken literally; null for a blank search. */
    private static String like(String search) {
        if (search == null || search.isBlank()) {
            return null;
        }
        return "%" + search.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /** The touchpoint catalogue in slot order. */
    public List<Touchpoint> touchpoints() throws CxLensException {
        return TouchpointCatalogue.read(this, connection);
    }

    /**
     * The names touchpoints had before a rename or merge, by touchpoint id, alphabetically: an
     * import files a column with such a name under the touchpoint it now stands for.
     */
    public Map<Long, List<String>> touchpointAliases() throws CxLensException {
        try {
            return TouchpointAliases.byTouchpoint(connection);
        } catch (SQLException e) {
            throw readFailed(e);
        }
    }

    /**
     * Saves the analyst's settings of a touchpoint: name, moment type, journey order, department,
     * target, each change logged. A new name another touchpoint already has is refused.
     */
    public void updateTouchpoint(Touchpoint touchpoint) throws CxLensException {
        requireWritable();
        requireNoImport();
        TouchpointCatalogue.update(this, connection, touchpoint);
    }

    /** Gives the touchpoints journey positions 1, 2, 3... in the order of their ids; the others follow. */
    public void reorderTouchpoints(List<Long> journey) throws CxLensException {
        requireWritable();
        requireNoImport();
        TouchpointCatalogue.reorder(this, connection, journey);
    }

    /**
     * Moves every answer of touchpoint {@code from} to {@code into} and removes {@code from}, so
     * the merged touchpoint's base is the sum of both. Refused, changing nothing, when their scales
     * differ or any respondent answered both (their two answers cannot become one).
     */
    public void mergeTouchpoints(long from, long into) throws CxLensException {
        requireWritable();
        requireNoImport();
        TouchpointMerge.merge(this, connection, from, into);
    }

    /** Every change made to the project, newest first. */
    public List<ChangeEntry> changeLog() throws CxLensException {
        try {
            return ChangeLog.read(connection);
        } catch (SQLException e) {
            throw readFailed(e);
        }
    }

    public ClassificationScheme scheme() throws CxLensException {
        try {
            String delighted = ProjectSettings.get(connection, ProjectSettings.DELIGHTED_FROM);
            String satisfied = ProjectSettings.get(connection, ProjectSettings.SATISFIED_FROM);
            String recovery = ProjectSettings.get(connection, ProjectSettings.RECOVERY_BELOW);
            if (delighted == null || satisfied == null || recovery == null) {
                return ClassificationScheme.DEFAULT;
            }
            boolean expectationRule = !"false".equals(ProjectSettings.get(connection, ProjectSettings.EXPECTATION_RULE));
            return new ClassificationScheme(Double.parseDouble(delighted), Double.parseDouble(satisfied),
                    Double.parseDouble(recovery), expectationRule);
        } catch (SQLException e) {
            throw readFailed(e);
        }
    }

    public void saveScheme(ClassificationScheme scheme) throws CxLensException {
        requireWritable();
        requireNoImport();
        ClassificationScheme before = scheme();
        inTransaction(() -> {
            ChangeLog.record(connection, ChangeKind.SCHEME, ChangeEntry.DELIGHTED_FROM, before.delightedFrom(),
                    scheme.delightedFrom());
            ChangeLog.record(connection, ChangeKind.SCHEME, ChangeEntry.SATISFIED_FROM, before.satisfiedFrom(),
                    scheme.satisfiedFrom());
            ChangeLog.record(connection, ChangeKind.SCHEME, ChangeEntry.RECOVERY_BELOW, before.recoveryBelow(),
                    scheme.recoveryBelow());
            ProjectSettings.put(connection, ProjectSettings.DELIGHTED_FROM, scheme.delightedFrom());
            ProjectSettings.put(connection, ProjectSettings.SATISFIED_FROM, scheme.satisfiedFrom());
            ProjectSettings.put(connection, ProjectSettings.RECOVERY_BELOW, scheme.recoveryBelow());
            ProjectSettings.put(connection, ProjectSettings.EXPECTATION_RULE, scheme.expectationRule());
        });
    }

    /** Fewest respondents a result needs before it is shown without a low-base warning. */
    public int lowBaseMinimum() throws CxLensException {
        try {
            String v = ProjectSettings.get(connection, ProjectSettings.LOW_BASE_MINIMUM);
            return v == null ? DEFAULT_LOW_BASE_MINIMUM : Integer.parseInt(v);
        } catch (SQLException e) {
            throw readFailed(e);
        }
    }

    public void setLowBaseMinimum(int minimum) throws CxLensException {
        if (minimum < 1) {
            throw new IllegalArgumentException("low-base minimum must be at least 1: " + minimum);
        }
        requireWritable();
        requireNoImport();
        int before = lowBaseMinimum();
        inTransaction(() -> {
            ChangeLog.record(connection, ChangeKind.LOW_BASE_MINIMUM, null, before, minimum);
            ProjectSettings.put(connection, ProjectSettings.LOW_BASE_MINIMUM, minimum);
        });
    }

    // ---- stored figures (ADR 0010) ---------------------------------------------------------

    /**
     * A hash of everything in the file figures computed from it depend on (settings, catalogue,
     * aliases, imports, the data generation): it changes with every import, catalogue edit,
     * merge and setting change. A few milliseconds; read before the respondents are loaded.
     */
    public String figuresFingerprint() throws CxLensException {
        try {
            return StoredFigures.fingerprint(connection);
        } catch (SQLException e) {
            throw readFailed(e);
        }
    }

    /** The figures stored under {@code name}, only if they were stored under this fingerprint. */
    public Optional<String> storedFigures(String name, String fingerprint) throws CxLensException {
        try {
            return StoredFigures.read(connection, name, fingerprint);
        } catch (SQLException e) {
            throw readFailed(e);
        }
    }

    /**
     * Keeps figures under {@code name} for the project with this fingerprint, replacing earlier
     * ones. Refused for a report file, like every change; logged nowhere (they are no change a user made).
     */
    public void storeFigures(String name, String fingerprint, String figures) throws CxLensException {
        requireWritable();
        requireNoImport();
        inTransaction(() -> StoredFigures.write(connection, name, fingerprint, figures));
    }

    /** Everything the analysis needs, column-wise (see {@link SurveyData}). */
    public SurveyData loadSurveyData() throws CxLensException {
        requireNoImport();
        return SurveyDataLoader.load(this, connection);
    }

    /**
     * Stored details (file id, source row, comments) of respondents by their position in
     * {@link #loadSurveyData()}'s result, which holds {@code respondents} respondents.
     */
    public RespondentDetails respondentDetails(int respondents) throws CxLensException {
        requireNoImport();
        return RespondentDetails.of(this, connection, respondents);
    }

    /** Writes a compact, consistent copy of the project to a new file. */
    public void saveCopy(Path target) throws CxLensException {
        requireNoImport();
        if (Files.exists(target)) {
            throw new CxLensException(Message.of("storage.copy.exists", target));
        }
        try {
            Sql.update(connection, "VACUUM INTO ?", target.toString());
        } catch (SQLException e) {
            throw new CxLensException(Message.of("storage.copy.failed", path, target, e.getMessage()), e);
        }
    }

    /**
     * Writes a report file: a compact copy (VACUUM INTO a hidden file beside the target), marked
     * as a report, then moved into place, so the target is never seen half written. A report may
     * be saved from a report; its mark is replaced.
     */
    public void saveReport(Path target, ReportMark mark) throws CxLensException {
        requireNoImport();
        if (Files.exists(target)) {
            throw new CxLensException(Message.of("storage.copy.exists", target));
        }
        Path part = target.resolveSibling("." + target.getFileName() + ".part");
        try {
            deleteQuietly(part);
            Sql.update(connection, "VACUUM INTO ?", part.toString());
            try (Connection copy = readWrite(part)) {
                ReportTable.write(copy, mark);
            }
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (SQLException | IOException e) {
            deleteQuietly(part);
            throw new CxLensException(Message.of("storage.report.failed", path, target, e.getMessage()), e);
        }
    }

    /** Rolls back an import still open, then closes the file; no side file is left behind. */
    @Override
    public void close() throws CxLensException {
        try {
            if (openImport != null) {
                openImport.close();
            }
        } finally {
            try {
                connection.close();
            } catch (SQLException e) {
                throw writeFailed(e);
            } finally {
                if (lock != null) {
                    lock.close();
                }
            }
        }
    }

    interface SqlWork {
        void run() throws SQLException;
    }

    void inTransaction(SqlWork work) throws CxLensException {
        checked();
        try {
            connection.setAutoCommit(false);
            try {
                work.run();
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw writeFailed(e);
        }
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException e) {
                LOG.warn("Closing a failed connection: {}", e.getMessage());
            }
        }
    }

    private static void deleteQuietly(Path file) {
        for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
            try {
                Files.deleteIfExists(Path.of(file + suffix));
            } catch (IOException e) {
                LOG.warn("Could not remove {}{} after a failed create: {}", file, suffix, e.getMessage());
            }
        }
    }
}
