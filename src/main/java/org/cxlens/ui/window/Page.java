package org.cxlens.ui.window;

/** The pages of an open project, in the order of the page list; the label is a bundle key. */
public enum Page {
    OVERVIEW("page.overview"),
    TOUCHPOINTS("page.touchpoints"),
    DEPARTMENTS("page.departments"),
    JOURNEY("page.journey"),
    DRIVERS("page.drivers"),
    PRIORITIES("page.priorities"),
    HEATMAP("page.heatmap"),
    TREND("page.trend"),
    COMMENTS("page.comments"),
    /** About the project rather than its figures: below a line in the page list (UI.md). */
    PROJECT("page.project");

    private final String labelKey;

    Page(String labelKey) {
        this.labelKey = labelKey;
    }

    public String labelKey() {
        return labelKey;
    }
}
