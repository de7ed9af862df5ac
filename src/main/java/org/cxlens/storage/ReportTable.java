package org.cxlens.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/** The one-row {@code report} table that marks a report file (schema 4). */
final class ReportTable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ReportTable() {
    }

    /** The mark of a report file, or null for a project (also one of a schema without the table). */
    static ReportMark read(Connection c) throws SQLException {
        if (Sql.queryLong(c, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'report'") == 0) {
            return null;
        }
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT saved_at, source_file, filter_json, page, note FROM report WHERE id = 1");
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return null;
            }
            List<String> filter = JSON.readValue(rs.getString(3), new TypeReference<List<String>>() { });
            return new ReportMark(Instant.parse(rs.getString(1)), rs.getString(2), filter, rs.getString(4),
                    rs.getString(5));
        } catch (JsonProcessingException e) {
            throw new SQLException("the report's filter is not a JSON list of text: " + e.getOriginalMessage(), e);
        }
    }

    /** Marks the file as a report, replacing the mark of a report it was copied from. */
    static void write(Connection c, ReportMark mark) throws SQLException {
        String filter;
        try {
            filter = JSON.writeValueAsString(mark.filter());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a list of strings is always JSON", e);
        }
        Sql.update(c, "INSERT OR REPLACE INTO report(id, saved_at, source_file, filter_json, page, note) "
                + "VALUES (1, ?, ?, ?, ?, ?)", mark.savedAt().toString(), mark.sourceFile(), filter, mark.page(),
                mark.note());
    }
}
