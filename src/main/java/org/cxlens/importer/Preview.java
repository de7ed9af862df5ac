package org.cxlens.importer;

import java.util.List;

/**
 * What a file looks like before import: the wizard's preview and the suggester's input.
 *
 * @param sheets     all sheet names (empty for CSV)
 * @param sheet      the sheet previewed, or null for CSV
 * @param dialect    the CSV dialect used, or null for workbooks
 * @param sampleRows the first data rows (up to a few hundred)
 */
public record Preview(FileFormat format, List<String> sheets, String sheet, CsvDialect dialect,
                      HeaderLayout layout, List<SourceColumn> columns, List<SourceRow> sampleRows) {
}
