package org.cxlens.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.cxlens.domain.CxLensException;
import org.cxlens.domain.Message;
import org.cxlens.domain.MomentType;
import org.cxlens.domain.Scale;
import org.cxlens.domain.Touchpoint;

/** Reads and edits the {@code touchpoints} table. */
final class TouchpointCatalogue {

    private TouchpointCatalogue() {
    }

    static List<Touchpoint> read(ProjectFile project, Connection c) throws CxLensException {
        List<Touchpoint> result = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT t.id, t.slot, t.name, d.name, t.moment_type, t.journey_order, t.scale_min, t.scale_max, t.target
                FROM touchpoints t LEFT JOIN departments d ON d.id = t.department_id
                ORDER BY t.slot""");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                result.add(new Touchpoint(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                        MomentType.valueOf(rs.getString(5)), rs.getInt(6),
                        Scale.of(rs.getDouble(7), rs.getDouble(8)), Sql.doubleOrNull(rs, 9)));
            }
        } catch (SQLException e) {
            throw project.readFailed(e);
        }
        return result;
    }

    static void update(ProjectFile project, Connection c, Touchpoint t) throws CxLensException {
        if (t.target() != null && !(t.target() >= 0 && t.target() <= 1)) {
            throw new IllegalArgumentException("target must be a share between 0 and 1: " + t.target());
        }
        try {
            if (Sql.queryLong(c, "SELECT count(*) FROM touchpoints WHERE id = ?", t.id()) == 0) {
                throw new CxLensException(Message.of("storage.touchpoint.unknown", t.name(), project.path()));
            }
        } catch (SQLException e) {
            throw project.readFailed(e);
        }
        project.inTransaction(() -> {
            Long departmentId = null;
            if (t.department() != null && !t.department().isBlank()) {
                Sql.update(c, "INSERT INTO departments(name) VALUES (?) ON CONFLICT(name) DO NOTHING", t.department());
                departmentId = Sql.queryLong(c, "SELECT id FROM departments WHERE name = ?", t.department());
            }
            Sql.update(c, """
                    UPDATE touchpoints SET moment_type = ?, journey_order = ?, department_id = ?, target = ?
                    WHERE id = ?""",
                    t.momentType().name(), t.journeyOrder(), departmentId, t.target(), t.id());
        });
    }
}
