package org.cxlens.ui.window;

/** An error to show in one dialog: what failed (naming the file) and why. */
public record Problem(String heading, String cause) {
}
