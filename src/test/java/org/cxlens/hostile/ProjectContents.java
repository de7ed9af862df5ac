package org.cxlens.hostile;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sqlite.SQLiteConfig;

/**
 * What a project file holds, read through a read-only SQLite connection for the tests (the
 * product reads it through storage only): SQLite's integrity check, the row count of every table
 * and a SHA-256 digest over every row of every table in rowid order.
 */
record ProjectContents(String integrity, Map<String, Long> counts, String digest) {

    static ProjectContents of(Path project) throws Exception {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        try (Connection c = config.createConnection("jdbc:sqlite:" + project); Statement st = c.createStatement()) {
            String integrity;
            try (ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
                integrity = rs.next() ? rs.getString(1) : "no result";
            }
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = st.executeQuery(
                    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            Map<String, Long> counts = new LinkedHashMap<>();
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String table : tables) {
                counts.put(table, digestRows(st, table, sha));
            }
            return new ProjectContents(integrity, counts, HexFormat.of().formatHex(sha.digest()));
        }
    }

    private static long digestRows(Statement st, String table, MessageDigest sha) throws SQLException {
        long rows = 0;
        sha.update(table.getBytes(StandardCharsets.UTF_8));
        try (ResultSet rs = st.executeQuery("SELECT * FROM \"" + table + "\" ORDER BY rowid")) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                rows++;
                for (int i = 1; i <= columns; i++) {
                    byte[] value = rs.getBytes(i);
                    sha.update(value == null ? new byte[] {0x7f} : value);
                    sha.update((byte) 0);
                }
            }
        }
        return rows;
    }

    long respondents() {
        return counts.getOrDefault("respondents", -1L);
    }
}
