package org.cxlens.importer;

/** How many header rows a sheet has and what they mean (FORMATS.md). */
public enum HeaderLayout {
    /** One header row: Google Forms, Microsoft Forms, hand-made sheets. */
    SINGLE(1),
    /** Export tags, question text, then {"ImportId":...} JSON; data from row 4. */
    QUALTRICS(3),
    /**
     * Older Qualtrics exports: V1, V2, ... and question tags, then the metadata names (ResponseID,
     * ResponseSet, ...) and question text; data from row 3.
     */
    QUALTRICS_LEGACY(2),
    /** Question text in the first column of each block, then answer/sub-item labels. */
    SURVEYMONKEY(2);

    private final int headerRows;

    HeaderLayout(int headerRows) {
        this.headerRows = headerRows;
    }

    public int headerRows() {
        return headerRows;
    }
}
