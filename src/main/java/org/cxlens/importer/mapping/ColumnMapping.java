package org.cxlens.importer.mapping;

import java.util.List;
import java.util.Objects;
import org.cxlens.domain.ColumnRole;
import org.cxlens.domain.MomentType;
import org.cxlens.domain.Scale;

/**
 * What one source column means.
 *
 * @param column       the column's name as the preview shows it ({@code SourceColumn.name})
 * @param touchpoint   wide shape: the touchpoint a TOUCHPOINT_SCORE or TOUCHPOINT_EXPECTATION column
 *                     belongs to; null otherwise
 * @param department   wide shape: the department owning that touchpoint, or null when unknown
 * @param scale        the rating scale of a score column (for an expectation column: an optional
 *                     numeric coding whose lower half means worse and upper half better); else null
 * @param momentType   moment type of the touchpoint (wide score column, or the long-shape
 *                     TOUCHPOINT column for all its touchpoints); null means standard
 * @param journeyOrder position of the touchpoint along the customer journey (0 when not a touchpoint item)
 * @param dateOrder    for a DATE column: how to read d/m/yyyy text; null means day first
 * @param missingCodes codes meaning "no answer" in this column only, such as {@code 0} on a 1–5 item
 *                     or {@code 99}
 */
public record ColumnMapping(String column, ColumnRole role, String touchpoint, String department, Scale scale,
                            MomentType momentType, int journeyOrder, DateOrder dateOrder,
                            List<String> missingCodes) {

    public ColumnMapping {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(role, "role");
        missingCodes = missingCodes == null ? List.of() : List.copyOf(missingCodes);
    }

    public static ColumnMapping of(String column, ColumnRole role) {
        return new ColumnMapping(column, role, null, null, null, null, 0, null, List.of());
    }

    /** A wide-shape touchpoint score column. */
    public static ColumnMapping touchpointScore(String column, String touchpoint, Scale scale, int journeyOrder) {
        return new ColumnMapping(column, ColumnRole.TOUCHPOINT_SCORE, touchpoint, null, scale,
                MomentType.STANDARD, journeyOrder, null, List.of());
    }

    /** A wide-shape touchpoint expectation column. */
    public static ColumnMapping touchpointExpectation(String column, String touchpoint, int journeyOrder) {
        return new ColumnMapping(column, ColumnRole.TOUCHPOINT_EXPECTATION, touchpoint, null, null,
                MomentType.STANDARD, journeyOrder, null, List.of());
    }

    public ColumnMapping withRole(ColumnRole r) {
        return new ColumnMapping(column, r, touchpoint, department, scale, momentType, journeyOrder, dateOrder, missingCodes);
    }

    public ColumnMapping withTouchpoint(String t) {
        return new ColumnMapping(column, role, t, department, scale, momentType, journeyOrder, dateOrder, missingCodes);
    }

    public ColumnMapping withDepartment(String d) {
        return new ColumnMapping(column, role, touchpoint, d, scale, momentType, journeyOrder, dateOrder, missingCodes);
    }

    public ColumnMapping withScale(Scale s) {
        return new ColumnMapping(column, role, touchpoint, department, s, momentType, journeyOrder, dateOrder, missingCodes);
    }

    public ColumnMapping withMomentType(MomentType m) {
        return new ColumnMapping(column, role, touchpoint, department, scale, m, journeyOrder, dateOrder, missingCodes);
    }

    public ColumnMapping withJourneyOrder(int o) {
        return new ColumnMapping(column, role, touchpoint, department, scale, momentType, o, dateOrder, missingCodes);
    }

    public ColumnMapping withDateOrder(DateOrder d) {
        return new ColumnMapping(column, role, touchpoint, department, scale, momentType, journeyOrder, d, missingCodes);
    }

    public ColumnMapping withMissingCodes(List<String> codes) {
        return new ColumnMapping(column, role, touchpoint, department, scale, momentType, journeyOrder, dateOrder, codes);
    }

    /** The moment type to declare, standard when none was chosen. */
    public MomentType momentTypeOrStandard() {
        return momentType == null ? MomentType.STANDARD : momentType;
    }
}
