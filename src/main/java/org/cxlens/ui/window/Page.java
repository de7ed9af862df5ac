package org.cxlens.ui.window;

/** The pages of an open project, in the order of the page list; the label is a bundle key. */
public enum Page {
    OVERVIEW("page.overview"),
    TOUCHPOINTS("page.touchpoints"),
    COMMENTS("page.comments");

    private final String labelKey;

    Page(String labelKey) {
        this.labelKey = labelKey;
    }

    public String labelKey() {
        return labelKey;
    }
}
