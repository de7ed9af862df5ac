package org.cxlens.importer;

/**
 * One row of a sheet as text cells. Numbers from spreadsheets come as plain decimal text with a
 * '.' separator and no trailing ".0"; date cells as ISO-8601 ({@code 2025-03-14} or
 * {@code 2025-03-14T09:30}). Empty cells are "".
 *
 * @param rowNumber 1-based row as a spreadsheet shows it (for CSV: the record's first line)
 */
public record SourceRow(int rowNumber, String[] cells) {

    public String cell(int index) {
        return index < cells.length ? cells[index] : "";
    }
}
