package org.cxlens.importer.mapping;

import java.util.Objects;
import org.cxlens.domain.MomentType;

/**
 * What the consultant sets for a touchpoint that a long-shaped file names in its rows: the rows
 * cannot say which moments are moments of truth, and may not say who owns them. (A wide file's
 * score column carries both in its {@link ColumnMapping}.)
 *
 * @param name       the touchpoint as the file's touchpoint column spells it
 * @param department owning department, or null to take it from the rows' department column
 * @param momentType moment type, or null for the touchpoint column's
 */
public record TouchpointSetting(String name, String department, MomentType momentType) {

    public TouchpointSetting {
        Objects.requireNonNull(name, "name");
    }
}
