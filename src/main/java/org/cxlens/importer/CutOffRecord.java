package org.cxlens.importer;

/**
 * The end of a text file that could not be read as a record: a quoted field opened on
 * {@code firstLine} is still open when the file ends (on {@code lastLine}), as when an export or a
 * download stopped in the middle of the last row.
 */
public record CutOffRecord(int firstLine, int lastLine) {
}
