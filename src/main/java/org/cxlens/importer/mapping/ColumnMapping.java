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
 * @param labels       the column's answer labels, lowest first, or empty to read labels through the
 *                     mapping's label table. Of n labels, label i (from 0) of a score column is read as
 *                     {@code scale.min + i * (scale.max - scale.min) / (n - 1)}: "Poor", "Fair", "Good",
 *                     "Very good", "Excellent" on 1–5 read 1 to 5. An expectation column reads the lower
 *                     half of its labels (an odd number) as worse, the middle one as expected, the upper
 *                     half as better. Other roles ignore the list (with a warning). Case, spacing and a
 *                     leading number ("5 - Excellent") do not matter; an answer that is not in the list
 *                     (nor a missing code) is reported, not guessed. Saved in a profile as
 *                     {@code "labels": ["Poor", …]}; {@link LabelFamilies} holds the built-in lists.
 */
public record ColumnMapping(String column, ColumnRole role, String touchpoint, String department, Scale scale,
                            MomentType momentType, int journeyOrder, DateOrder dateOrder,
                            List<String> missingCodes, List<String> labels) {

    public ColumnMapping {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(role, "role");
        missingCodes = missingCodes == null ? List.of() : List.copyOf(missingCodes);
        labels = labels == null ? List.of() : List.copyOf(labels);
    }

    /** A column read without a list of its own labels. */
    public ColumnMapping(String column, ColumnRole role, String touchpoint, String department, Scale scale,
                         MomentType momentType, int journeyOrder, DateOrder dateOrder, List<String> missingCodes) {
        this(column, role, touchpoint, department, scale, momentType, journeyOrder, dateOrder, missingCodes, List.of());
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
        return new ColumnMapping(column, r, touchpoint, department, scale, momentType, journeyOrder,
                dateOrder, missingCodes, labels);
    }

    public ColumnMapping withTouchpoint(String t) {
        return new ColumnMapping(column, role, t, department, scale, momentType, journeyOrder,
                dateOrder, missingCodes, labels);
    }

    public ColumnMapping withDepartment(String d) {
        return new ColumnMapping(column, role, touchpoint, d, scale, momentType, journeyOrder,
                dateOrder, missingCodes, labels);
    }

    public ColumnMapping withScale(Scale s) {
        return new ColumnMapping(column, role, touchpoint, department, s, momentType, journeyOrder,
                dateOrder, missingCodes, labels);
    }

    public ColumnMapping withMomentType(MomentType m) {
        return new ColumnMapping(column, role, touchpoint, department, scale, m, journeyOrder,
                dateOrder, missingCodes, labels);
    }

    public ColumnMapping withJourneyOrder(int o) {
        return new ColumnMapping(column, role, touchpoint, department, scale, momentType, o,
                dateOrder, missingCodes, labels);
    }

    public ColumnMapping withDateOrder(DateOrder d) {
        return new ColumnMapping(column, role, touchpoint, department, scale, momentType, journeyOrder,
                d, missingCodes, labels);
    }

    public ColumnMapping withMissingCodes(List<String> codes) {
        return new ColumnMapping(column, role, touchpoint, department, scale, momentType, journeyOrder,
                dateOrder, codes, labels);
    }

    public ColumnMapping withLabels(List<String> l) {
        return new ColumnMapping(column, role, touchpoint, department, scale, momentType, journeyOrder, dateOrder,
                missingCodes, l);
    }

    /** The moment type to declare, standard when none was chosen. */
    public MomentType momentTypeOrStandard() {
        return momentType == null ? MomentType.STANDARD : momentType;
    }
}
