package org.cxlens.workspace;

import java.util.List;
import org.cxlens.domain.ImportCounts;

/**
 * What importing the whole file with a mapping would do, found without writing anything.
 *
 * @param touchpoints the touchpoints the file would add or feed, in the order they appear
 * @param problems    the problems by reason, the most frequent first
 * @param unknownLabels answer texts no label reads, the most frequent first
 * @param scaleConflicts touchpoints on another scale than the project's (or another column's): the import would be refused
 */
public record ImportCheck(ImportCounts counts, List<String> touchpoints, List<ProblemGroup> problems,
                          List<UnknownLabel> unknownLabels, List<ScaleConflict> scaleConflicts) {

    public ImportCheck {
        touchpoints = List.copyOf(touchpoints);
        problems = List.copyOf(problems);
        unknownLabels = List.copyOf(unknownLabels);
        scaleConflicts = List.copyOf(scaleConflicts);
    }
}
