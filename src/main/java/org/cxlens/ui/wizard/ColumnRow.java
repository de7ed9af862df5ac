package org.cxlens.ui.wizard;

import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.cxlens.domain.ColumnRole;

/**
 * One column of the file on the wizard's columns step: what the file shows (header, sample
 * values with their counts) and the suggester said (evidence, warnings), and the editable
 * meaning (role, scale, touchpoint, owning department). Personal data is the PERSONAL role;
 * the flag and the role follow each other.
 */
public final class ColumnRow {

    /** The roles whose answers are scores: the import refuses them without a scale. */
    private static final Set<ColumnRole> SCORED = Set.of(ColumnRole.TOUCHPOINT_SCORE, ColumnRole.OVERALL_SATISFACTION,
            ColumnRole.RECOMMEND);

    private final String column;
    private final String question;
    private final String samples;
    private final String evidence;
    private final String warnings;
    private final ObjectProperty<ColumnRole> role = new SimpleObjectProperty<>();
    private final StringProperty scale = new SimpleStringProperty("");
    private final StringProperty touchpoint = new SimpleStringProperty("");
    private final StringProperty department = new SimpleStringProperty("");
    private final BooleanProperty personal = new SimpleBooleanProperty();
    private final BooleanBinding withoutScale = Bindings.createBooleanBinding(
            () -> SCORED.contains(role.get()) && scale.get().isBlank(), role, scale);
    /** The role to go back to when the personal flag is cleared. */
    private ColumnRole beforePersonal = ColumnRole.SEGMENT;

    ColumnRow(String column, String question, String samples, String evidence, String warnings, ColumnRole suggested) {
        this.column = column;
        this.question = question;
        this.samples = samples;
        this.evidence = evidence;
        this.warnings = warnings;
        role.addListener((obs, old, r) -> {
            if (old != null && old != ColumnRole.PERSONAL) {
                beforePersonal = old;
            }
            personal.set(r == ColumnRole.PERSONAL);
        });
        personal.addListener((obs, old, on) -> {
            if (on && role.get() != ColumnRole.PERSONAL) {
                role.set(ColumnRole.PERSONAL);
            } else if (!on && role.get() == ColumnRole.PERSONAL) {
                role.set(beforePersonal == ColumnRole.PERSONAL ? ColumnRole.SEGMENT : beforePersonal);
            }
        });
        role.set(suggested);
    }

    public String column() {
        return column;
    }

    /** The question wording when the header rows give it, else the column name. */
    public String question() {
        return question;
    }

    /** The most frequent values with their counts: "5 (212) · 4 (180) · 3 (91)". */
    public String samples() {
        return samples;
    }

    public String evidence() {
        return evidence;
    }

    public String warnings() {
        return warnings;
    }

    public ObjectProperty<ColumnRole> roleProperty() {
        return role;
    }

    /** "1–5", "0–10", or empty for no scale. */
    public StringProperty scaleProperty() {
        return scale;
    }

    public StringProperty touchpointProperty() {
        return touchpoint;
    }

    public StringProperty departmentProperty() {
        return department;
    }

    /** True while the row is a score with no scale: shown on the columns step, before the check refuses it. */
    public BooleanBinding withoutScale() {
        return withoutScale;
    }

    public BooleanProperty personalProperty() {
        return personal;
    }
}
