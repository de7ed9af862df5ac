package org.cxlens.storage;

import java.sql.Connection;
import java.sql.SQLException;

/** The key/value {@code settings} table. */
final class ProjectSettings {

    static final String DELIGHTED_FROM = "scheme.delighted_from";
    static final String SATISFIED_FROM = "scheme.satisfied_from";
    static final String RECOVERY_BELOW = "scheme.recovery_below";
    /** "false" when expectation answers are ignored; absent (files before this setting) means the rule is on. */
    static final String EXPECTATION_RULE = "scheme.expectation_rule";
    static final String LOW_BASE_MINIMUM = "low_base.minimum";
    /** Bumped by every change to respondent data; the column cache is valid for one value. */
    static final String DATA_GENERATION = "data.generation";

    private ProjectSettings() {
    }

    static String get(Connection c, String key) throws SQLException {
        return Sql.queryString(c, "SELECT value FROM settings WHERE key = ?", key);
    }

    static void put(Connection c, String key, Object value) throws SQLException {
        Sql.update(c, "INSERT INTO settings(key, value) VALUES (?, ?) "
                + "ON CONFLICT(key) DO UPDATE SET value = excluded.value", key, String.valueOf(value));
    }

    static long dataGeneration(Connection c) throws SQLException {
        String v = get(c, DATA_GENERATION);
        return v == null ? 0 : Long.parseLong(v);
    }

    static void bumpDataGeneration(Connection c) throws SQLException {
        put(c, DATA_GENERATION, dataGeneration(c) + 1);
    }
}
