package org.cxlens.importer.mapping;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cxlens.domain.ColumnRole;
import org.cxlens.domain.CxLensException;
import org.cxlens.domain.ImportProblem;
import org.cxlens.domain.Message;
import org.cxlens.importer.Preview;
import org.cxlens.importer.SourceColumn;

/**
 * Checks a mapping against the file it is about to read: mistakes that make the import
 * meaningless are errors, file columns the mapping does not mention are warnings.
 */
public final class MappingCheck {

    /** Roles a respondent can have only one value for. */
    private static final Set<ColumnRole> SINGLE = EnumSet.of(ColumnRole.RESPONDENT_ID, ColumnRole.DEPARTMENT,
            ColumnRole.TOUCHPOINT, ColumnRole.OVERALL_SATISFACTION, ColumnRole.OVERALL_EXPECTATION,
            ColumnRole.RECOMMEND, ColumnRole.DATE, ColumnRole.WAVE, ColumnRole.WEIGHT);

    /** Roles whose answers can be read through a column's own label list. */
    private static final Set<ColumnRole> LABELLED = EnumSet.of(ColumnRole.TOUCHPOINT_SCORE,
            ColumnRole.OVERALL_SATISFACTION, ColumnRole.RECOMMEND, ColumnRole.TOUCHPOINT_EXPECTATION,
            ColumnRole.OVERALL_EXPECTATION);

    private MappingCheck() {
    }

    /**
     * Throws when the mapping cannot be used with this file; returns one warning (row 0) per file
     * column the mapping does not mention, which the import keeps as an attribute, and per column
     * whose label list its role does not read.
     */
    public static List<ImportProblem> check(Mapping mapping, Preview preview) throws CxLensException {
        Set<String> fileColumns = new HashSet<>();
        for (SourceColumn c : preview.columns()) {
            fileColumns.add(c.name());
        }
        Map<ColumnRole, String> single = new HashMap<>();
        Map<String, String> scoreOfTouchpoint = new HashMap<>();
        Map<String, String> expectationOfTouchpoint = new HashMap<>();
        Set<String> mapped = new HashSet<>();
        List<ImportProblem> warnings = new ArrayList<>();
        for (ColumnMapping c : mapping.columns()) {
            if (!fileColumns.contains(c.column())) {
                throw new CxLensException(Message.of("importer.mapping.unknownColumn", c.column()));
            }
            if (!mapped.add(c.column())) {
                throw new CxLensException(Message.of("importer.mapping.columnTwice", c.column()));
            }
            ColumnRole role = c.role();
            boolean oneOnly = SINGLE.contains(role) || mapping.shape() == Shape.LONG
                    && (role == ColumnRole.TOUCHPOINT_SCORE || role == ColumnRole.TOUCHPOINT_EXPECTATION);
            if (oneOnly) {
                String earlier = single.putIfAbsent(role, c.column());
                if (earlier != null) {
                    throw new CxLensException(Message.of("importer.mapping.roleTwice", earlier, c.column(), role.name()));
                }
            }
            boolean score = role == ColumnRole.TOUCHPOINT_SCORE || role == ColumnRole.OVERALL_SATISFACTION
                    || role == ColumnRole.RECOMMEND;
            if (score && c.scale() == null) {
                throw new CxLensException(Message.of("importer.mapping.noScale", c.column()));
            }
            if (!c.labels().isEmpty()) {
                if (LABELLED.contains(role)) {
                    checkLabels(c);
                } else {
                    warnings.add(new ImportProblem(0, c.column(), null,
                            Message.of("importer.mapping.labelsIgnored", c.column(), role.name())));
                }
            }
            if (mapping.shape() == Shape.WIDE
                    && (role == ColumnRole.TOUCHPOINT_SCORE || role == ColumnRole.TOUCHPOINT_EXPECTATION)) {
                if (c.touchpoint() == null || c.touchpoint().isBlank()) {
                    throw new CxLensException(Message.of("importer.mapping.noTouchpoint", c.column()));
                }
                Map<String, String> seen = role == ColumnRole.TOUCHPOINT_SCORE ? scoreOfTouchpoint : expectationOfTouchpoint;
                String earlier = seen.putIfAbsent(c.touchpoint(), c.column());
                if (earlier != null) {
                    throw new CxLensException(Message.of("importer.mapping.touchpointTwice",
                            earlier, c.column(), c.touchpoint()));
                }
            }
        }
        if (mapping.shape() == Shape.WIDE && single.containsKey(ColumnRole.TOUCHPOINT)) {
            throw new CxLensException(Message.of("importer.mapping.touchpointNeedsLong", single.get(ColumnRole.TOUCHPOINT)));
        }
        if (mapping.shape() == Shape.LONG) {
            if (!single.containsKey(ColumnRole.TOUCHPOINT)) {
                throw new CxLensException(Message.of("importer.mapping.longNeedsTouchpoint"));
            }
            if (!single.containsKey(ColumnRole.RESPONDENT_ID)) {
                throw new CxLensException(Message.of("importer.mapping.longNeedsId"));
            }
        }
        for (SourceColumn c : preview.columns()) {
            if (!mapped.contains(c.name())) {
                warnings.add(new ImportProblem(0, c.name(), null, Message.of("importer.mapping.unmappedColumn", c.name())));
            }
        }
        return warnings;
    }

    /**
     * A label list must name at least two different answers, and an expectation list a middle
     * one: without it, "as expected" would be read as worse or better.
     */
    private static void checkLabels(ColumnMapping c) throws CxLensException {
        int n = c.labels().size();
        if (n < 2) {
            throw new CxLensException(Message.of("importer.mapping.tooFewLabels", c.column()));
        }
        boolean expectation = c.role() == ColumnRole.TOUCHPOINT_EXPECTATION
                || c.role() == ColumnRole.OVERALL_EXPECTATION;
        if (expectation && n % 2 == 0) {
            throw new CxLensException(Message.of("importer.mapping.evenExpectationLabels", c.column(), n));
        }
        Set<String> seen = new HashSet<>();
        for (String label : c.labels()) {
            if (!seen.add(LabelTable.labelKey(label))) {
                throw new CxLensException(Message.of("importer.mapping.labelTwice", c.column(), label));
            }
        }
    }
}
