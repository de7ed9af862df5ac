package org.cxlens.ui.departments;

/** The orders the departments page offers; the label is a bundle key. */
public enum DepartmentSort {
    /** By where the department first meets the customer: its earliest touchpoint in the journey. */
    JOURNEY("departments.sort.journey"),
    /** Most delighted first. */
    DELIGHTED("departments.sort.delighted"),
    /** Most indifferent first. */
    INDIFFERENT("departments.sort.indifferent"),
    NAME("departments.sort.name");

    private final String labelKey;

    DepartmentSort(String labelKey) {
        this.labelKey = labelKey;
    }

    public String labelKey() {
        return labelKey;
    }
}
