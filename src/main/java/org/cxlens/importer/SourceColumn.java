package org.cxlens.importer;

/**
 * A column as its header rows describe it.
 *
 * @param name         unique column name (export tag, or the header text; duplicates get " (2)")
 * @param questionText the question wording when the layout has it, else the same as name
 */
public record SourceColumn(int index, String name, String questionText) {
}
