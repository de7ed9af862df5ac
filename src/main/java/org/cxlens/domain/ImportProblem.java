package org.cxlens.domain;

/**
 * Something wrong in one cell or row of an import. Row is 1-based as a spreadsheet shows it
 * (0 when the problem concerns the whole file); column is the header text, or null.
 */
public record ImportProblem(int row, String column, String rawValue, Message reason) {
}
