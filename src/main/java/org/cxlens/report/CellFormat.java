package org.cxlens.report;

/** How a table cell's number is meant: renderers format it (PDF, slides) or keep it numeric (XLSX). */
public enum CellFormat {
    /** No number: the text is the value. */
    TEXT,
    /** A whole count, such as a base. */
    COUNT,
    /** A share 0–1, shown as a percentage. */
    SHARE,
    /** Any other number, shown as its text says (an NPS, a weight, an R²). */
    NUMBER
}
