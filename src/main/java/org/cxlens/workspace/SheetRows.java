package org.cxlens.workspace;

/**
 * A sheet of a workbook with the number of data rows the importer reads from it.
 *
 * @param dataRows rows below the header rows; 0 for an empty sheet
 */
public record SheetRows(String name, long dataRows) {
}
