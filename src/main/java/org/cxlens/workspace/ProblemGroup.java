package org.cxlens.workspace;

import java.util.List;
import org.cxlens.domain.ImportProblem;

/**
 * The problems of one kind an import would record.
 *
 * @param reasonKey the message key the problems share ("importer.load.notNumber")
 * @param count     how many there are
 * @param first     the first few, in row order, with their rows, columns and values
 */
public record ProblemGroup(String reasonKey, long count, List<ImportProblem> first) {

    public ProblemGroup {
        first = List.copyOf(first);
    }
}
