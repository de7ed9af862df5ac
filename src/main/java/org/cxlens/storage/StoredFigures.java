package org.cxlens.storage;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Figures computed from a project's data and kept in its {@code settings} table (ADR 0010), each
 * under the fingerprint of the project it was computed from. The fingerprint hashes every table
 * an analysis can depend on except the respondents, which the data generation stands for: any
 * import, catalogue edit, merge or setting change gives another fingerprint, and figures stored
 * under an older one are never handed out.
 */
final class StoredFigures {

    /** Settings keys of stored figures; they are left out of the fingerprint, which they would otherwise change. */
    private static final String PREFIX = "figures.";

    /** Everything besides the respondents that analyses read; each row of each in a fixed order. */
    private static final String[] HASHED = {
        "SELECT key, value FROM settings WHERE key NOT LIKE 'figures.%' ORDER BY key",
        "SELECT id, slot, name, department_id, moment_type, journey_order, scale_min, scale_max, target "
                + "FROM touchpoints ORDER BY id",
        "SELECT id, name FROM departments ORDER BY id",
        "SELECT alias, touchpoint_id FROM touchpoint_aliases ORDER BY alias",
        "SELECT id, sha256, sheet, mapping_json, respondents, overall_scale_min, overall_scale_max, "
                + "recommend_scale_min, recommend_scale_max FROM imports ORDER BY id",
    };

    private StoredFigures() {
    }

    /** SHA-256, in hex, of the schema version and every row the queries above read. */
    static String fingerprint(Connection c) throws SQLException {
        MessageDigest digest = sha256();
        try (Statement st = c.createStatement()) {
            digest.update(("schema " + Schema.currentVersion() + "\n").getBytes(StandardCharsets.UTF_8));
            for (String query : HASHED) {
                try (ResultSet rs = st.executeQuery(query)) {
                    int columns = rs.getMetaData().getColumnCount();
                    StringBuilder row = new StringBuilder();
                    while (rs.next()) {
                        row.setLength(0);
                        for (int i = 1; i <= columns; i++) {
                            // Length-prefixed, so no value can pass for the end of another.
                            String v = rs.getString(i);
                            row.append(v == null ? "-" : v.length() + ":" + v).append('|');
                        }
                        digest.update(row.append('\n').toString().getBytes(StandardCharsets.UTF_8));
                    }
                }
                digest.update((byte) 0);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The figures stored under {@code name}, if they were stored under this fingerprint. */
    static Optional<String> read(Connection c, String name, String fingerprint) throws SQLException {
        String stored = ProjectSettings.get(c, PREFIX + name);
        if (stored == null) {
            return Optional.empty();
        }
        int end = stored.indexOf('\n');
        if (end < 0 || !stored.substring(0, end).equals(fingerprint)) {
            return Optional.empty();
        }
        return Optional.of(stored.substring(end + 1));
    }

    /** Replaces the figures stored under {@code name}. Call inside a transaction. */
    static void write(Connection c, String name, String fingerprint, String figures) throws SQLException {
        if (fingerprint.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("a fingerprint is one line");
        }
        ProjectSettings.put(c, PREFIX + name, fingerprint + "\n" + figures);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
