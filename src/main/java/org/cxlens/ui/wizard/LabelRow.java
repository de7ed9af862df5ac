package org.cxlens.ui.wizard;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.cxlens.workspace.UnknownLabel;

/**
 * An answer text no label reads, with the place to say what it means: a number on the
 * column's scale, or for an expectation column worse / as expected / better ("-", "=", "+").
 * Left empty, the answers stay empty and are reported, as the import would do.
 */
public final class LabelRow {

    private final UnknownLabel label;
    private final StringProperty meaning = new SimpleStringProperty("");

    LabelRow(UnknownLabel label) {
        this.label = label;
    }

    public UnknownLabel label() {
        return label;
    }

    public StringProperty meaningProperty() {
        return meaning;
    }
}
