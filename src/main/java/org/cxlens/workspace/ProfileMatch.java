package org.cxlens.workspace;

import java.time.Instant;
import java.util.List;
import org.cxlens.importer.mapping.ColumnMapping;
import org.cxlens.importer.mapping.Mapping;

/**
 * The mapping of an earlier import whose columns the new file shares, and how the file differs.
 *
 * @param fileName       the earlier import's file
 * @param newColumns     the file's columns the earlier mapping does not name
 * @param missingColumns the earlier mapping's columns the file lacks
 */
public record ProfileMatch(String fileName, Instant importedAt, Mapping mapping, List<String> newColumns,
                           List<String> missingColumns) {

    public ProfileMatch {
        newColumns = List.copyOf(newColumns);
        missingColumns = List.copyOf(missingColumns);
    }

    /**
     * The earlier mapping for the new file: its columns the file still has, and for the new
     * columns what the suggestion made of them.
     */
    public Mapping appliedTo(Mapping suggested) {
        Mapping out = mapping.withColumns(mapping.columns().stream()
                .filter(c -> !missingColumns.contains(c.column())).toList());
        for (String column : newColumns) {
            ColumnMapping s = suggested.column(column);
            if (s != null) {
                out = out.withColumn(s);
            }
        }
        return out;
    }
}
