package org.cxlens.importer.mapping;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.cxlens.domain.ColumnRole;
import org.cxlens.domain.Scale;
import org.cxlens.domain.TouchpointSpec;
import org.cxlens.importer.DialectOverrides;
import org.cxlens.importer.HeaderLayout;
import org.cxlens.importer.Preview;
import org.cxlens.importer.SourceColumn;

/**
 * The whole column mapping of one import: saved as a profile and reused for the next wave.
 *
 * @param layout           the header layout the mapping was made for (informative; the reader decides)
 * @param decimalSeparator '.' or ',' to override the file's dialect, or null to use the preview's
 * @param columns          one entry per mapped column; file columns without an entry are kept as
 *                         attributes (like IGNORE)
 * @param labels           answer labels → numbers and expectations
 * @param missingCodes     text and numeric codes meaning "no answer" in every column
 * @param touchpoints      long shape: per-touchpoint settings the rows cannot carry (moment type, owner);
 *                         unused by a wide mapping, whose score columns carry both
 * @param encoding         CSV files: the charset to read with, or null to detect it
 * @param delimiter        CSV files: the field delimiter, or null to detect it
 */
public record Mapping(Shape shape, HeaderLayout layout, Character decimalSeparator, List<ColumnMapping> columns,
                      LabelTable labels, List<String> missingCodes, List<TouchpointSetting> touchpoints,
                      Charset encoding, Character delimiter) {

    public Mapping {
        Objects.requireNonNull(shape, "shape");
        columns = List.copyOf(columns);
        labels = labels == null ? LabelTable.defaults() : labels;
        missingCodes = missingCodes == null ? LabelTable.DEFAULT_MISSING_CODES : List.copyOf(missingCodes);
        touchpoints = touchpoints == null ? List.of() : List.copyOf(touchpoints);
    }

    /** A mapping that leaves encoding and delimiter to detection. */
    public Mapping(Shape shape, HeaderLayout layout, Character decimalSeparator, List<ColumnMapping> columns,
                   LabelTable labels, List<String> missingCodes, List<TouchpointSetting> touchpoints) {
        this(shape, layout, decimalSeparator, columns, labels, missingCodes, touchpoints, null, null);
    }

    /** A mapping without per-touchpoint settings (every wide mapping). */
    public Mapping(Shape shape, HeaderLayout layout, Character decimalSeparator, List<ColumnMapping> columns,
                   LabelTable labels, List<String> missingCodes) {
        this(shape, layout, decimalSeparator, columns, labels, missingCodes, List.of());
    }

    /** The setting for the named touchpoint, or null when there is none. */
    public TouchpointSetting touchpointSetting(String name) {
        for (TouchpointSetting t : touchpoints) {
            if (t.name().equals(name)) {
                return t;
            }
        }
        return null;
    }

    /**
     * This mapping for a file's columns, with every pattern entry ({@code "Q5_*"}: {@code *} any
     * text, {@code ?} one character, case ignored) expanded into one entry per matching column
     * that has no entry of its own. A touchpoint item without a touchpoint name gets the item its
     * header names ("Website" in "Satisfaction - Website"), else the header itself.
     */
    public Mapping resolvedFor(List<SourceColumn> fileColumns) {
        List<ColumnMapping> patterns = columns.stream().filter(c -> ColumnPattern.isPattern(c.column())).toList();
        if (patterns.isEmpty()) {
            return this;
        }
        List<ColumnMapping> out = new ArrayList<>();
        java.util.Set<String> named = new java.util.HashSet<>();
        for (ColumnMapping c : columns) {
            if (!ColumnPattern.isPattern(c.column())) {
                out.add(c);
                named.add(c.column());
            }
        }
        int order = columns.stream().mapToInt(ColumnMapping::journeyOrder).max().orElse(0);
        for (SourceColumn f : fileColumns) {
            if (named.contains(f.name())) {
                continue;
            }
            for (ColumnMapping p : patterns) {
                if (ColumnPattern.matches(p.column(), f.name())) {
                    ColumnMapping m = new ColumnMapping(f.name(), p.role(), p.touchpoint(), p.department(), p.scale(),
                            p.momentType(), p.journeyOrder(), p.dateOrder(), p.missingCodes(), p.labels());
                    boolean item = p.role() == ColumnRole.TOUCHPOINT_SCORE || p.role() == ColumnRole.TOUCHPOINT_EXPECTATION;
                    if (item && shape == Shape.WIDE && p.touchpoint() == null) {
                        m = m.withTouchpoint(ColumnPattern.itemOf(f));
                    }
                    if (item && p.journeyOrder() == 0) {
                        m = m.withJourneyOrder(++order);
                    }
                    out.add(m);
                    break;
                }
            }
        }
        return new Mapping(shape, layout, decimalSeparator, out, labels, missingCodes, touchpoints);
    }

    /** The mapping of the named column, or null when the column is not mapped. */
    public ColumnMapping column(String name) {
        for (ColumnMapping c : columns) {
            if (c.column().equals(name)) {
                return c;
            }
        }
        return null;
    }

    public List<ColumnMapping> columnsWith(ColumnRole role) {
        List<ColumnMapping> out = new ArrayList<>();
        for (ColumnMapping c : columns) {
            if (c.role() == role) {
                out.add(c);
            }
        }
        return out;
    }

    /** The scale of the first column with this role, or null when no such column has one. */
    public Scale scaleOf(ColumnRole role) {
        for (ColumnMapping c : columns) {
            if (c.role() == role && c.scale() != null) {
                return c.scale();
            }
        }
        return null;
    }

    /** The decimal separator to read numbers with: the override, else the file's, else '.'. */
    public char decimalSeparatorFor(Preview preview) {
        if (decimalSeparator != null) {
            return decimalSeparator;
        }
        return preview.dialect() == null ? '.' : preview.dialect().decimalSeparator();
    }

    /** This mapping with the column's entry replaced (or appended when it had none). */
    public Mapping withColumn(ColumnMapping column) {
        List<ColumnMapping> out = new ArrayList<>(columns);
        boolean replaced = false;
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i).column().equals(column.column())) {
                out.set(i, column);
                replaced = true;
            }
        }
        if (!replaced) {
            out.add(column);
        }
        return new Mapping(shape, layout, decimalSeparator, out, labels, missingCodes, touchpoints, encoding, delimiter);
    }

    /**
     * This mapping with a touchpoint catalogue applied: every score and expectation column of a
     * catalogued touchpoint gets its department, moment type and journey order, and score columns
     * its scale. Columns of touchpoints the catalogue does not name stay as they are.
     */
    public Mapping withCatalogue(List<TouchpointSpec> catalogue) {
        List<ColumnMapping> out = new ArrayList<>(columns.size());
        for (ColumnMapping c : columns) {
            TouchpointSpec spec = c.touchpoint() == null ? null : catalogue.stream()
                    .filter(t -> t.name().equalsIgnoreCase(c.touchpoint())).findFirst().orElse(null);
            if (spec == null || c.role() != ColumnRole.TOUCHPOINT_SCORE && c.role() != ColumnRole.TOUCHPOINT_EXPECTATION) {
                out.add(c);
                continue;
            }
            ColumnMapping applied = c.withTouchpoint(spec.name()).withDepartment(spec.department())
                    .withMomentType(spec.momentType()).withJourneyOrder(spec.journeyOrder());
            out.add(c.role() == ColumnRole.TOUCHPOINT_SCORE ? applied.withScale(spec.scale()) : applied);
        }
        return new Mapping(shape, layout, decimalSeparator, out, labels, missingCodes, touchpoints, encoding, delimiter);
    }

    /** This mapping with these column entries instead of its own. */
    public Mapping withColumns(List<ColumnMapping> replaced) {
        return new Mapping(shape, layout, decimalSeparator, replaced, labels, missingCodes, touchpoints, encoding,
                delimiter);
    }

    public Mapping withShape(Shape s) {
        return new Mapping(s, layout, decimalSeparator, columns, labels, missingCodes, touchpoints, encoding, delimiter);
    }

    public Mapping withLabels(LabelTable l) {
        return new Mapping(shape, layout, decimalSeparator, columns, l, missingCodes, touchpoints, encoding, delimiter);
    }

    public Mapping withMissingCodes(List<String> codes) {
        return new Mapping(shape, layout, decimalSeparator, columns, labels, codes, touchpoints, encoding, delimiter);
    }

    public Mapping withDecimalSeparator(Character separator) {
        return new Mapping(shape, layout, separator, columns, labels, missingCodes, touchpoints, encoding, delimiter);
    }

    public Mapping withTouchpoints(List<TouchpointSetting> settings) {
        return new Mapping(shape, layout, decimalSeparator, columns, labels, missingCodes, settings, encoding, delimiter);
    }

    /** The CSV dialect parts this mapping fixes (encoding, delimiter, decimal separator). */
    public DialectOverrides dialectOverrides() {
        return new DialectOverrides(encoding, delimiter, decimalSeparator);
    }

    /** This mapping with the given dialect parts fixed; parts the overrides leave open stay as they are. */
    public Mapping withDialectOverrides(DialectOverrides fixed) {
        DialectOverrides d = fixed.over(dialectOverrides());
        return new Mapping(shape, layout, d.decimalSeparator(), columns, labels, missingCodes, touchpoints,
                d.encoding(), d.delimiter());
    }
}
