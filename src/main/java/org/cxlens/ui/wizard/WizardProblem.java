package org.cxlens.ui.wizard;

/** What went wrong, for one dialog: a heading naming the file, and the cause in one sentence. */
public record WizardProblem(String heading, String cause) {
}
