package org.cxlens.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.cxlens.domain.ChangeKind;
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
        try {
            return query(c);
        } catch (SQLException e) {
            throw project.readFailed(e);
        }
    }

    /** The catalogue in slot order. */
    static List<Touchpoint> query(Connection c) throws SQLException {
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
        }
        return result;
    }

    static void update(ProjectFile project, Connection c, Touchpoint t) throws CxLensException {
        if (t.target() != null && !(t.target() >= 0 && t.target() <= 1)) {
            throw new IllegalArgumentException("target must be a share between 0 and 1: " + t.target());
        }
        String name = t.name() == null ? "" : t.name().strip();
        if (name.isEmpty()) {
            throw new CxLensException(Message.of("storage.touchpoint.noName"));
        }
        Touchpoint before = read(project, c).stream().filter(x -> x.id() == t.id()).findFirst()
                .orElseThrow(() -> new CxLensException(Message.of("storage.touchpoint.unknown", t.name(),
                        project.path())));
        String department = t.department() == null || t.department().isBlank() ? null : t.department().strip();
        try {
            if (!name.equals(before.name())
                    && Sql.queryLong(c, "SELECT count(*) FROM touchpoints WHERE name = ? AND id <> ?", name, t.id()) > 0) {
                throw new CxLensException(Message.of("storage.touchpoint.nameTaken", name));
            }
        } catch (SQLException e) {
            throw project.readFailed(e);
        }
        project.inTransaction(() -> {
            Long departmentId = null;
            if (department != null) {
                Sql.update(c, "INSERT INTO departments(name) VALUES (?) ON CONFLICT(name) DO NOTHING", department);
                departmentId = Sql.queryLong(c, "SELECT id FROM departments WHERE name = ?", department);
            }
            Sql.update(c, """
                    UPDATE touchpoints SET name = ?, moment_type = ?, journey_order = ?, department_id = ?, target = ?
                    WHERE id = ?""",
                    name, t.momentType().name(), t.journeyOrder(), departmentId, t.target(), t.id());
            ChangeLog.record(c, ChangeKind.TOUCHPOINT_NAME, before.name(), before.name(), name);
            TouchpointAliases.renamed(c, t.id(), before.name(), name);
            ChangeLog.record(c, ChangeKind.TOUCHPOINT_DEPARTMENT, name, before.department(), department);
            ChangeLog.record(c, ChangeKind.TOUCHPOINT_MOMENT_TYPE, name, before.momentType(), t.momentType());
            ChangeLog.record(c, ChangeKind.TOUCHPOINT_ORDER, name, before.journeyOrder(), t.journeyOrder());
            ChangeLog.record(c, ChangeKind.TOUCHPOINT_TARGET, name, before.target(), t.target());
        });
    }

    /**
     * Journey positions 1, 2, 3... for the touchpoints in the order given; touchpoints left out
     * follow in their present order. Logged as the whole order before and after.
     */
    static void reorder(ProjectFile project, Connection c, List<Long> journey) throws CxLensException {
        List<Touchpoint> catalogue = inJourneyOrder(read(project, c));
        List<Touchpoint> ordered = new ArrayList<>();
        for (long id : journey) {
            Touchpoint t = catalogue.stream().filter(x -> x.id() == id).findFirst()
                    .orElseThrow(() -> new CxLensException(Message.of("storage.touchpoint.unknown", id, project.path())));
            if (!ordered.contains(t)) {
                ordered.add(t);
            }
        }
        catalogue.stream().filter(t -> !ordered.contains(t)).forEach(ordered::add);
        project.inTransaction(() -> {
            for (int i = 0; i < ordered.size(); i++) {
                Sql.update(c, "UPDATE touchpoints SET journey_order = ? WHERE id = ?", i + 1, ordered.get(i).id());
            }
            ChangeLog.record(c, ChangeKind.JOURNEY_ORDER, null, names(catalogue), names(ordered));
        });
    }

    /** The catalogue as the pages show it: by journey position, then slot. */
    static List<Touchpoint> inJourneyOrder(List<Touchpoint> catalogue) {
        return catalogue.stream()
                .sorted(Comparator.comparingInt(Touchpoint::journeyOrder).thenComparingInt(Touchpoint::slot)).toList();
    }

    private static String names(List<Touchpoint> touchpoints) {
        return String.join(", ", touchpoints.stream().map(Touchpoint::name).toList());
    }
}
