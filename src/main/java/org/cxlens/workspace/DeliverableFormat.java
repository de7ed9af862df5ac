package org.cxlens.workspace;

/**
 * The deliverables of DESIGN §8 and the file name extension each is written with. Which of them
 * can be written now is {@link Deliverables#available()}: a format appears in both front ends as
 * soon as its writer is registered there.
 */
public enum DeliverableFormat {
    PDF("pdf"),
    SCORECARDS("pdf"),
    PPTX("pptx"),
    XLSX("xlsx"),
    CSV("csv");

    private final String extension;

    DeliverableFormat(String extension) {
        this.extension = extension;
    }

    /** "pdf", without the dot. */
    public String extension() {
        return extension;
    }

    /** Whether the format is the department scorecards, which can also go one file per department. */
    public boolean scorecards() {
        return this == SCORECARDS;
    }

    /** Whether the format shows the views' figures and charts; the CSV lists respondents only. */
    public boolean showsFigures() {
        return this != CSV;
    }

    /** Whether the format lists the classified respondents one by one (the workbook's sheet, the CSV). */
    public boolean listsRespondents() {
        return this == XLSX || this == CSV;
    }
}
