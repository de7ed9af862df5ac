package org.cxlens.importer.mapping;

import java.util.List;
import org.cxlens.domain.Message;

/**
 * Why a column got its suggested role and scale, and what remains in doubt.
 *
 * @param evidence what the header and the values showed ("values 1–5 and 6 (12 %); 6 read as not applicable")
 * @param warnings where the suggestion may be wrong and the user should look
 */
public record ColumnNote(String column, List<Message> evidence, List<Message> warnings) {

    public ColumnNote {
        evidence = List.copyOf(evidence);
        warnings = List.copyOf(warnings);
    }
}
