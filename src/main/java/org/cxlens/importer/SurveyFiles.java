package org.cxlens.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cxlens.domain.CxLensException;
import org.cxlens.importer.mapping.FileProfile;
import org.cxlens.importer.read.CsvRowSource;
import org.cxlens.importer.read.CsvSniffer;
import org.cxlens.importer.read.DataRows;
import org.cxlens.importer.read.FormatDetector;
import org.cxlens.importer.read.HeaderColumns;
import org.cxlens.importer.read.HeaderLayoutDetector;
import org.cxlens.importer.read.ReadErrors;
import org.cxlens.importer.read.ReadLimits;
import org.cxlens.importer.read.RowCells;
import org.cxlens.importer.read.SheetChoice;
import org.cxlens.importer.read.TextKind;
import org.cxlens.importer.read.WorkbookSheet;
import org.cxlens.importer.read.XlsRowSource;
import org.cxlens.importer.read.XlsxRowSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Entry point for reading survey exports (CSV, XLSX/XLSM, XLS): look at a file first
 * ({@link #preview}), then stream all its data rows ({@link #openData}).
 */
public final class SurveyFiles {

    /** Rows shown in the import wizard and given to the suggester. */
    public static final int SAMPLE_ROWS = 200;
    private static final int MAX_HEADER_ROWS = 3;
    private static final Logger LOG = LoggerFactory.getLogger(SurveyFiles.class);

    private SurveyFiles() {
    }

    /**
     * Detects format by CONTENT (not extension), sniffs the CSV dialect unless given, detects the
     * header layout unless given, returns columns and up to 200 data rows (fewer when they are
     * very long, to keep the preview's memory bounded). A text file that is no table (a README,
     * JSON) is refused; one with a header but no data rows gives a preview without sample rows,
     * which {@link #requireDataRows} refuses for an import.
     *
     * @param options what the user chose; null means detect everything
     */
    public static Preview preview(Path file, ReadOptions options) throws CxLensException {
        ReadOptions chosen = options == null ? ReadOptions.DETECT : options;
        FileFormat format = detectFormat(file);
        List<WorkbookSheet> sheets = format == FileFormat.CSV ? List.of() : sheets(file, format);
        String sheet = format == FileFormat.CSV ? null : SheetChoice.resolve(file, chosen.sheet(), sheets);
        CsvDialect dialect = format != FileFormat.CSV ? null
                : chosen.dialect() != null ? chosen.dialect() : CsvSniffer.sniff(file, chosen.overrides());
        if (dialect != null) {
            TextKind.requireTable(file, dialect);
        }

        List<SourceRow> rows = new ArrayList<>();
        try (RowSource raw = openRaw(file, format, sheet, dialect)) {
            long chars = 0;
            SourceRow row;
            while (rows.size() < MAX_HEADER_ROWS + SAMPLE_ROWS
                    && (rows.size() <= MAX_HEADER_ROWS || chars < ReadLimits.MAX_PREVIEW_CHARS)
                    && (row = raw.next()) != null) {
                rows.add(row);
                chars += RowCells.length(row.cells());
            }
        }
        if (rows.isEmpty()) {
            if (sheet == null) {
                throw ReadErrors.of("noRows", file);
            }
            // Only for the sheet picked by default: the wizard counts rows by naming each sheet in turn, and
            // must not read all the others for every empty one.
            throw chosen.sheet() == null ? emptySheet(file, format, sheet, sheets)
                    : ReadErrors.of("noRowsInSheet", file, sheet);
        }
        HeaderLayout layout = chosen.layout() != null ? chosen.layout()
                : HeaderLayoutDetector.detect(rows.subList(0, Math.min(MAX_HEADER_ROWS, rows.size())));
        int headerCount = layout.headerRows();
        if (rows.size() < headerCount) {
            throw ReadErrors.of("tooFewHeaderRows", file, rows.size(), headerCount);
        }
        List<SourceRow> headers = rows.subList(0, headerCount);
        List<SourceRow> data = rows.subList(headerCount, Math.min(rows.size(), headerCount + SAMPLE_ROWS));
        int width = width(headers, data);
        List<SourceColumn> columns = HeaderColumns.build(layout, headers, width);
        boolean pad = format != FileFormat.CSV;
        List<SourceRow> sample = data.stream().map(r -> DataRows.fitRow(r, width, pad)).toList();
        LOG.debug("Previewed {}: {} sheet={} dialect={} layout={} columns={} sampleRows={}",
                file, format, sheet, dialect, layout, columns.size(), sample.size());
        return new Preview(format, WorkbookSheet.names(sheets), sheet, dialect, layout, columns, sample);
    }

    /**
     * Refuses a file whose preview found a header but no data rows: importing it would only
     * store an empty import. Nothing has been written when this is called.
     */
    public static void requireDataRows(Path file, Preview preview) throws CxLensException {
        if (preview.sampleRows().isEmpty()) {
            throw preview.sheet() == null ? ReadErrors.of("noDataRows", file)
                    : ReadErrors.of("noDataRowsInSheet", file, preview.sheet());
        }
    }

    /** Streams the data rows (header rows skipped) of the sheet/dialect/layout the preview used, in bounded memory. */
    public static RowSource openData(Path file, Preview preview) throws CxLensException {
        RowSource raw = openRaw(file, preview.format(), preview.sheet(), preview.dialect());
        try {
            for (int i = 0; i < preview.layout().headerRows(); i++) {
                if (raw.next() == null) {
                    break;
                }
            }
        } catch (CxLensException e) {
            raw.close();
            throw e;
        }
        return new DataRows(raw, preview.columns().size(), preview.format() != FileFormat.CSV);
    }

    /**
     * The values of every column over the whole file (a spread sample past
     * {@link FileProfile#FULL_ROWS} rows), for suggestions that rest on more than the first rows.
     */
    public static FileProfile profile(Path file, Preview preview) throws CxLensException {
        try (RowSource rows = openData(file, preview)) {
            char decimal = preview.dialect() == null ? '.' : preview.dialect().decimalSeparator();
            return FileProfile.read(rows, preview.columns().size(), decimal);
        }
    }

    /** All sheet names of a workbook, in workbook order; empty for CSV. */
    public static List<String> sheetNames(Path file) throws CxLensException {
        FileFormat format = detectFormat(file);
        return format == FileFormat.CSV ? List.of() : WorkbookSheet.names(sheets(file, format));
    }

    public static FileFormat detectFormat(Path file) throws CxLensException {
        return FormatDetector.detect(file);
    }

    private static List<WorkbookSheet> sheets(Path file, FileFormat format) throws CxLensException {
        return format == FileFormat.XLSX ? XlsxRowSource.sheets(file) : XlsRowSource.sheets(file);
    }

    private static RowSource openRaw(Path file, FileFormat format, String sheet, CsvDialect dialect)
            throws CxLensException {
        return switch (format) {
            case CSV -> CsvRowSource.open(file, dialect);
            case XLSX -> XlsxRowSource.open(file, sheet);
            case XLS -> XlsRowSource.open(file, sheet);
        };
    }

    /** An empty first sheet, naming the sheets that do have rows: the data is often on another tab. */
    private static CxLensException emptySheet(Path file, FileFormat format, String sheet, List<WorkbookSheet> sheets) {
        List<String> withRows = new ArrayList<>();
        for (WorkbookSheet other : sheets) {
            if (!other.name().equals(sheet) && hasRows(file, format, other.name())) {
                withRows.add('"' + other.name() + '"');
            }
        }
        return withRows.isEmpty() ? ReadErrors.of("noRowsInSheet", file, sheet)
                : ReadErrors.of("noRowsInSheetRowsElsewhere", file, sheet, String.join(", ", withRows), withRows.size());
    }

    private static boolean hasRows(Path file, FileFormat format, String sheet) {
        try (RowSource rows = openRaw(file, format, sheet, null)) {
            return rows.next() != null;
        } catch (CxLensException e) {
            // A sheet that cannot be read is no place to send the user.
            return false;
        }
    }

    /** Up to the last column with content in any header row or sample row: drops trailing empty columns. */
    private static int width(List<SourceRow> headers, List<SourceRow> data) {
        int width = 0;
        for (List<SourceRow> rows : List.of(headers, data)) {
            for (SourceRow r : rows) {
                width = Math.max(width, RowCells.contentWidth(r.cells()));
            }
        }
        return width;
    }
}
