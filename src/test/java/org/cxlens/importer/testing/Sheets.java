package org.cxlens.importer.testing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.cxlens.importer.CsvDialect;
import org.cxlens.importer.FileFormat;
import org.cxlens.importer.HeaderLayout;
import org.cxlens.importer.Preview;
import org.cxlens.importer.SourceColumn;
import org.cxlens.importer.SourceRow;

/** Hand-built previews and in-memory row sources, standing in for the file readers in tests. */
public final class Sheets {

    private Sheets() {
    }

    public static final CsvDialect COMMA = new CsvDialect(',', StandardCharsets.UTF_8, false, '.');
    public static final CsvDialect DUTCH = new CsvDialect(';', StandardCharsets.UTF_8, false, ',');

    /** Columns named by the header, question text equal to the name. */
    public static List<SourceColumn> columns(String... names) {
        List<SourceColumn> out = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            out.add(new SourceColumn(i, names[i], names[i]));
        }
        return out;
    }

    /** Data rows numbered from {@code firstRow}, cells separated by '|'. */
    public static List<SourceRow> rows(int firstRow, String... lines) {
        List<SourceRow> out = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            out.add(new SourceRow(firstRow + i, lines[i].split("\\|", -1)));
        }
        return out;
    }

    public static Preview csv(CsvDialect dialect, HeaderLayout layout, List<SourceColumn> columns, List<SourceRow> rows) {
        return new Preview(FileFormat.CSV, List.of(), null, dialect, layout, columns, rows);
    }

    public static Preview csv(List<SourceColumn> columns, List<SourceRow> rows) {
        return csv(COMMA, HeaderLayout.SINGLE, columns, rows);
    }
}
