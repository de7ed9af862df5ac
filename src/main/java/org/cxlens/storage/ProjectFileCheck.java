package org.cxlens.storage;

import java.io.IOException;
import java.io.InputStream;
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
 * then application_id, user_version and quick_check through a read-only connection.
 */
final class ProjectFileCheck {

    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final int HEADER_SIZE = 100;
    /** Header offset of the file format write version: 2 means WAL mode. */
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
        boolean walMode = header[WRITE_VERSION_OFFSET] == 2;
        try (Connection c = readOnly(file, walMode); Statement st = c.createStatement()) {
            if (intPragma(st, "application_id") != Schema.APPLICATION_ID) {
                throw notAProject(file);
            }
            int version = intPragma(st, "user_version");
            if (version > Schema.currentVersion()) {
                throw new CxLensException(Message.of("storage.open.newer", file, version, Schema.currentVersion()));
            }
            try (ResultSet rs = st.executeQuery("PRAGMA quick_check")) {
                String result = rs.next() ? rs.getString(1) : "no result";
                if (!"ok".equals(result)) {
                    throw new CxLensException(Message.of("storage.open.corrupt", file, result));
                }
            }
        } catch (SQLException e) {
            throw new CxLensException(Message.of("storage.open.corrupt", file, e.getMessage()), e);
        }
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
    private static Connection readOnly(Path file, boolean walMode) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        boolean immutable = walMode && !Files.exists(Path.of(file + "-wal"));
        String url = immutable
                ? "jdbc:sqlite:" + file.toUri() + "?immutable=1"
                : "jdbc:sqlite:" + file;
        return config.createConnection(url);
    }

    private static int intPragma(Statement st, String pragma) throws SQLException {
        try (ResultSet rs = st.executeQuery("PRAGMA " + pragma)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static CxLensException notAProject(Path file) {
        return new CxLensException(Message.of("storage.open.notProject", file));
    }
}
