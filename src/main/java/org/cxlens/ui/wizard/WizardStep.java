package org.cxlens.ui.wizard;

/** The steps of the import wizard, in order; a CSV file has no sheet step. */
public enum WizardStep {
    FILE, SHEET, PREVIEW, COLUMNS, CHECK, IMPORT, RESULT;

    public String labelKey() {
        return "wizard.step." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
