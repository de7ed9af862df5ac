package org.cxlens.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import org.cxlens.domain.CxLensException;
import org.cxlens.domain.Message;
import org.sqlite.SQLiteConfig;

/**
 * Decides whether a file may be opened read-write as a project, without changing it: the header,
 * application_id and user_version, then quick_check through a read-only connection.
 */
final class ProjectFileCheck {

    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final int HEADER_SIZE = 100;
    /** Header offsets (SQLite file format, section 1.3). */
    private static final int USER_VERSION_OFFSET = 60;
    private static final int APPLICATION_ID_OFFSET = 68;
    /** Header offset of the file format write version: 2 means WAL mode (projects of early builds, foreign files). */
    private static final int WRITE_VERSION_OFFSET = 18;

    private ProjectFileCheck() {
    }

    static void check(Path file) throws CxLensException {
        if (!Files.isRegularFile(file)) {
            throw new CxLensException(Message.of("storage.open.missing", file));
        }
        byte[] header = readHeader(file);
        if (header.length < HEADER_SIZE
                || !Arrays.equals(Arrays.copyOf(header, SQLITE_MAGIC.length), SQLITE_MAGIC)) {
            throw notAProject(file);
        }
        // application_id and user_version sit in the header, so they are checked without SQLite.
        if (headerInt(header, APPLICATION_ID_OFFSET) != Schema.APPLICATION_ID) {
            throw notAProject(file);
        }
        int version = headerInt(header, USER_VERSION_OFFSET);
        if (version > Schema.currentVersion()) {
            throw new CxLensException(Message.of("storage.open.newer", file, version, Schema.currentVersion()));
        }
        if (Files.exists(Path.of(file + "-journal"))) {
            // An import cut off by a crash: a read-only connection cannot roll it back, the
            // read-write open does, restoring the project as it was before that import.
            return;
        }
        quickCheck(file, header[WRITE_VERSION_OFFSET] == 2);
    }

    /**
     * Whether {@link #check} would pass without its quick_check, which reads the whole file: a
     * project of this version with no cut-off import beside it, so opening it changes nothing.
     */
    static boolean checkedButForContent(Path file) throws CxLensException {
        if (!Files.isRegularFile(file) || Files.exists(Path.of(file + "-journal"))) {
            return false;
        }
        byte[] header = readHeader(file);
        return header.length >= HEADER_SIZE
                && Arrays.equals(Arrays.copyOf(header, SQLITE_MAGIC.length), SQLITE_MAGIC)
                && headerInt(header, APPLICATION_ID_OFFSET) == Schema.APPLICATION_ID
                && headerInt(header, USER_VERSION_OFFSET) == Schema.currentVersion()
                && header[WRITE_VERSION_OFFSET] != 2;
    }

    /** SQLite's quick_check of every page through a read-only connection. */
    static void quickCheck(Path file, boolean walMode) throws CxLensException {
        try (Connection c = readOnly(file, walMode); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("PRAGMA quick_check")) {
            String result = rs.next() ? rs.getString(1) : "no result";
            if (!"ok".equals(result)) {
                throw new CxLensException(Message.of("storage.open.corrupt", file, result));
            }
        } catch (SQLException e) {
            throw new CxLensException(Message.of("storage.open.corrupt", file, e.getMessage()), e);
        }
    }

    private static int headerInt(byte[] header, int offset) {
        return ByteBuffer.wrap(header, offset, Integer.BYTES).order(ByteOrder.BIG_ENDIAN).getInt();
    }

    private static byte[] readHeader(Path file) throws CxLensException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(HEADER_SIZE);
        } catch (IOException e) {
            throw new CxLensException(Message.of("storage.open.unreadable", file, e.getMessage()), e);
        }
    }

    /**
     * A read-only connection. A WAL-mode file without a -wal beside it is opened immutable, since
     * SQLite would otherwise create -wal and -shm files next to it even when reading.
     */
    static Connection readOnly(Path file) throws SQLException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] header = in.readNBytes(HEADER_SIZE);
            return readOnly(file, header.length > WRITE_VERSION_OFFSET && header[WRITE_VERSION_OFFSET] == 2);
        } catch (IOException e) {
            throw new SQLException(e.getMessage(), e);
        }
    }

    private static Connection readOnly(Path file, boolean walMode) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        boolean immutable = walMode && !Files.exists(Path.of(file + "-wal"));
        String url = immutable
                ? "jdbc:sqlite:" + file.toUri() + "?immutable=1"
                : "jdbc:sqlite:" + file;
        return config.createConnection(url);
    }

    private static CxLensException notAProject(Path file) {
        return new CxLensException(Message.of("storage.open.notProject", file));
    }
}
