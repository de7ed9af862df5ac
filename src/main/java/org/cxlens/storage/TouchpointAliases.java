package org.cxlens.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cxlens.domain.ChangeKind;

/**
 * The {@code touchpoint_aliases} table: the names a touchpoint had before a rename or a merge.
 * The next wave's export still calls the touchpoint by its old name; the import files its
 * answers under the touchpoint that name now stands for. Written inside the rename's or merge's
 * transaction, with a log line.
 */
final class TouchpointAliases {

    private TouchpointAliases() {
    }

    /** After a rename: the old name points at the touchpoint; the new name, now its own, is no alias any more. */
    static void renamed(Connection c, long touchpointId, String oldName, String newName) throws SQLException {
        if (oldName.equals(newName)) {
            return;
        }
        Sql.update(c, "DELETE FROM touchpoint_aliases WHERE alias = ?", newName);
        remember(c, oldName, touchpointId, newName);
    }

    /** Before a merge deletes {@code fromId}: its name and its own old names point at the touchpoint kept. */
    static void merged(Connection c, long fromId, String fromName, long intoId, String intoName) throws SQLException {
        Sql.update(c, "UPDATE touchpoint_aliases SET touchpoint_id = ? WHERE touchpoint_id = ?", intoId, fromId);
        remember(c, fromName, intoId, intoName);
    }

    private static void remember(Connection c, String alias, long touchpointId, String touchpointName)
            throws SQLException {
        Sql.update(c, """
                INSERT INTO touchpoint_aliases(alias, touchpoint_id) VALUES (?, ?)
                ON CONFLICT(alias) DO UPDATE SET touchpoint_id = excluded.touchpoint_id""", alias, touchpointId);
        ChangeLog.record(c, ChangeKind.TOUCHPOINT_ALIAS, touchpointName, null, alias);
    }

    /** Every alias with the id of the touchpoint it stands for, alphabetically. */
    static Map<String, Long> read(Connection c) throws SQLException {
        Map<String, Long> result = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT alias, touchpoint_id FROM touchpoint_aliases ORDER BY alias");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                result.put(rs.getString(1), rs.getLong(2));
            }
        }
        return result;
    }

    /** The aliases of each touchpoint, by touchpoint id. */
    static Map<Long, List<String>> byTouchpoint(Connection c) throws SQLException {
        Map<Long, List<String>> result = new LinkedHashMap<>();
        read(c).forEach((alias, id) -> result.computeIfAbsent(id, k -> new ArrayList<>()).add(alias));
        return result;
    }
}
