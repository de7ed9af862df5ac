package org.cxlens.importer.mapping;

import java.util.ArrayList;
import java.util.List;
import org.cxlens.domain.Message;

/**
 * A suggested mapping with its evidence: one note per column, in file order, and the warnings
 * about the file as a whole (no touchpoint found, looks like a codebook...).
 *
 * @param rows    data rows the evidence was drawn from (the whole file, or a spread sample)
 * @param sampled true when a large file was sampled rather than read row by row
 */
public record Suggestion(Mapping mapping, List<ColumnNote> notes, List<Message> fileWarnings, long rows,
                         boolean sampled) {

    public Suggestion {
        notes = List.copyOf(notes);
        fileWarnings = List.copyOf(fileWarnings);
    }

    /** The same evidence for an edited mapping (reading options added, say). */
    public Suggestion withMapping(Mapping edited) {
        return new Suggestion(edited, notes, fileWarnings, rows, sampled);
    }

    public ColumnNote note(String column) {
        for (ColumnNote n : notes) {
            if (n.column().equals(column)) {
                return n;
            }
        }
        return null;
    }

    /** Every warning, the file's first, then each column's prefixed with its name. */
    public List<Message> allWarnings() {
        List<Message> out = new ArrayList<>(fileWarnings);
        for (ColumnNote n : notes) {
            for (Message w : n.warnings()) {
                out.add(Message.of("mapping.warning.column", n.column(), w));
            }
        }
        return out;
    }
}
