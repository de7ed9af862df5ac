package org.cxlens.workspace;

import org.cxlens.domain.Message;
import org.cxlens.domain.Touchpoint;

/**
 * A column of the drill-down table and of its CSV export.
 *
 * @param touchpoint the touchpoint of a {@link Kind#SCORE} or {@link Kind#EXPERIENCE_CLASS} column, else null
 */
public record DrillColumn(Kind kind, Touchpoint touchpoint) {

    public enum Kind {
        RESPONDENT_ID, WAVE, DATE, SOURCE_FILE, SOURCE_ROW, CLASS, CLASS_SOURCE, SCORE, EXPERIENCE_CLASS, COMMENT
    }

    public DrillColumn {
        boolean perTouchpoint = kind == Kind.SCORE || kind == Kind.EXPERIENCE_CLASS;
        if (perTouchpoint != (touchpoint != null)) {
            throw new IllegalArgumentException(kind + (perTouchpoint ? " needs" : " takes no") + " touchpoint");
        }
    }

    public static DrillColumn of(Kind kind) {
        return new DrillColumn(kind, null);
    }

    public static DrillColumn score(Touchpoint touchpoint) {
        return new DrillColumn(Kind.SCORE, touchpoint);
    }

    public static DrillColumn experienceClass(Touchpoint touchpoint) {
        return new DrillColumn(Kind.EXPERIENCE_CLASS, touchpoint);
    }

    /**
     * Whether the table can sort on it from memory. The file's respondent ids and the comments
     * live only in the project file; a source row sorts as its file's respondents in row order.
     */
    public boolean sortable() {
        return kind != Kind.RESPONDENT_ID && kind != Kind.COMMENT;
    }

    /** The column heading in the user's language. */
    public Message label() {
        return touchpoint == null ? Message.of("drill.column." + kind) : Message.of("drill.column." + kind,
                touchpoint.name());
    }

    /** The CSV heading: fixed English ids, the touchpoint's own name for its columns. */
    public String csvHeader() {
        return switch (kind) {
            case SCORE -> touchpoint.name();
            case EXPERIENCE_CLASS -> touchpoint.name() + " class";
            default -> kind.name().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
