package org.cxlens.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.cxlens.domain.ChangeEntry;
import org.cxlens.domain.ChangeKind;

/**
 * The {@code change_log} table. Entries are written by the storage operation that makes the
 * change, inside its transaction, so no front end can change the project without a log line.
 */
final class ChangeLog {

    private ChangeLog() {
    }

    /** Adds an entry unless before and after are equal; values are stored as text (numbers as written by Java). */
    static void record(Connection c, ChangeKind kind, String subject, Object before, Object after) throws SQLException {
        String from = before == null ? null : String.valueOf(before);
        String to = after == null ? null : String.valueOf(after);
        if (kind != ChangeKind.IMPORT && Objects.equals(from, to)) {
            return;
        }
        Sql.update(c, "INSERT INTO change_log(changed_at, kind, subject, before_value, after_value) VALUES (?, ?, ?, ?, ?)",
                Instant.now().toString(), kind.name(), subject, from, to);
    }

    /** Logs a committed import as the migration to schema 3 logged the earlier ones: at its import time. */
    static void recordImport(Connection c, long importId, long respondents) throws SQLException {
        Sql.update(c, """
                INSERT INTO change_log(changed_at, kind, subject, after_value)
                SELECT imported_at, 'IMPORT', file_name || coalesce(' [' || sheet || ']', ''), ?
                FROM imports WHERE id = ?""", respondents, importId);
    }

    /** Every entry, newest first. */
    static List<ChangeEntry> read(Connection c) throws SQLException {
        List<ChangeEntry> result = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT id, changed_at, kind, subject, before_value, after_value FROM change_log
                ORDER BY id DESC""");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                result.add(new ChangeEntry(rs.getLong(1), Instant.parse(rs.getString(2)),
                        ChangeKind.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5), rs.getString(6)));
            }
        }
        return result;
    }
}
